import Foundation

/// Everything the user has done, as kept in the progress file.
public struct UserProgress: Codable, Sendable, Equatable {
    /// Files with a higher version are refused, never overwritten.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var accounts: [Account]
    public var history: [HistoryEntry]

    public init(accounts: [Account] = [], history: [HistoryEntry] = []) {
        self.schemaVersion = Self.currentSchemaVersion
        self.accounts = accounts
        self.history = history
    }

    public static let empty = UserProgress()

    public func account(id: String) -> Account? { accounts.first { $0.id == id } }

    public func index(ofAccount id: String) -> Int? { accounts.firstIndex { $0.id == id } }

    /// Finds ACCOUNT as the command line takes it: an id, a label, or a platform id when that
    /// platform has exactly one account.
    public func resolve(_ reference: String) throws(ProgressError) -> Account {
        if let account = account(id: reference) { return account }
        let byLabel = accounts.filter { $0.label == reference }
        if byLabel.count == 1 { return byLabel[0] }
        let byLabelFolded = accounts.filter { $0.label?.lowercased() == reference.lowercased() }
        if byLabelFolded.count == 1 { return byLabelFolded[0] }
        if byLabel.count > 1 || byLabelFolded.count > 1 {
            throw .ambiguousAccount(reference: reference, candidates: (byLabel.isEmpty ? byLabelFolded : byLabel).map(\.id))
        }
        let byPlatform = accounts.filter { $0.platform == reference }
        if byPlatform.count == 1 { return byPlatform[0] }
        if byPlatform.count > 1 { throw .ambiguousAccount(reference: reference, candidates: byPlatform.map(\.id)) }
        throw .noSuchAccount(reference: reference)
    }

    /// The next id for a platform's account: `instagram`, then `instagram-2`..., skipping any
    /// id the file ever used, so history entries never point at two accounts.
    public func newAccountID(platform: String) -> String {
        let used = Set(accounts.map(\.id)).union(history.map(\.account))
        if !used.contains(platform) { return platform }
        var number = 2
        while used.contains("\(platform)-\(number)") { number += 1 }
        return "\(platform)-\(number)"
    }
}
