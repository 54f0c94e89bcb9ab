import Foundation

/// The JSON shape of the progress file: ISO 8601 UTC times, sorted keys, readable layout.
public enum ProgressCoding {
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.string(date))
        }
        return encoder
    }

    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.date(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO 8601 time")
            }
            return date
        }
        return decoder
    }

    /// The progress file's bytes: the hand-written encoder when it can, else `encoder`; the
    /// same bytes either way.
    public static func encode(_ progress: UserProgress) throws -> Data {
        if let data = ProgressJSON.encode(progress) { return data }
        return try encoder.encode(progress)
    }

    /// A short, safe description of a decoding error: what is wrong and where.
    public static func describe(_ error: Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let parts = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return parts.isEmpty ? "the top level" : String(parts.drop { $0 == "." })
        }
        switch error {
        case DecodingError.dataCorrupted(let context):
            if context.codingPath.isEmpty { return "it is not valid JSON (truncated or damaged)" }
            return "bad value at \(path(context))"
        case DecodingError.keyNotFound(let key, let context):
            return "'\(key.stringValue)' is missing at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "unexpected kind of value at \(path(context))"
        default:
            return SafeText.line(String(describing: error).prefix(200).description)
        }
    }
}

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

    static func fastString(_ seconds: Int64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        appendFast(seconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `YYYY-MM-DDTHH:MM:SSZ` from seconds since 1970, UTC (days to civil date: H. Hinnant's algorithm).
    static func appendFast(_ seconds: Int64, to output: inout [UInt8]) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        let year = Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
        var bytes: (UInt64, UInt64, UInt32) = (0, 0, 0)  // 20 bytes on the stack
        withUnsafeMutableBytes(of: &bytes) { bytes in
        func put(_ value: Int, at offset: Int, digits: Int) {
            var value = value
            for index in stride(from: offset + digits - 1, through: offset, by: -1) {
                bytes[index] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
        }
        put(year, at: 0, digits: 4)
        bytes[4] = UInt8(ascii: "-")
        put(month, at: 5, digits: 2)
        bytes[7] = UInt8(ascii: "-")
        put(day, at: 8, digits: 2)
        bytes[10] = UInt8(ascii: "T")
        put(secondOfDay / 3600, at: 11, digits: 2)
        bytes[13] = UInt8(ascii: ":")
        put(secondOfDay / 60 % 60, at: 14, digits: 2)
        bytes[16] = UInt8(ascii: ":")
        put(secondOfDay % 60, at: 17, digits: 2)
        bytes[19] = UInt8(ascii: "Z")
        output.append(contentsOf: bytes)
        }
    }

    /// Reads exactly `YYYY-MM-DDTHH:MM:SSZ` with every field in range; nil for anything else.
    static func fastDate(_ text: String) -> Date? {
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Date? in
            guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                  bytes[19] == UInt8(ascii: "Z") else { return nil }
            func number(_ offset: Int, _ digits: Int) -> Int? {
                var value = 0
                for index in offset..<(offset + digits) {
                    let byte = bytes[index]
                    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                  year >= 1, (1...12).contains(month), hour < 24, minute < 60, second < 60 else { return nil }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
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
        } ?? nil
    }
}
