/// What a cell means, never how it looks: themes map roles to colours (as htop's schemes do).
public enum Role: String, CaseIterable, Sendable, Hashable, Codable {
    case text
    case dim
    case title
    case heading
    case border
    case selection
    case done
    case todo
    case warning
    case error
    case link
    case accent
    case statusBar = "status_bar"
    case statusKey = "status_key"
    case progressDone = "progress_done"
    case progressTodo = "progress_todo"
}

/// Text attributes that do not depend on colour.
public struct Attributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let reverse = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let dim = Attributes(rawValue: 1 << 3)
}
