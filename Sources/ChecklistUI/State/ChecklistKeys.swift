import ChecklistEngine

/// Keys in an account's checklist: walk the step tree, tick, annotate, follow links.
enum ChecklistKeys {
    static func perform(_ command: Command, key: Key, _ state: inout AppState) -> [AppEffect] {
        guard var open = state.checklist, let evaluation = state.evaluation(ofAccount: open.accountID) else {
            state.page = .dashboard
            return []
        }
        let rows = evaluation.platform.map { open.rows(of: $0) } ?? []
        let index = open.selectedIndex(in: rows)
        let row = rows.indices.contains(index) ? rows[index] : nil
        let layout = ChecklistLayout(FrameLayout(state), treeRowCount: rows.count, showsDetail: open.showsDetail)
        let selectedBefore = open.selectedStep
        defer {
            // Another step's detail starts at its top.
            if open.selectedStep != selectedBefore { open.detailTop = 0 }
            if state.checklist != nil, state.checklist?.accountID == open.accountID, state.page == .checklist { state.checklist = open }
        }

        if let selected = ListMove.apply(command, selected: index, count: rows.count, page: layout.treeRows.count) {
            if rows.indices.contains(selected) { open.selectedStep = rows[selected].step.id }
            return []
        }
        switch command {
        case .open:
            guard let row else { return [] }
            if !row.step.isLeaf {
                if open.collapsed.contains(row.step.id) {
                    open.collapsed.remove(row.step.id)
                } else if let child = row.step.steps.first {
                    open.selectedStep = child.id
                }
            } else if layout.placement == .toggled {
                open.showsDetail = true
            }
        case .back:
            if open.showsDetail {
                open.showsDetail = false
            } else if key == .left, let row, !row.step.isLeaf, !open.collapsed.contains(row.step.id) {
                open.collapsed.insert(row.step.id)
            } else if key == .left, let row, let parent = parent(of: row.step.id, in: evaluation.platform) {
                open.selectedStep = parent.id
            } else {
                state.page = .dashboard
                if let position = state.evaluations.firstIndex(where: { $0.account.id == open.accountID }) {
                    state.dashboard.selected = position
                }
            }
        case .toggle:
            guard let row else { return [] }
            guard row.step.isLeaf else {
                // A group is done through its steps: Space goes into it rather than refusing, on
                // an `any_of` group's first alternative, else on its first step still to do.
                open.collapsed.remove(row.step.id)
                let inside = row.step.anyOf ? nil : NextStep.toDo(in: row.step.steps, evaluation)
                open.selectedStep = (inside ?? NextStep.firstLeaf(below: row.step))?.id
                return []
            }
            let done = evaluation.account.ticks[row.step.id] != nil
            let change: ProgressChange = done
                ? .untick(account: open.accountID, step: row.step.id)
                : .tick(account: open.accountID, step: row.step.id, note: nil)
            return Reducer.change(change, &state)
        case .editNote:
            guard let row else { return [] }
            let existing = evaluation.account.notes[row.step.id] ?? ""
            state.modal = .editNote(accountID: open.accountID, stepID: row.step.id, TextField(existing, limit: UserProgress.maximumNoteLength))
        case .attach:
            EvidenceKeys.ask(&state)
        case .openLink, .copyLink:
            // The binding table says why not when there is no link.
            guard let url = state.linkOfSelectedStep else { return [] }
            return [command == .openLink ? .openURL(url) : .copyToClipboard(url)]
        case .toggleDetail:
            open.showsDetail.toggle()
            open.detailTop = 0
        case .scrollDetailDown, .scrollDetailUp:
            guard let platform = evaluation.platform, let pane = layout.detail else { return [] }
            let furthest = DetailContent(row?.step, evaluation, platform, state, width: pane.width).maxSkip(visible: pane.rows.count)
            let step = max(1, pane.rows.count / 2)
            open.detailTop = min(furthest, max(0, open.detailTop + (command == .scrollDetailDown ? step : -step)))
        case .expandAll:
            open.collapsed = []
        case .collapseAll:
            open.collapsed = Set(evaluation.platform?.allSteps.filter { !$0.isLeaf }.map(\.id) ?? [])
            if let row, let top = topLevel(of: row.step.id, in: evaluation.platform) { open.selectedStep = top.id }
        default:
            return AccountKeys.perform(command, account: evaluation, &state) ?? []
        }
        return []
    }

    static func parent(of stepID: String, in platform: Platform?) -> Step? {
        platform?.allSteps.first { $0.steps.contains { $0.id == stepID } }
    }

    static func topLevel(of stepID: String, in platform: Platform?) -> Step? {
        platform?.steps.first { $0.flattened.contains { $0.id == stepID } }
    }
}
