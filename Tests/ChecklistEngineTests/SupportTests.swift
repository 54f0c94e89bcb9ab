import Foundation
import Testing
@testable import ChecklistEngine

/// Text made safe for a terminal, text width, calendar days, times and the stable hash.
@Suite struct SupportTests {
    @Test func safeTextReplacesEveryControlCharacter() {
        #expect(SafeText.line("a\u{1B}[31mb") == "a\u{FFFD}[31mb")
        #expect(SafeText.line("one\ntwo\tthree\r") == "one two three ")
        #expect(SafeText.line("x\u{9B}y\u{7F}z") == "x\u{FFFD}y\u{FFFD}z")  // C1 CSI and DEL
        #expect(SafeText.line("evil\u{202E}txt.exe") == "evil\u{FFFD}txt.exe")  // bidi override
        #expect(SafeText.line("Grand-mère 👵 漢字") == "Grand-mère 👵 漢字")
        #expect(SafeText.block("a\nb\tc\r\n\u{07}") == "a\nb c\n\u{FFFD}")
        #expect(SafeText.containsUnsafe("a\u{1B}b"))
        #expect(!SafeText.containsUnsafe("a\nb"))
    }

    @Test func textWidthCountsTerminalColumns() {
        #expect(TextWidth.of("abc") == 3)
        #expect(TextWidth.of("é") == 1)
        #expect(TextWidth.of("e\u{301}") == 1)  // a combining accent
        #expect(TextWidth.of("漢字") == 4)
        #expect(TextWidth.of("👵") == 2)
        #expect(TextWidth.of("\u{1B}") == 0)
        #expect(TextWidth.truncate("Grand-mère", to: 6) == "Grand…")
        #expect(TextWidth.truncate("漢字漢字", to: 5) == "漢字…")
        #expect(TextWidth.pad("漢", to: 4) == "漢  ")
    }

    @Test func wrappingNeverLosesTextOrOverflows() {
        #expect(TextWidth.wrap("one two three", to: 7) == ["one two", "three"])
        #expect(TextWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWidth.wrap("a\n\nb", to: 5) == ["a", "", "b"])
        #expect(TextWidth.wrap("漢字漢字", to: 3) == ["漢", "字", "漢", "字"])
        // A character wider than the whole line gets a line of its own instead of looping for ever.
        #expect(TextWidth.wrap("漢字", to: 1) == ["漢", "字"])
        #expect(TextWidth.wrap("a 漢", to: 1) == ["a", "漢"])
        #expect(TextWidth.wrap("x", to: 0) == [])
    }

    /// Paragraphs found and printable ASCII wrapped on their bytes: the same lines as the
    /// character by character way, for texts of every shape (runs of spaces, words longer
    /// than a line, empty paragraphs, leading and trailing spaces, wide characters, marks,
    /// "\r\n", a mark after a line feed).
    @Test func wrappingASCIIOnBytesGivesTheSameLines() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let pieces = ["a", "to", "word", "opting-out", "https://help.example.com/settings/privacy", " ", "  ", "\n", "é", "x.y",
                      "漢字", "e\u{301}", "\r\n", "\n\u{301}"]
        for _ in 0..<400 {
            let text = (0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined(separator: next(3) == 0 ? "" : " ")
            let columns = 1 + next(30)
            #expect(TextWidth.wrap(text, to: columns, bytesForASCII: true) == TextWidth.wrap(text, to: columns, bytesForASCII: false),
                    "\(text.debugDescription) at \(columns)")
        }
        #expect(TextWidth.wrap("  a   b  ", to: 3) == ["a b"])
        #expect(TextWidth.wrap("ab abcdefg", to: 3) == ["ab", "abc", "def", "g"])
        #expect(TextWidth.wrap("   ", to: 3) == [""])
    }

    @Test func calendarDays() throws {
        #expect(CalendarDay("2025-02-28") != nil)
        #expect(CalendarDay("2025-02-29") == nil)
        #expect(CalendarDay("2024-02-29") != nil)
        #expect(CalendarDay("2025-04-31") == nil)
        #expect(CalendarDay("2025-13-01") == nil)
        #expect(CalendarDay("25-01-01") == nil)
        #expect(CalendarDay("2025-1-01") == nil)
        #expect(CalendarDay("２０２５-01-01") == nil)  // full-width digits
        let day = try #require(CalendarDay("1970-01-02"))
        #expect(day.daysSinceEpoch == 1)
        #expect(day.description == "1970-01-02")
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(CalendarDay(Fixtures.time("2025-06-01T23:30:00Z"), timeZone: utc).description == "2025-06-01")
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        #expect(CalendarDay(Fixtures.time("2025-06-01T23:30:00Z"), timeZone: paris).description == "2025-06-02")
        for text in ["2000-02-29", "1999-12-31", "2038-01-19", "2100-03-01"] {
            let d = try #require(CalendarDay(text))
            let date = Date(timeIntervalSince1970: Double(d.daysSinceEpoch) * 86_400)
            #expect(CalendarDay(date, timeZone: utc) == d)
        }
    }

    @Test func catalogAge() throws {
        let platform = try Fixtures.platform(Fixtures.linkedinYAML)  // verified 2025-01-10, re-check every 90 days
        let today = try #require(CalendarDay("2025-04-10"))
        #expect(CatalogAge.days(platform, today: today) == 90)
        #expect(!CatalogAge.isDue(platform, today: today))
        #expect(CatalogAge.isDue(platform, today: try #require(CalendarDay("2025-04-11"))))
    }

    @Test func timestampsAreISO8601UTC() {
        let date = Fixtures.time("2025-06-01T10:00:00+02:00")
        #expect(Timestamp.string(date) == "2025-06-01T08:00:00Z")
        #expect(Timestamp.date("2025-06-01T08:00:00.250Z") == date.addingTimeInterval(0.25))
        #expect(Timestamp.date("yesterday") == nil)
    }

    @Test func theStableHashIsTheSameOnEveryRun() {
        var a = StableHash()
        a.combine("instagram")
        var b = StableHash()
        b.combine("instagram")
        #expect(a.hexDigest == b.hexDigest)
        #expect(a.hexDigest.count == 12)
        var c = StableHash()
        c.combine("insta")
        c.combine("gram")
        #expect(c.hexDigest != a.hexDigest)
        // A fixed value, so a revision never changes between builds or machines.
        var empty = StableHash()
        empty.combine("")
        #expect(empty.hexDigest == StableHash.fnv1aOf([0x1f]))
        // Non-ASCII text hashes its UTF-8 bytes, bridged or native alike.
        for text in ["Désactivez l'usage", "個人情報", "emoji 🎉", String(repeating: "x", count: 1_000)] {
            var hash = StableHash()
            hash.combine(text)
            #expect(hash.hexDigest == StableHash.fnv1aOf(Array(text.utf8) + [0x1f]))
        }
    }

    @Test func theDigestKeepsItsLeadingZeros() {
        // Seeded search for states whose first hex digits are zeros: the digest pads them.
        var found = 0
        for seed in 0..<20_000 where found < 3 {
            let text = "seed-\(seed)"
            let expected = StableHash.fnv1aOf(Array(text.utf8) + [0x1f])
            guard expected.hasPrefix("0") else { continue }
            var hash = StableHash()
            hash.combine(text)
            #expect(hash.hexDigest == expected)
            found += 1
        }
        #expect(found == 3)
    }
}

extension StableHash {
    /// FNV-1a 64 of some bytes, computed here independently, as 12 hex digits.
    static func fnv1aOf(_ bytes: [UInt8]) -> String {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01b3
        }
        let hex = String(state, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
    }
}
