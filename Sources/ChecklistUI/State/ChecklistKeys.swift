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
        let toggled = Layout.detailPlacement(width: state.width, height: state.height) == .toggled
        let selectedBefore = open.selectedStep
        defer {
            // Another step's detail starts at its top.
            if open.selectedStep != selectedBefore { open.detailTop = 0 }
            if state.checklist != nil, state.checklist?.accountID == open.accountID, state.page == .checklist { state.checklist = open }
        }

        let page = Layout.treeRows(width: state.width, height: state.height).count
        if let selected = ListMove.apply(command, selected: index, count: rows.count, page: page) {
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
            } else if toggled {
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
            // Checked first: a platform without opt-out usually has no step to select at all.
            if let platform = evaluation.platform, platform.kind == .none {
                state.message = .init(ProgressError.nothingToTick(platform: platform.name).message(in: state.language))
                return []
            }
            guard let row else { return [] }
            guard row.step.isLeaf else {
                state.message = .init(ProgressError.stepHasSubsteps(step: row.step.title.text(in: state.language)).message(in: state.language))
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
        case .openLink, .copyLink:
            guard let url = row?.step.url ?? (row == nil ? nil : evaluation.platform?.sources.first?.url) else {
                state.message = .init(state.say("This step has no link.", "Cette étape n'a pas de lien."))
                return []
            }
            return [command == .openLink ? .openURL(url) : .copyToClipboard(url)]
        case .toggleDetail:
            open.showsDetail.toggle()
            open.detailTop = 0
        case .scrollDetailDown, .scrollDetailUp:
            guard let platform = evaluation.platform,
                  let pane = Layout.detailPane(width: state.width, height: state.height, treeRowCount: rows.count,
                                               showsDetail: open.showsDetail)
            else { return [] }
            let lines = DetailPane.lineCount(row?.step, evaluation, platform, state, width: pane.width)
            let furthest = DetailPane.maxSkip(lineCount: lines, visible: pane.rows.count)
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
