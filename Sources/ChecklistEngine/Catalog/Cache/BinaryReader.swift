#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads what `BinaryWriter` wrote, from bytes that may be truncated, corrupt or hostile:
/// every read is bounds-checked and fails with `Malformed` instead of trapping, every length
/// must fit in what is left, and strings must be valid UTF-8.
struct BinaryReader {
    struct Malformed: Error {}

    private let bytes: ArraySlice<UInt8>
    private(set) var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.position = bytes.startIndex
    }

    var remaining: Int { bytes.endIndex - position }
    var isAtEnd: Bool { position == bytes.endIndex }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard position < bytes.endIndex else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func varint() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            // The tenth byte may only carry the 64th bit; anything more is not ours.
            guard shift < 63 || (shift == 63 && next <= 1) else { throw Malformed() }
            value |= UInt64(next & 0x7f) << shift
            if next & 0x80 == 0 { return value }
            shift += 7
        }
    }

    mutating func signed() throws(Malformed) -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    /// A number of items that follow, at most `limit`; each takes at least one byte, so a
    /// count larger than what is left is refused before anything is reserved for it.
    mutating func count(limit: Int) throws(Malformed) -> Int {
        let value = try varint()
        guard value <= UInt64(min(limit, remaining)) else { throw Malformed() }
        return Int(value)
    }

    /// What to reserve for `count` items: never more than a few thousand up front. An item
    /// takes a byte or more in the file but up to a hundred in memory, so a crafted count
    /// that fits the file could still ask for gigabytes.
    static func reservation(for count: Int) -> Int { min(count, 4_096) }

    /// `length` bytes, without copying them.
    mutating func slice(_ length: Int) throws(Malformed) -> ArraySlice<UInt8> {
        guard length >= 0, length <= remaining else { throw Malformed() }
        defer { position += length }
        return bytes[position..<position + length]
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count(limit: Int.max)
        let utf8 = try slice(length)
        // `String(validating:as:)` is generic and unspecialised here, so slow on every string.
        // `String(decoding:)` is fast but repairs ill-formed bytes with U+FFFD;
        // the bytes were valid exactly when nothing was repaired, which ASCII never needs.
        var text = utf8.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        let intact = text.withUTF8 { decoded in
            utf8.withUnsafeBytes { original in
                guard decoded.count == original.count else { return false }
                guard let a = decoded.baseAddress, let b = original.baseAddress else { return true }  // both empty
                return memcmp(a, b, decoded.count) == 0
            }
        }
        guard intact else { throw Malformed() }
        return text
    }

    mutating func fixed64() throws(Malformed) -> UInt64 {
        let raw = try slice(8)
        var value: UInt64 = 0
        for (offset, byte) in raw.enumerated() { value |= UInt64(byte) << UInt64(8 * offset) }
        return value
    }
}
