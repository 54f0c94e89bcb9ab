import Foundation

/// The letters a time zone goes by in winter and in summer ("CET" and "CEST", "GMT" and
/// "BST"), read from the POSIX rule that ends the zone's tzdata file (`CET-1CEST,M3.5.0,…`).
/// Foundation on Linux only gives "GMT+2", and ICU's names cost time at start-up.
public struct ZoneLetters: Sendable, Equatable {
    public var standard: String
    public var daylight: String?

    public init(standard: String, daylight: String? = nil) {
        self.standard = standard
        self.daylight = daylight
    }

    /// nil when the zone has no file, or a rule with no letters (`<+03>-3`).
    public init?(timeZone: TimeZone, folder: String = "/usr/share/zoneinfo") {
        let name = timeZone.identifier
        guard !name.isEmpty, !name.hasPrefix("/"), !name.split(separator: "/").contains(".."),
              let data = FileManager.default.contents(atPath: folder + "/" + name), data.count < 1 << 20,
              let letters = Self.parse(tzif: data)
        else { return nil }
        self = letters
    }

    public func name(daylight isDaylight: Bool) -> String { isDaylight ? (daylight ?? standard) : standard }

    /// The rule is the last line of a version 2 or later TZif file, between two line feeds.
    static func parse(tzif data: Data) -> ZoneLetters? {
        let bytes = [UInt8](data)
        guard bytes.count > 5, bytes.starts(with: Array("TZif".utf8)), bytes[4] >= UInt8(ascii: "2"),
              bytes.last == 0x0A,
              let start = bytes.dropLast().lastIndex(of: 0x0A)
        else { return nil }
        return parse(rule: String(decoding: bytes[(start + 1)..<(bytes.count - 1)], as: UTF8.self))
    }

    /// `CET-1CEST,M3.5.0,M10.5.0/3` gives CET and CEST; `UTC0` gives UTC; a quoted name
    /// (`<+03>`) is only an offset, and gives nil.
    static func parse(rule: String) -> ZoneLetters? {
        var rest = Substring(rule)
        func letters() -> String? {
            let name = rest.prefix { $0.isASCII && $0.isLetter }
            guard name.count >= 3 else { return nil }
            rest = rest.dropFirst(name.count)
            return String(name)
        }
        guard let standard = letters() else { return nil }
        rest = rest.drop { $0 == "+" || $0 == "-" || $0 == ":" || $0.isNumber }
        return ZoneLetters(standard: standard, daylight: letters())
    }
}
