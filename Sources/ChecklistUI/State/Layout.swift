import ChecklistEngine

/// Sizes shared by `reduce` (to keep the selection visible) and the views (to draw).
public enum Layout {
    /// Below this the "terminal too small" screen shows instead (as ncdu does).
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    /// From this width the detail pane sits beside the tree.
    public static let sideBySideWidth = 100
    /// Narrower than side by side but this tall: the detail pane sits below the tree.
    public static let stackedHeight = 28

    /// Title bar and a blank line on top; message line and key footer at the bottom.
    public static func bodyRows(height: Int) -> Range<Int> { 2..<max(2, height - 2) }

    /// Rows of the dashboard's account list: below its column headings, above the hint line.
    public static func dashboardListRows(height: Int) -> Range<Int> {
        let body = bodyRows(height: height)
        let start = min(body.upperBound, body.lowerBound + 1)
        return start..<max(start, body.upperBound - 1)
    }

    public enum DetailPlacement: Equatable { case beside, below, toggled }

    public static func detailPlacement(width: Int, height: Int) -> DetailPlacement {
        if width >= sideBySideWidth { return .beside }
        if height >= stackedHeight { return .below }
        return .toggled
    }

    /// The rows of the step tree (below the account heading).
    public static func treeRows(width: Int, height: Int) -> Range<Int> {
        let body = bodyRows(height: height)
        let start = min(body.upperBound, body.lowerBound + 2)
        if detailPlacement(width: width, height: height) == .below {
            let treeHeight = max(3, (body.upperBound - start) * 55 / 100)
            return start..<(start + treeHeight)
        }
        return start..<body.upperBound
    }

    /// Where the detail pane of a checklist goes, if it shows at all: beside the tree, below
    /// it, instead of it (toggled), or below a tree short enough to leave five rows.
    public static func detailPane(width: Int, height: Int, treeRowCount: Int, showsDetail: Bool)
        -> (x: Int, rows: Range<Int>, width: Int, divider: Int?)?
    {
        let tree = treeRows(width: width, height: height)
        switch detailPlacement(width: width, height: height) {
        case .beside:
            let treeWidth = width * 55 / 100
            return (treeWidth + 2, tree, width - treeWidth - 3, nil)
        case .below:
            return (1, (tree.upperBound + 1)..<bodyRows(height: height).upperBound, width - 2, tree.upperBound)
        case .toggled:
            if showsDetail { return (1, tree, width - 2, nil) }
            let divider = tree.lowerBound + treeRowCount
            guard treeRowCount <= tree.count, tree.upperBound - divider >= 5 else { return nil }
            return (1, (divider + 1)..<tree.upperBound, width - 2, divider)
        }
    }

    /// Rows of a modal list (pickers, help), inside its frame.
    public static func modalListRows(height: Int) -> Int { max(1, height - 9) }

    /// The frame of the platform picker and of search: from row 1, a margin below.
    public static func pickerFrameHeight(height: Int) -> Int { max(6, height - 4) }

    /// Rows of the list in that frame, under its input line and a blank line.
    public static func pickerListRows(height: Int) -> Int { max(1, pickerFrameHeight(height: height) - 4) }

    /// The help frame: from row 1 to above the key footer.
    public static func helpFrameHeight(height: Int) -> Int { max(4, height - 2) }

    /// Rows of text inside the help frame.
    public static func helpRows(height: Int) -> Int { max(1, helpFrameHeight(height: height) - 2) }

    /// Lines of the help of a view: one per command, a blank line, the statuses' heading and one per status.
    public static func helpLineCount(of view: ViewKind) -> Int {
        Bindings.bindings(in: view).count + 2 + AccountStatus.allCases.count
    }

    /// Keeps `selected` inside a window of `visible` rows starting at `top`.
    public static func scroll(top: Int, selected: Int, visible: Int, count: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        var top = top
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        return min(max(0, top), count - visible)
    }
}
