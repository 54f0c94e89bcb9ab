/// FNV-1a, 64 bits: a hash that is the same on every run and machine (Swift's `Hasher` is
/// seeded per process), used for catalog revisions.
public struct StableHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ text: String) {
        // Over the string's own bytes when it has them (every native string): a catalog of
        // 10,000 steps hashes megabytes at each start.
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { mix(byte) }
        }
        if hashed == nil { for byte in text.utf8 { mix(byte) } }
        mix(0x1f)  // a separator, so "ab"+"c" differs from "a"+"bc"
    }

    public mutating func combine(_ flag: Bool) { combine(flag ? "1" : "0") }

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01b3
    }

    /// Twelve hex digits: short enough to read, long enough never to collide here.
    public var hexDigest: String {
        // The first 12 of the 16 lower-case hex digits of the state, leading zeros kept.
        String(unsafeUninitializedCapacity: 12) { bytes in
            for index in 0..<12 {
                let digit = UInt8(truncatingIfNeeded: state >> UInt64(60 - 4 * index)) & 0xf
                bytes[index] = digit < 10 ? 0x30 + digit : 0x57 + digit  // "0"..."9", "a"..."f"
            }
            return 12
        }
    }
}
