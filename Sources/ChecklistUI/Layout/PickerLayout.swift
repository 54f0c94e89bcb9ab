/// Where a modal frame sits across the screen: centred, at most 72 columns.
public struct ModalFrame: Equatable, Sendable {
    public var x: Int
    public var width: Int

    public init(screenWidth: Int) {
        width = min(screenWidth - 2, 72)
        x = (screenWidth - width) / 2
    }
}

/// The platform picker and search: a frame from row 1 with a margin below, an input line, a
/// blank line and the list.
public struct PickerLayout: Equatable, Sendable {
    public var across: ModalFrame
    public var y = 1
    public var height: Int

    public init(width: Int, height: Int) {
        across = ModalFrame(screenWidth: width)
        self.height = max(6, height - 4)
    }

    public var inputRow: Int { y + 1 }
    public var listRows: Range<Int> { (y + 3)..<(y + height - 1) }

    /// Where the n-th choosable platform sits among the rows (vendor headings take rows too).
    public static func rowIndex(ofChoice choice: Int, in rows: [PlatformPicker.Row]) -> Int {
        var seen = -1
        for (index, row) in rows.enumerated() {
            if case .platform = row {
                seen += 1
                if seen == choice { return index }
            }
        }
        return 0
    }
}
