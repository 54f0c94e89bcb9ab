import Foundation

/// The `Date:` of an email (RFC 5322 section 3.3, with the obsolete forms of section 4.3 that
/// old mailers still write): `Tue, 3 Jun 2025 09:12:44 +0200 (CEST)`, without the weekday,
/// without seconds, a one-digit day, a two-digit year, a zone name such as GMT or EST.
/// Computed by hand so the answer never depends on the machine's calendar or time zone.
public enum EmailDate {
    /// The instant the header names, or nil when it is not a date.
    public static func parse(_ text: String) -> Date? {
        var tokens = withoutComments(text).replacingOccurrences(of: ",", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }).map { $0.lowercased() }
        if let first = tokens.first, first.allSatisfy(\.isLetter), month(first) == nil {
            guard weekdays.contains(where: { first.hasPrefix($0) }) else { return nil }
            tokens.removeFirst()
        }
        guard tokens.count == 4 || tokens.count == 5 else { return nil }
        // Day then month as the RFC says; month then day as some mailers write it.
        let dayText: String
        let monthNumber: Int
        if let number = month(tokens[1]) {
            (dayText, monthNumber) = (tokens[0], number)
        } else if let number = month(tokens[0]) {
            (dayText, monthNumber) = (tokens[1], number)
        } else {
            return nil
        }
        guard let day = number(dayText, digits: 1...2), let year = year(tokens[2]),
              let (hour, minute, second) = time(tokens[3]),
              let offset = tokens.count == 5 ? zoneOffset(tokens[4]) : 0
        else { return nil }
        guard (1...daysIn(month: monthNumber, year: year)).contains(day) else { return nil }
        let days = daysSinceEpoch(year: year, month: monthNumber, day: day)
        let seconds = ((days * 24 + hour) * 60 + minute) * 60 + second - offset * 60
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Minutes east of UTC for the zones RFC 5322 names (military letters and unknown
    /// `-0000` mean "not said": UTC), and the European names mailers put in place of an offset.
    private static let zones: [String: Int] = [
        "ut": 0, "gmt": 0, "utc": 0, "z": 0,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "wet": 0, "west": 60, "bst": 60, "cet": 60, "cest": 120, "met": 60, "mest": 120, "eet": 120, "eest": 180,
    ]

    private static func month(_ token: String) -> Int? {
        guard token.count >= 3, token.allSatisfy(\.isLetter) else { return nil }
        return months.firstIndex(of: String(token.prefix(3))).map { $0 + 1 }
    }

    private static func number(_ token: some StringProtocol, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(token.count), token.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(token)
    }

    /// Four digits, or the obsolete two (below 50 is 20xx) and three (plus 1900).
    private static func year(_ token: String) -> Int? {
        guard let value = number(token, digits: 2...4) else { return nil }
        switch token.count {
        case 2: return value < 50 ? 2000 + value : 1900 + value
        case 3: return 1900 + value
        default: return value >= 1900 ? value : nil
        }
    }

    private static func time(_ token: String) -> (Int, Int, Int)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              let hour = number(parts[0], digits: 1...2), let minute = number(parts[1], digits: 2...2),
              hour < 24, minute < 60
        else { return nil }
        guard parts.count == 3 else { return (hour, minute, 0) }
        // 60 is a leap second: the same minute's last second.
        guard let second = number(parts[2], digits: 2...2), second <= 60 else { return nil }
        return (hour, minute, min(second, 59))
    }

    private static func zoneOffset(_ token: String) -> Int? {
        if let sign = token.first, sign == "+" || sign == "-", let value = number(token.dropFirst(), digits: 4...4) {
            let (hours, minutes) = (value / 100, value % 100)
            guard hours <= 23, minutes < 60 else { return nil }
            return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
        }
        if let offset = zones[token] { return offset }
        if token.count == 1, let letter = token.first, letter.isLetter, letter != "j" { return 0 }
        return nil
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The text without its comments, `(CEST)` and the like, nested ones too.
    private static func withoutComments(_ text: String) -> String {
        var depth = 0
        var output = ""
        var escaped = false
        for character in text {
            if depth > 0, escaped {
                escaped = false
                continue
            }
            switch character {
            case "(": depth += 1
            case ")" where depth > 0: depth -= 1
            case "\\" where depth > 0: escaped = true
            default: if depth == 0 { output.append(character) }
            }
        }
        return output
    }
}
