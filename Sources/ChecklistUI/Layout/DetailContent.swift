import ChecklistEngine

/// What the detail pane says about the selected step and its platform, wrapped to the
/// pane's width: the view draws these lines and `reduce` clamps scrolling with their count.
public struct DetailContent: Sendable {
    /// One line of the pane.
    public struct Line: Equatable, Sendable {
        public var text: String
        public var role: Role = .text
        public var attributes: Attributes = []
        public var indent = 0
    }

    /// The display lines, wrapped.
    public var lines: [Line]

    public init(_ step: Step?, _ e: AccountEvaluation, _ platform: Platform, _ state: AppState, width: Int) {
        guard width > 4 else {
            lines = []
            return
        }
        lines = Self.lines(step, e, platform, state).flatMap { line in
            TextWidth.wrap(line.text, to: max(1, width - line.indent)).map {
                Line(text: $0, role: line.role, attributes: line.attributes, indent: line.indent)
            }
        }
    }

    /// The furthest the pane scrolls in `visible` rows: the last line shows on the last row.
    public func maxSkip(visible: Int) -> Int { max(0, lines.count - visible) }

    static func lines(_ step: Step?, _ e: AccountEvaluation, _ platform: Platform, _ state: AppState) -> [Line] {
        let glyphs = Glyphs(unicode: state.unicode)
        var lines: [Line] = []
        let language = state.language
        if let step {
            lines.append(Line(text: step.title.marked(in: language), role: .heading, attributes: .bold))
            if let detail = step.detail { lines.append(Line(text: detail.marked(in: language))) }
            if let url = step.url {
                let open = state.keyName(.openLink, in: .checklist), copy = state.keyName(.copyLink, in: .checklist)
                lines.append(Line(text: state.text(.uiDetailLinkOpensCopies, ["open": open, "copy": copy]), role: .dim))
                lines.append(Line(text: url, role: .link, attributes: .underline, indent: 2))
            }
            if !step.fields.isEmpty {
                lines.append(Line(text: state.text(.uiDetailTheFormAsksFor), role: .dim))
                for field in step.fields { lines.append(Line(text: glyphs.bullet + " " + field.marked(in: language), indent: 2)) }
            }
            if let state2 = e.steps[step.id], step.isLeaf {
                if let at = state2.doneAt {
                    lines.append(Line(text: state.text(.uiDetailDone) + state.dates.dayTime(at), role: .done))
                } else {
                    let tick = state.keyName(.toggle, in: .checklist)
                    lines.append(Line(text: state.text(.uiDetailNotDoneYetTicks, ["tick": tick]), role: .todo))
                }
                if state2.changed {
                    let review = state.keyName(.review, in: .checklist)
                    lines.append(Line(text: state.text(.uiDetailTheCatalogChangedThis, ["review": review]), role: .warning))
                }
            }
            if let note = e.account.notes[step.id] {
                lines.append(Line(text: state.text(.uiDetailNote) + note, role: .accent))
            }
            if let files = e.account.evidence[step.id], !files.isEmpty {
                let words = EvidenceText(state.dates)
                lines.append(Line(text: state.text(.uiEvidenceHeading), role: .dim))
                for file in files {
                    lines.append(Line(text: glyphs.bullet + " " + words.line(file), role: .accent, indent: 2))
                    lines.append(Line(text: "SHA-256 " + file.sha256, role: .dim, indent: 4))
                }
            } else if step.isLeaf {
                let attach = state.keyName(.attach, in: .checklist)
                lines.append(Line(text: state.text(.uiEvidenceNoneYet, ["attach": attach]), role: .dim))
            }
            let confidence = step.confidence ?? platform.confidence
            lines.append(Line(text: state.text(.uiDetailHowSure) + CatalogWords.confidenceExplained(confidence, language),
                              role: confidence == .verified ? .dim : .warning))
            lines.append(Line(text: ""))
        }
        // No switch, but a privacy contact: the letter is the way, said first.
        if platform.steps.isEmpty, platform.kind == .none, let contact = platform.letterContact {
            lines.append(Line(text: state.text(.uiLetterNoSwitchLetterIsTheWay, ["controller": contact.controller, "letter": state.keyName(.letter, in: .checklist)]),
                              role: .accent))
            lines.append(Line(text: ""))
        }
        lines.append(Line(text: platform.name(in: language) + " " + glyphs.separator + " " + platform.vendor, role: .heading, attributes: .bold))
        lines.append(Line(text: platform.summary.marked(in: language)))
        if !platform.jurisdictions.isEmpty {
            lines.append(Line(text: state.text(.uiDetailWhere) + platform.jurisdictions.joined(separator: ", ")))
        }
        if let basis = platform.legalBasis { lines.append(Line(text: state.text(.uiDetailLegalBasis) + basis.marked(in: language))) }
        if let deadline = platform.deadline { lines.append(Line(text: state.text(.uiDetailDeadlineLabel) + SpokenDate.day(deadline, in: language))) }
        lines.append(Line(text: state.text(.uiDetailEffect) + CatalogWords.effect(platform.effect, language)))
        lines.append(Line(text: state.text(.uiDetailLastVerified) + SpokenDate.day(platform.lastVerified, in: language), role: .dim))
        if let statement = platform.statement {
            lines.append(Line(text: FactText.statementLabel(language) + state.text(.uiDetailLabelSeparator) + FactText.statement(statement, language)))
        }
        if let contact = platform.contact {
            lines.append(Line(text: FactText.contactLabel(language) + state.text(.uiDetailLabelSeparator) + FactText.contact(contact, language)))
        }
        lines.append(Line(text: state.text(.uiDetailSources), role: .dim))
        for source in platform.sources {
            lines.append(Line(text: glyphs.bullet + " " + source.label, indent: 2))
            lines.append(Line(text: source.url, role: .link, indent: 4))
        }
        return lines
    }
}
