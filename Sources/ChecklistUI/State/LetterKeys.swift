import ChecklistEngine

/// Keys in the letter view: scroll the letter, choose which letter and what it asks, send it
/// out (clipboard, file, mail program) and record that it went.
enum LetterKeys {
    static func perform(_ command: Command, _ state: inout AppState) -> [AppEffect] {
        guard var view = state.letter, state.progress.account(id: view.accountID) != nil else {
            state.closeLetter()
            return []
        }
        defer { if state.page == .letter, state.letter?.accountID == view.accountID { state.letter = view } }
        let layout = LetterLayout(state, view)
        let composed = layout.content.composed
        if let top = ListMove.apply(command, selected: view.top, count: layout.lastTop + 1, page: layout.bodyRows.count) {
            view.top = top
            return []
        }
        switch command {
        case .back:
            state.closeLetter()
        case .nextLetterKind:
            let kinds = state.letterKinds(for: view.accountID)
            let next = ((kinds.firstIndex(of: view.kind) ?? -1) + 1) % kinds.count
            view.kind = kinds[next]
            view.top = 0
            if kinds.count == 1 { state.message = .init(state.text(.uiLetterOnlyObjectionYet)) }
        case .toggleErase:
            guard view.kind == .objection else { return refused(.uiLetterOptionsOnlyObjection, &state) }
            view.erase.toggle()
        case .toggleAccess:
            guard view.kind == .objection else { return refused(.uiLetterOptionsOnlyObjection, &state) }
            view.access.toggle()
        case .nextAuthority:
            guard view.kind == .complaint, let account = state.progress.account(id: view.accountID) else {
                return refused(.uiLetterAuthorityOnlyComplaint, &state)
            }
            let choices = state.letterDraft.complaintAuthorities(for: account).map(\.authority.id)
            guard !choices.isEmpty else { return refused(.uiLetterNoAuthorityToChoose, &state) }
            let current = view.authority.flatMap { choices.firstIndex(of: $0) } ?? 0
            view.authority = choices[(current + 1) % choices.count]
        case .copyLetter, .saveLetter, .mailLetter:
            guard let composed else { return [] }
            switch composed {
            case .failure(let problem):
                state.message = .init(problem.sentence(in: state.language), .error)
                return []
            case .success(let letter):
                return send(letter, by: command, view, &state)
            }
        case .markSent:
            return Reducer.change(.sendLetter(account: view.accountID, kind: view.kind, on: state.today), &state)
        case .letterDetails:
            guard let account = state.progress.account(id: view.accountID) else { return [] }
            state.modal = .enterLabel(.holder(accountID: view.accountID, thenIdentifier: true),
                                      TextField(account.holder ?? "", limit: UserProgress.maximumPersonalLength))
        case .markSentOn:
            state.modal = .enterLabel(.letterDay(accountID: view.accountID, kind: view.kind), TextField(state.today.description, limit: 10))
        default:
            return AccountKeys.perform(command, account: state.currentAccount, &state) ?? []
        }
        return []
    }

    static func refused(_ word: Word, _ state: inout AppState) -> [AppEffect] {
        state.message = .init(state.text(word))
        return []
    }

    /// The letter out of optout: to the clipboard, to a file in the current folder, or to the
    /// mail program as a `mailto:` link (then on the clipboard too when the link leaves the body out).
    static func send(_ letter: LetterText, by command: Command, _ view: LetterViewState, _ state: inout AppState) -> [AppEffect] {
        switch command {
        case .copyLetter:
            return [.letter(.copy(letter.text))]
        case .saveLetter:
            return [.letter(.save(letter.text, name: LetterFileName.name(account: view.accountID, kind: view.kind, day: state.today),
                                  overwrite: false))]
        default:
            do throws(MailtoError) {
                let mailto = try MailtoURL(letter: letter)
                if let sentence = mailto.bodyLeftOutSentence(in: state.language) {
                    state.message = .init(sentence)
                    return [.letter(.copy(letter.text)), .letter(.openMail(mailto.url))]
                }
                return [.letter(.openMail(mailto.url))]
            } catch {
                state.message = .init(error.sentence(in: state.language), .error)
                return []
            }
        }
    }
}
