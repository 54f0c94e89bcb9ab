import ChecklistEngine

/// Commands that do the same on the dashboard and in a checklist, about one account.
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
            guard let change = state.undoStack.popLast() else {
                state.message = .init(state.say("Nothing to undo.", "Rien à annuler."))
                return []
            }
            return Reducer.change(change, origin: .undo, &state)
        case .redo:
            guard let change = state.redoStack.popLast() else {
                state.message = .init(state.say("Nothing to redo.", "Rien à rétablir."))
                return []
            }
            return Reducer.change(change, origin: .redo, &state)
        case .removeAccount:
            guard let account else { return noAccount(&state) }
            state.modal = .confirmRemove(accountID: account.account.id)
        case .relabel:
            guard let account else { return noAccount(&state) }
            state.modal = .enterLabel(.relabel(accountID: account.account.id), TextField(account.account.label ?? "", limit: UserProgress.maximumLabelLength))
        case .review:
            guard let account else { return noAccount(&state) }
            guard account.status == .needsReview else {
                state.message = .init(state.say("Nothing to review on this account.", "Rien à revoir sur ce compte."))
                return []
            }
            return Reducer.change(.markReviewed(account: account.account.id), &state)
        case .cover:
            guard let account else { return noAccount(&state) }
            let group = account.platform?.group
            let others = state.evaluations.filter {
                $0.account.id != account.account.id && group != nil && $0.platform?.group == group && $0.account.coveredBy == nil
            }
            guard !others.isEmpty || account.account.coveredBy != nil else {
                state.message = .init(state.say(
                    "No linked account (same group, such as another Meta app) can cover this one: add it first.",
                    "Aucun compte lié (même groupe, comme une autre appli Meta) ne peut couvrir celui-ci : ajoutez-le d'abord."))
                return []
            }
            let choices: [String?] = [nil] + others.map { $0.account.id }
            let current = choices.firstIndex { $0 == account.account.coveredBy } ?? 0
            state.modal = .chooseCover(accountID: account.account.id, choices: choices, selected: current)
        default:
            return nil
        }
        return []
    }

    static func noAccount(_ state: inout AppState) -> [AppEffect] {
        state.message = .init(state.say("No account yet: press a to add one.", "Aucun compte pour l'instant : appuyez sur a pour en ajouter un."))
        return []
    }
}

/// Moves a selection within `count` items by a command; nil when the command is no move.
enum ListMove {
    static func apply(_ command: Command, selected: Int, count: Int, page: Int) -> Int? {
        let last = max(0, count - 1)
        switch command {
        case .moveUp: return max(0, selected - 1)
        case .moveDown: return min(last, selected + 1)
        case .pageUp: return max(0, selected - max(1, page))
        case .pageDown: return min(last, selected + max(1, page))
        case .first: return 0
        case .last: return last
        default: return nil
        }
    }
}
