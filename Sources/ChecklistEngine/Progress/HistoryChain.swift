import Crypto
import Foundation

/// The hash chain of the history (as in a transparency log): each entry holds the hash of
/// the one before it and its own, so changing, removing or reordering an entry breaks the
/// chain from there on. The hash is SHA-256 (swift-crypto) of the entry exactly as the
/// progress file writes it at the top level, without its `hash` field: the same code that
/// writes a field hashes it, so a field added to `HistoryEntry` is covered with no change here.
public enum HistoryChain {
    /// The `previous` of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// The hash `entry` must carry: its `previous` included, its own `hash` left out.
    public static func hash(of entry: HistoryEntry) -> String {
        hex(SHA256.hash(data: ProgressJSONWriter.canonical(entry)))
    }

    /// `entry` linked after `previous` and sealed with its hash.
    static func sealed(_ entry: HistoryEntry, after previous: String) -> HistoryEntry {
        var sealed = entry
        sealed.previous = previous
        sealed.hash = nil
        sealed.hash = hash(of: sealed)
        return sealed
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: SHA256.byteCount * 2) { buffer in
            var index = 0
            digest.withUnsafeBytes { bytes in
                for byte in bytes {
                    buffer[index] = digits.utf8Start[Int(byte >> 4)]
                    buffer[index + 1] = digits.utf8Start[Int(byte & 0x0F)]
                    index += 2
                }
            }
            return index
        }
    }
}

/// What the top of a version 2 progress file says of its history: how many entries it holds
/// and the hash of the last (`HistoryChain.genesis` when none). Dropping the last entries,
/// which leaves the chain itself whole, shows here.
public struct ChainHead: Codable, Sendable, Equatable {
    public var count: Int
    public var head: String

    public init(count: Int, head: String) {
        self.count = count
        self.head = head
    }

    public static let empty = ChainHead(count: 0, head: HistoryChain.genesis)
}
