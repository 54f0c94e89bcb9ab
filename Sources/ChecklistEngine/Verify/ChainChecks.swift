/// Each entry links to the one before it and still matches its own hash.
public struct ChainCheck: VerifyCheck {
    public let name = "chain"

    public init() {}

    public func run(_ progress: UserProgress) -> VerifyResult {
        let history = progress.history
        guard progress.schemaVersion >= 2 else { return .fails(.notChained(schemaVersion: progress.schemaVersion)) }
        var expected = HistoryChain.genesis
        var upgrade: VerifyEntry?
        for (index, entry) in history.enumerated() {
            guard let previous = entry.previous, let hash = entry.hash else {
                return .fails(.unsealed(VerifyEntry(index, in: history)))
            }
            guard previous == expected else { return .fails(.notLinked(VerifyEntry(index, in: history))) }
            guard HistoryChain.hash(of: entry) == hash else { return .fails(.altered(VerifyEntry(index, in: history))) }
            // The upgrade chained the entries before it: said, when there were any.
            if entry.action == .upgrade, upgrade == nil, index > 0 { upgrade = VerifyEntry(index, in: history) }
            expected = hash
        }
        return .holds(.chainIntact(upgrade: upgrade))
    }
}

/// The count and head at the top of the file match the history: entries dropped from the
/// end leave the chain whole, and show here.
public struct HeadCheck: VerifyCheck {
    public let name = "head"

    public init() {}

    public func run(_ progress: UserProgress) -> VerifyResult {
        // A version 1 file has no head yet: the chain check says so.
        guard progress.schemaVersion >= 2 else { return .holds(nil) }
        guard let chain = progress.chain else { return .fails(.noHead) }
        let history = progress.history
        let last = history.indices.last.map { VerifyEntry($0, in: history) }
        if chain.count != history.count {
            return .fails(.countDiffers(stated: chain.count, found: history.count, last: last))
        }
        guard chain.head == (history.last?.hash ?? HistoryChain.genesis) else { return .fails(.headDiffers(last: last)) }
        return .holds(nil)
    }
}
