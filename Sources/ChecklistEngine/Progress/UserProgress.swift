import Foundation

/// Everything the user has done, as kept in the progress file.
public struct UserProgress: Codable, Sendable, Equatable {
    /// Files with a higher version are refused, never overwritten. Version 2 chains the
    /// history (`HistoryChain`); a version 1 file is read as it is and upgraded at its first
    /// change (`append`).
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var accounts: [Account]
    /// Appended to only through `append`, which chains each entry.
    public internal(set) var history: [HistoryEntry]
    /// The count and head of the chain, as the file states them; nil in a version 1 file.
    public internal(set) var chain: ChainHead?

    /// A new progress: `history` is chained in its order.
    public init(accounts: [Account] = [], history: [HistoryEntry] = []) {
        self.init(schemaVersion: Self.currentSchemaVersion, accounts: accounts, history: [], chain: .empty)
        self.history.reserveCapacity(history.count)
        for entry in history { append(entry) }
    }

    /// The progress exactly as a file holds it, chain and all (the readers).
    init(schemaVersion: Int, accounts: [Account], history: [HistoryEntry], chain: ChainHead?) {
        self.schemaVersion = schemaVersion
        self.accounts = accounts
        self.history = history
        self.chain = chain
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

extension UserProgress {
    /// Appends `entry` to the history, linked to the head the file states (not to the last
    /// entry, so a change after entries were dropped from the end shows the gap) and sealed
    /// with its hash. A version 1 progress is upgraded first, at the entry's time.
    public mutating func append(_ entry: HistoryEntry) {
        if schemaVersion < Self.currentSchemaVersion { upgrade(at: entry.at) }
        let head = chain ?? .empty
        let sealed = HistoryChain.sealed(entry, after: head.head)
        history.append(sealed)
        chain = ChainHead(count: head.count + 1, head: sealed.hash ?? head.head)
    }

    /// Version 1 to 2: every earlier entry is chained now, in its order (their times were not
    /// protected before this), then an `upgrade` entry says so.
    mutating func upgrade(at now: Date) {
        let from = schemaVersion
        let earlier = history
        schemaVersion = Self.currentSchemaVersion
        chain = .empty
        history = []
        history.reserveCapacity(earlier.count + 2)
        for entry in earlier { append(entry) }
        append(HistoryEntry(at: now, action: .upgrade, account: "", detail: String(from)))
    }
}
