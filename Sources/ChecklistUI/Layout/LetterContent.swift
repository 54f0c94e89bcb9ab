import ChecklistEngine

/// What the letter view shows, as lines: a heading (which letter, the deadline, its options
/// or the authorities to choose from, what is missing), then the letter itself, wrapped.
struct LetterContent: Equatable, Sendable {
    struct Line: Equatable, Sendable {
        var text: String
        var role: Role = .text
        var attributes: Attributes = []
    }

    var heading: [Line]
    /// The letter composed once for both the lines and the keys; nil when the account is gone.
    var composed: Result<LetterText, LetterDraftProblem>?
    /// The letter as it will be sent, wrapped to the view's width; or why it cannot be written.
    var letter: [Line]

    init(_ view: LetterViewState, _ state: AppState, width: Int, glyphs: Glyphs) {
        let room = max(1, width - 2)
        let composed = state.composedLetter(view)
        self.composed = composed
        var heading: [Line] = []
        // Which letters there are, the shown one marked; then where the account stands.
        let kinds = state.letterKinds(for: view.accountID).map { kind -> String in
            let name = kind.name(in: state.language)
            return kind == view.kind ? "[" + name + "]" : name
        }
        let switchKey = state.keyName(.nextLetterKind, in: .letter)
        var top = kinds.joined(separator: " " + glyphs.separator + " ") + (kinds.count > 1 ? " (" + switchKey + ")" : "")
        if let standing = state.evaluation(ofAccount: view.accountID)?.letters.summary(in: state.language) {
            top += "  " + glyphs.separator + "  " + standing
        }
        let overdue = state.evaluation(ofAccount: view.accountID)?.letters.isOverdue ?? false
        heading.append(Line(text: top, role: overdue ? .warning : .accent, attributes: .bold))
        switch view.kind {
        case .objection:
            let box = { (on: Bool) in on ? "[x]" : "[ ]" }
            heading.append(Line(text: box(view.erase) + " " + state.text(.uiLetterEraseOption, ["key": state.keyName(.toggleErase, in: .letter)])
                                + "   " + box(view.access) + " " + state.text(.uiLetterAccessOption, ["key": state.keyName(.toggleAccess, in: .letter)]),
                                role: .dim))
        case .reminder:
            break
        case .complaint:
            heading += Self.authorities(view, state)
        }
        if case .success(let text) = composed, !text.missing.isEmpty {
            let gaps = text.missing.map { gap in state.text(gap == .holder ? .uiLetterGapHolder : .uiLetterGapIdentifier) }
            heading.append(Line(text: state.text(.uiLetterGaps, ["gaps": gaps.joined(separator: ", "), "key": state.keyName(.letterDetails, in: .letter)]),
                                role: .warning))
        }
        self.heading = heading.flatMap { line in TextWidth.wrap(line.text, to: room).map { Line(text: $0, role: line.role, attributes: line.attributes) } }
        switch composed {
        case .success(let text):
            letter = text.text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph -> [Line] in
                paragraph.isEmpty ? [Line(text: "")] : TextWidth.wrap(String(paragraph), to: room).map { Line(text: $0) }
            }
        case .failure(let problem):
            letter = TextWidth.wrap(problem.sentence(in: state.language), to: room).map { Line(text: $0, role: .warning) }
        case nil:
            letter = []
        }
    }

    /// The complaint's authorities: the user's and the lead, each with its complaint route, the
    /// chosen one marked.
    static func authorities(_ view: LetterViewState, _ state: AppState) -> [Line] {
        guard let account = state.progress.account(id: view.accountID) else { return [] }
        let choices = state.letterDraft.complaintAuthorities(for: account)
        let chosen = view.authority ?? choices.first?.authority.id
        let key = state.keyName(.nextAuthority, in: .letter)
        return choices.map { choice in
            let role: Word = choice.isUsers && choice.isLead ? .uiLetterAuthorityBoth : choice.isUsers ? .uiLetterAuthorityYours : .uiLetterAuthorityLead
            let complaint = choice.authority.complaint
            let route = complaint.form ?? complaint.email ?? complaint.postal.joined(separator: ", ")
            let mark = choice.authority.id == chosen ? "(•) " : "( ) "
            return Line(text: mark + state.text(role, ["name": choice.authority.name(in: state.language), "route": route])
                        + (choices.count > 1 && choice.authority.id != chosen ? " (" + key + ")" : ""),
                        role: choice.authority.id == chosen ? .text : .dim)
        }
    }
}
