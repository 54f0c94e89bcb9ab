import ChecklistEngine

/// Keys on the dashboard: move between accounts, open one, act on it.
enum DashboardKeys {
    static func perform(_ command: Command, _ state: inout AppState) -> [AppEffect] {
        let page = DashboardLayout(FrameLayout(state)).listRows.count
        if let selected = ListMove.apply(command, selected: state.dashboard.selected, count: state.evaluations.count, page: page) {
            state.dashboard.selected = selected
            return []
        }
        if command == .open {
            guard let account = state.selectedAccount else {
                state.modal = .choosePlatform(PlatformPicker())
                return []
            }
            state.openChecklist(account.account.id)
            return []
        }
        return AccountKeys.perform(command, account: state.selectedAccount, &state) ?? []
    }
}
