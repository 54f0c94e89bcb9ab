import Foundation

/// ISO 8601 times in UTC, as every file and report of optout writes them.
///
/// The common shape, `2026-05-27T10:00:00Z`, is written and read by hand: Foundation's
/// ISO 8601 style takes microseconds a date, and a progress file of 1,000 accounts holds
/// thousands of them (most of the time of a save or a load). Anything else goes to Foundation.
public enum Timestamp {
    public static func string(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        if fastRange.contains(seconds) { return fastString(Int64(seconds)) }
        return date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon).timeZone(separator: .omitted))
    }

    public static func date(_ text: String) -> Date? {
        if let date = fastDate(text) { return date }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// Seconds since 1970 of the years 1 to 9999, which the hand-written path writes.
    static let fastRange: Range<Double> = -62_135_596_800 ..< 253_402_300_800

    /// The length of `YYYY-MM-DDTHH:MM:SSZ`.
    static let fastLength = 20

    static func fastString(_ seconds: Int64) -> String {
        String(unsafeUninitializedCapacity: fastLength) { buffer in
            // A buffer from String's initialiser is never nil-based with a capacity of 20.
            guard let base = buffer.baseAddress else { return 0 }
            writeFast(seconds, to: base)
            return fastLength
        }
    }

    /// Writes the 20 bytes of `YYYY-MM-DDTHH:MM:SSZ` from seconds since 1970 (in
    /// `fastRange`), UTC.
    static func writeFast(_ seconds: Int64, to bytes: UnsafeMutablePointer<UInt8>) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let (year, month, day) = CalendarDay.civil(fromDays: Int(days))
        func two(_ value: Int, at offset: Int) {
            bytes[offset] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / 10)
            bytes[offset + 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
        }
        two(year / 100, at: 0)
        two(year % 100, at: 2)
        bytes[4] = UInt8(ascii: "-")
        two(month, at: 5)
        bytes[7] = UInt8(ascii: "-")
        two(day, at: 8)
        bytes[10] = UInt8(ascii: "T")
        two(secondOfDay / 3600, at: 11)
        bytes[13] = UInt8(ascii: ":")
        two(secondOfDay / 60 % 60, at: 14)
        bytes[16] = UInt8(ascii: ":")
        two(secondOfDay % 60, at: 17)
        bytes[19] = UInt8(ascii: "Z")
    }

    /// Reads exactly `YYYY-MM-DDTHH:MM:SSZ` with every field in range; nil for anything else.
    static func fastDate(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { fastDate(utf8: $0) }
    }

    /// `fastDate` on the bytes of the text, so the progress reader needs no String for a time.
    static func fastDate(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count == fastLength, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[19] == UInt8(ascii: "Z") else { return nil }
        // Every digit is checked at once: `bad` collects any byte that is not one.
        var bad = false
        func digit(_ index: Int) -> Int {
            let value = bytes[index] &- UInt8(ascii: "0")
            bad = bad || value > 9
            return Int(value)
        }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let month = digit(5) * 10 + digit(6), day = digit(8) * 10 + digit(9)
        let hour = digit(11) * 10 + digit(12), minute = digit(14) * 10 + digit(15), second = digit(17) * 10 + digit(18)
        guard !bad, year >= 1, (1...12).contains(month), hour < 24, minute < 60, second < 60 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31)
        guard (1...monthDays).contains(day) else { return nil }
        // Civil date to days since 1970 (H. Hinnant's algorithm).
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
