/// Finds the end of a run of JSON string bytes that need no escape, eight bytes at a time:
/// the progress reader and writer spend most of their time walking texts byte by byte.
enum JSONScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte from `start` that is `"`, `\` or a control character
    /// (or, with `stopAtHigh`, at or above 0x80), else `end`.
    @inline(__always)
    static func plainRun(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, stopAtHigh: Bool) -> Int {
        var index = start
        while index + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // A byte is flagged when zero after the XOR, or below 0x20: the lowest flag is
            // always exact (a false one can only sit above a true one).
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            var flags = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
            flags &= highs
            if stopAtHigh { flags |= word & highs }
            if flags != 0 { return index + flags.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || (stopAtHigh && byte >= 0x80) { return index }
            index += 1
        }
        return end
    }

    /// How many of the eight bytes from `index` are spaces before any other byte (the
    /// indentation of the file, in one step).
    @inline(__always)
    static func leadingSpaces(_ base: UnsafePointer<UInt8>, at index: Int) -> Int {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        return (word ^ (ones &* 0x20)).trailingZeroBitCount / 8
    }
}
