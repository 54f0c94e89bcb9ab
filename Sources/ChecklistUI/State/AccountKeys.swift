import ChecklistEngine

/// Commands that do the same on the dashboard and in a checklist, about one account. What
/// cannot run (no account, nothing to undo...) is refused before, by the binding table.
enum AccountKeys {
    static func perform(_ command: Command, account: AccountEvaluation?, _ state: inout AppState) -> [AppEffect]? {
        switch command {
        case .addAccount:
            state.modal = .choosePlatform(PlatformPicker())
        case .search:
            state.modal = .search(SearchState())
        case .export:
            state.modal = .chooseExport(selected: 0)
        case .undo:
            guard let change = state.undoStack.popLast() else { return [] }
            return Reducer.change(change, origin: .undo, &state)
        case .redo:
            guard let change = state.redoStack.popLast() else { return [] }
            return Reducer.change(change, origin: .redo, &state)
        case .removeAccount:
            guard let account else { return [] }
            state.modal = .confirmRemove(accountID: account.account.id)
        case .relabel:
            guard let account else { return [] }
            state.modal = .enterLabel(.relabel(accountID: account.account.id), TextField(account.account.label ?? "", limit: UserProgress.maximumLabelLength))
        case .letter:
            guard let account else { return [] }
            state.openLetter(account.account.id)
            return state.authoritiesLoaded ? [] : [.loadAuthorities]
        case .review:
            guard let account else { return [] }
            return Reducer.change(.markReviewed(account: account.account.id), &state)
        case .cover:
            guard let account else { return [] }
            let choices = state.coverChoices(for: account)
            let current = choices.firstIndex { $0 == account.account.coveredBy } ?? 0
            state.modal = .chooseCover(accountID: account.account.id, choices: choices, selected: current)
        default:
            return nil
        }
        return []
    }
}
