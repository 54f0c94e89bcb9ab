import Foundation

/// One change, appended to the progress file's history and never rewritten.
public struct HistoryEntry: Codable, Sendable, Equatable {
    public enum Action: String, Codable, Sendable, CaseIterable {
        case addAccount = "add-account"
        case removeAccount = "remove-account"
        case restoreAccount = "restore-account"
        case relabel
        case tick
        case untick
        case note
        case cover
        case uncover
        case review
    }

    public var at: Date
    public var action: Action
    public var account: String
    public var platform: String?
    public var step: String?
    /// A label, a note or the covering account, depending on the action.
    public var detail: String?

    public init(at: Date, action: Action, account: String, platform: String? = nil, step: String? = nil, detail: String? = nil) {
        self.at = at
        self.action = action
        self.account = account
        self.platform = platform
        self.step = step
        self.detail = detail
    }
}
