/// Sizes every view shares. Each view's own geometry is a value built from these
/// (`FrameLayout`, `DashboardLayout`, `ChecklistLayout`, `PickerLayout`, `HelpLayout`), used
/// both by `reduce`, to keep selections visible and clamp scrolling, and by the views to draw.
public enum Layout {
    /// Below this the "terminal too small" screen shows instead (as ncdu does).
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    /// From this width the detail pane sits beside the tree.
    public static let sideBySideWidth = 100
    /// Narrower than side by side but this tall: the detail pane sits below the tree.
    public static let stackedHeight = 28

    /// Rows of a modal list of choices (report formats, covering accounts): a page for PgUp and PgDn.
    public static func modalListRows(height: Int) -> Int { max(1, height - 9) }

    /// Keeps `selected` inside a window of `visible` rows starting at `top`.
    public static func scroll(top: Int, selected: Int, visible: Int, count: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        var top = top
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        return min(max(0, top), count - visible)
    }
}
