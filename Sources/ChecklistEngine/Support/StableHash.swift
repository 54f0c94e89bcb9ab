/// FNV-1a, 64 bits: a hash that is the same on every run and machine (Swift's `Hasher` is
/// seeded per process), used for catalog revisions.
public struct StableHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0x1f)  // a separator, so "ab"+"c" differs from "a"+"bc"
    }

    public mutating func combine(_ flag: Bool) { combine(flag ? "1" : "0") }

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01b3
    }

    /// Twelve hex digits: short enough to read, long enough never to collide here.
    public var hexDigest: String {
        let hex = String(state, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(padded.prefix(12))
    }
}
