import ChecklistEngine

extension AppState {
    /// The row under the cursor of the open checklist.
    var selectedChecklistRow: ChecklistRow? {
        guard let open = checklist, let platform = evaluation(ofAccount: open.accountID)?.platform else { return nil }
        let rows = open.rows(of: platform)
        let index = open.selectedIndex(in: rows)
        return rows.indices.contains(index) ? rows[index] : nil
    }

    /// The link `o` opens: the selected step's, else the platform's first source.
    var linkOfSelectedStep: String? {
        guard let row = selectedChecklistRow else { return nil }
        return row.step.url ?? currentAccount?.platform?.sources.first?.url
    }

    /// Who can cover `account`: nobody (nil) first, then the uncovered accounts of its group.
    func coverChoices(for account: AccountEvaluation) -> [String?] {
        let group = account.platform?.group
        let others = evaluations.filter {
            $0.account.id != account.account.id && group != nil && $0.platform?.group == group && $0.account.coveredBy == nil
        }
        guard !others.isEmpty || account.account.coveredBy != nil else { return [] }
        return [nil] + others.map { $0.account.id }
    }

    /// Opens an account's checklist on `step`, or else on its next step to do.
    public mutating func openChecklist(_ accountID: String, at step: String? = nil) {
        page = .checklist
        var open = ChecklistState(accountID: accountID)
        open.selectedStep = step ?? evaluation(ofAccount: accountID).flatMap { NextStep.toDo(in: $0) }?.id
        checklist = open
        if let position = evaluations.firstIndex(where: { $0.account.id == accountID }) {
            dashboard.selected = position
        }
    }

    /// An account that is gone (removed here or by another optout) cannot stay open, nor
    /// stay the subject of an open dialog.
    mutating func closeMissingAccount() {
        if let open = checklist?.accountID, progress.account(id: open) == nil {
            if page == .checklist { page = .dashboard }
            checklist = nil
        }
        if let open = letter?.accountID, progress.account(id: open) == nil { closeLetter() }
        switch modal {
        case .confirmRemove(let id), .editNote(let id, _, _), .chooseCover(let id, _, _), .enterLabel(.relabel(let id), _),
             .enterLabel(.holder(let id, _), _), .enterLabel(.identifier(let id), _), .enterLabel(.letterDay(let id, _), _),
             .enterLabel(.attachPath(let id, _), _):
            if progress.account(id: id) == nil { modal = nil }
        default:
            break
        }
    }
}
