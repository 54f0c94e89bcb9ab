/// The dashboard: column headings, the account list, a hint line under it.
public struct DashboardLayout: Equatable, Sendable {
    public var frame: FrameLayout

    public init(_ frame: FrameLayout) { self.frame = frame }

    public var headingRow: Int { frame.body.lowerBound }

    /// Rows of the account list: below its column headings, above the hint line.
    public var listRows: Range<Int> {
        let body = frame.body
        let start = min(body.upperBound, body.lowerBound + 1)
        return start..<max(start, body.upperBound - 1)
    }

    /// The selected account's deadline and effect, under the list.
    public var hintRow: Int { listRows.upperBound }
}
