import ChecklistEngine

extension AppState {
    /// Scrolls every list so its selection stays on screen, and clamps selections, with the
    /// geometry the views draw with.
    mutating func keepSelectionVisible() {
        let frame = FrameLayout(self)
        let count = evaluations.count
        dashboard.selected = min(max(0, dashboard.selected), max(0, count - 1))
        // The list scrolls by rows; the heading of the selection's group shows with its first account.
        let listRows = DashboardLayout(frame).listRows.count
        let row = dashboardRows.row(ofAccount: dashboard.selected)
        dashboard.top = Layout.scroll(top: dashboard.top, selected: row, visible: listRows, count: dashboardRows.rows.count)
        if dashboard.top == row, row > 0, listRows > 1, case .holder = dashboardRows.rows[row - 1] { dashboard.top -= 1 }
        if var open = checklist, let evaluation = evaluation(ofAccount: open.accountID), let platform = evaluation.platform {
            open.cacheRows(of: platform)
            let rows = open.rows(of: platform)
            if open.selectedStep.flatMap({ open.index(ofStep: $0, in: rows) }) == nil {
                open.selectedStep = rows.first?.step.id
            }
            let layout = ChecklistLayout(frame, treeRowCount: rows.count, showsDetail: open.showsDetail)
            let index = open.selectedIndex(in: rows)
            open.top = Layout.scroll(top: open.top, selected: index, visible: layout.treeRows.count, count: rows.count)
            // A resize or a shorter message can leave the detail scrolled past its end.
            if open.detailTop > 0, let pane = layout.detail {
                let step = rows.indices.contains(index) ? rows[index].step : nil
                open.detailTop = min(open.detailTop, DetailContent(step, evaluation, platform, self, width: pane.width).maxSkip(visible: pane.rows.count))
            }
            checklist = open
        }
        let picker = PickerLayout(width: width, height: height)
        let visible = picker.listRows.count
        switch modal {
        case .choosePlatform(var picker):
            let choices = picker.choices(in: catalog, language: language)
            picker.selected = min(max(0, picker.selected), max(0, choices.count - 1))
            let rows = picker.rows(in: catalog, language: language)
            let rowIndex = PickerLayout.rowIndex(ofChoice: picker.selected, in: rows)
            picker.top = Layout.scroll(top: picker.top, selected: rowIndex, visible: visible, count: rows.count)
            modal = .choosePlatform(picker)
        case .search(var search):
            let count = search.hits(in: self).count
            search.selected = min(max(0, search.selected), max(0, count - 1))
            search.top = Layout.scroll(top: search.top, selected: search.selected, visible: visible, count: count)
            modal = .search(search)
        case .help(let view, let top) where top > 0:
            modal = .help(of: view, top: min(top, HelpLayout(of: view, self).lastTop))
        default:
            break
        }
    }
}
