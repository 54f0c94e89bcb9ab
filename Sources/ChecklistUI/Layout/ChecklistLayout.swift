/// One account's checklist: the heading, the step tree and where the detail pane goes.
public struct ChecklistLayout: Equatable, Sendable {
    public enum Placement: Equatable, Sendable { case beside, below, toggled }

    /// A rectangle of the detail pane, and the row of the rule above it when it has one.
    public struct Pane: Equatable, Sendable {
        public var x: Int
        public var rows: Range<Int>
        public var width: Int
        public var divider: Int?
    }

    public var frame: FrameLayout
    public var placement: Placement
    /// The rows of the step tree (below the account heading).
    public var treeRows: Range<Int>
    public var treeWidth: Int
    /// False while the toggled detail pane covers the tree.
    public var showsTree: Bool
    public var detail: Pane?

    public init(_ frame: FrameLayout, treeRowCount: Int, showsDetail: Bool) {
        self.frame = frame
        let width = frame.width
        placement = width >= Layout.sideBySideWidth ? .beside : (frame.height >= Layout.stackedHeight ? .below : .toggled)
        let body = frame.body
        let start = min(body.upperBound, body.lowerBound + 2)
        let tree = placement == .below ? start..<(start + max(3, Self.treeShare(of: body.upperBound - start))) : start..<body.upperBound
        treeRows = tree
        treeWidth = placement == .beside ? Self.treeShare(of: width) : width
        showsTree = !(placement == .toggled && showsDetail)
        // Beside the tree, below it, instead of it (toggled), or below a tree short enough to
        // leave five rows.
        switch placement {
        case .beside:
            detail = Pane(x: treeWidth + 2, rows: tree, width: width - treeWidth - 3, divider: nil)
        case .below:
            detail = Pane(x: 1, rows: (tree.upperBound + 1)..<body.upperBound, width: width - 2, divider: tree.upperBound)
        case .toggled:
            let divider = tree.lowerBound + treeRowCount
            if showsDetail {
                detail = Pane(x: 1, rows: tree, width: width - 2, divider: nil)
            } else if treeRowCount <= tree.count, tree.upperBound - divider >= 5 {
                detail = Pane(x: 1, rows: (divider + 1)..<tree.upperBound, width: width - 2, divider: divider)
            } else {
                detail = nil
            }
        }
    }

    /// The tree's part of the width beside the pane, or of the height above it.
    static func treeShare(of size: Int) -> Int { size * 55 / 100 }

    public var headingRow: Int { frame.body.lowerBound }

    /// The rule between tree and pane, when the pane sits beside it.
    public var verticalRule: Int? { placement == .beside ? treeWidth : nil }
}
