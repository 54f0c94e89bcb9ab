import Foundation
import Testing
@testable import ChecklistEngine

/// Days and times as each language says them; ISO 8601 stays in files.
@Suite struct SpokenDateTests {
    /// Each language's months, written out here apart from the table they test.
    static let months: [Language: [String]] = [
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        .fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        .de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        .es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        .it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        .nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    ]

    /// How each language writes day `day` of `month` (a name) in `year`.
    static func expected(_ language: Language, day: Int, month: String, year: Int) -> String {
        switch language {
        case .en: "\(day) \(month) \(year)"
        case .fr: "\(day == 1 ? "1er" : String(day)) \(month) \(year)"
        case .de: "\(day). \(month) \(year)"
        case .es: "\(day) de \(month) de \(year)"
        case .it: "\(day == 1 ? "1º" : String(day)) \(month) \(year)"
        case .nl: "\(day) \(month) \(year)"
        }
    }

    @Test(arguments: Language.allCases)
    func theFirstAndLastDayOfEveryMonth(_ language: Language) throws {
        let names = try #require(Self.months[language])
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for month in 1...12 {
            for day in [1, lengths[month - 1]] {
                let date = try #require(CalendarDay(year: 2025, month: month, day: day))
                #expect(SpokenDate.day(date, in: language) == Self.expected(language, day: day, month: names[month - 1], year: 2025))
            }
        }
        let leap = try #require(CalendarDay(year: 2028, month: 2, day: 29))
        #expect(SpokenDate.day(leap, in: language) == Self.expected(language, day: 29, month: names[1], year: 2028))
    }

    @Test func theIssuesExamples() throws {
        let day = try #require(CalendarDay("2025-05-26"))
        #expect(Language.allCases.map { SpokenDate.day(day, in: $0) }
            == ["26 May 2025", "26 mai 2025", "26. Mai 2025", "26 de mayo de 2025", "26 maggio 2025", "26 mei 2025"])
    }

    @Test func shortDaysFitTheirColumn() throws {
        for language in Language.allCases {
            let dates = SpokenDate(language, timeZone: try #require(TimeZone(identifier: "UTC")), zoneLetters: .some(nil))
            for month in 1...12 {
                let day = try #require(CalendarDay(year: 2026, month: month, day: 28))
                #expect(dates.shortDay(day).count <= dates.shortDayWidth, "\(language) \(dates.shortDay(day))")
            }
        }
        let september = try #require(CalendarDay("2025-09-26"))
        #expect(Language.allCases.map { SpokenDate($0, zoneLetters: .some(nil)).shortDay(september) }
            == ["26 Sep 2025", "26 sept. 2025", "26. Sept. 2025", "26 sept 2025", "26 set 2025", "26 sep 2025"])
    }

    @Test func timesNameTheirZone() throws {
        let paris = try #require(TimeZone(secondsFromGMT: 2 * 3600))
        let summer = ZoneLetters(standard: "CET", daylight: "CEST")
        let june = try #require(Timestamp.date("2025-06-03T07:12:00Z"))
        // A fixed zone is never in daylight time: the letters are given as the standard ones.
        let fixed = SpokenDate(.en, timeZone: paris, zoneLetters: .some(ZoneLetters(standard: "CEST")))
        #expect(fixed.dayTime(june) == "3 June 2025, 09:12 CEST")
        #expect(fixed.dayTimeWithOffset(june) == "3 June 2025, 09:12 CEST (UTC+02:00)")
        let french = SpokenDate(.fr, timeZone: paris, zoneLetters: .some(ZoneLetters(standard: "CEST")))
        #expect(french.dayTime(june) == "3 juin 2025 à 09:12 CEST")
        let dutch = SpokenDate(.nl, timeZone: paris, zoneLetters: .some(nil))
        #expect(dutch.dayTime(june) == "3 juni 2025 om 09:12 UTC+02:00", "no letters: the offset")
        #expect(dutch.dayTimeWithOffset(june) == "3 juni 2025 om 09:12 (UTC+02:00)")
        #expect(summer.name(daylight: true) == "CEST" && summer.name(daylight: false) == "CET")
        let utc = SpokenDate(.de, timeZone: try #require(TimeZone(identifier: "UTC")), zoneLetters: .some(nil))
        #expect(utc.dayTime(june) == "3. Juni 2025, 07:12 UTC")
        #expect(utc.dayTimeWithOffset(june) == "3. Juni 2025, 07:12 (UTC)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Berlin")))
    func tzdataGivesTheLettersOfARealZone() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let dates = SpokenDate(.de, timeZone: berlin)
        #expect(dates.dayTime(try #require(Timestamp.date("2025-06-03T07:12:00Z"))) == "3. Juni 2025, 09:12 CEST")
        #expect(dates.dayTime(try #require(Timestamp.date("2025-01-03T07:12:00Z"))) == "3. Januar 2025, 08:12 CET")
    }

    @Test func theRuleAtTheEndOfATzdataFileGivesTheLetters() {
        #expect(ZoneLetters.parse(rule: "CET-1CEST,M3.5.0,M10.5.0/3") == ZoneLetters(standard: "CET", daylight: "CEST"))
        #expect(ZoneLetters.parse(rule: "GMT0BST,M3.5.0/1,M10.5.0") == ZoneLetters(standard: "GMT", daylight: "BST"))
        #expect(ZoneLetters.parse(rule: "UTC0") == ZoneLetters(standard: "UTC"))
        #expect(ZoneLetters.parse(rule: "<+03>-3") == nil, "only an offset")
        #expect(ZoneLetters.parse(rule: "") == nil)
        var file = Data("TZif2".utf8) + Data(repeating: 0, count: 40)
        file += Data("\nEET-2EEST,M3.5.0/3,M10.5.0/4\n".utf8)
        #expect(ZoneLetters.parse(tzif: file) == ZoneLetters(standard: "EET", daylight: "EEST"))
        #expect(ZoneLetters.parse(tzif: Data("TZif\0 no footer".utf8)) == nil, "version 1 has no rule")
        #expect(ZoneLetters(timeZone: TimeZone(secondsFromGMT: 3600) ?? .current, folder: "/nonexistent") == nil)
    }
}
