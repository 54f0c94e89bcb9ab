import Foundation

/// Dates and times said the way each language says them: "26 May 2025", "26. Mai 2025",
/// "26 de mayo de 2025", "3 juin 2025 à 09:12 CEST". For people; files keep ISO 8601.
///
/// The month names are here, in one table per language, so that they can move to the
/// language files with the other words. No ICU: the names are few and known, and the
/// zone's letters come from tzdata (`ZoneLetters`).
public struct SpokenDate: Sendable, Equatable {
    public var language: Language
    public var timeZone: TimeZone
    /// The zone's letters ("CET", "CEST"), or nil: the offset from UTC is said instead.
    public var zoneLetters: ZoneLetters?

    public init(_ language: Language, timeZone: TimeZone = .current, zoneLetters: ZoneLetters?? = nil) {
        self.language = language
        self.timeZone = timeZone
        self.zoneLetters = zoneLetters ?? ZoneLetters(timeZone: timeZone)
    }

    /// "26 May 2025", "1er mai 2025", "26. Mai 2025", "26 de mayo de 2025".
    public func day(_ day: CalendarDay) -> String { Self.day(day, in: language) }

    /// A day needs no zone: this reads no tzdata.
    public static func day(_ day: CalendarDay, in language: Language) -> String {
        let words = words(language)
        return say(day, month: words.months[day.month - 1], words.afterDay, words.beforeYear, words)
    }

    /// The day `date` falls on here.
    public func day(_ date: Date) -> String { day(CalendarDay(date, timeZone: timeZone)) }

    /// With the month shortened, for a column: "26 Sep 2025", "26 sept. 2025", "26. Sept. 2025".
    public func shortDay(_ day: CalendarDay) -> String {
        let words = Self.words(language)
        return Self.say(day, month: words.shortMonths[day.month - 1], words.shortAfterDay ?? words.afterDay,
                   words.shortBeforeYear ?? words.beforeYear, words)
    }

    public func shortDay(_ date: Date) -> String { shortDay(CalendarDay(date, timeZone: timeZone)) }

    /// The widest `shortDay` of any month (characters), so a column can hold every date.
    public var shortDayWidth: Int {
        let words = Self.words(language)
        let around = (words.shortAfterDay ?? words.afterDay).count + (words.shortBeforeYear ?? words.beforeYear).count
        return 2 + around + 4 + (words.shortMonths.map(\.count).max() ?? 0)
    }

    /// "09:12" in the local time.
    public func clock(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return Self.pad(minutes / 60) + ":" + Self.pad(minutes % 60)
    }

    /// A short day and the local clock, for a narrow place: "3 Jun 2025 09:12".
    public func shortDayTime(_ date: Date) -> String { shortDay(date) + " " + clock(date) }

    /// "3 June 2025, 09:12 CEST", "3 juin 2025 à 09:12 CEST", "3 juni 2025 om 09:12 UTC+02:00".
    public func dayTime(_ date: Date) -> String {
        day(date) + Self.words(language).atTime + clock(date) + " " + (zoneName(date) ?? offset(date))
    }

    /// As `dayTime`, and the offset from UTC too, for proof: "3 June 2025, 14:05 CEST (UTC+02:00)".
    public func dayTimeWithOffset(_ date: Date) -> String {
        let offset = offset(date)
        let letters = zoneName(date).flatMap { $0 == offset ? nil : " " + $0 } ?? ""
        return day(date) + Self.words(language).atTime + clock(date) + letters + " (" + offset + ")"
    }

    /// "UTC+02:00", or "UTC" when the zone is UTC.
    public func offset(_ date: Date) -> String {
        let seconds = timeZone.secondsFromGMT(for: date)
        guard seconds != 0 else { return "UTC" }
        let minutes = abs(seconds) / 60
        return "UTC" + (seconds < 0 ? "-" : "+") + Self.pad(minutes / 60) + ":" + Self.pad(minutes % 60)
    }

    /// The letters of the zone at `date`; "UTC" for UTC, which needs no tzdata.
    /// GMT at offset zero is said "UTC", as files say it.
    func zoneName(_ date: Date) -> String? {
        let utc = timeZone.secondsFromGMT(for: date) == 0
        if let zoneLetters {
            let name = zoneLetters.name(daylight: timeZone.isDaylightSavingTime(for: date))
            return utc && name == "GMT" ? "UTC" : name
        }
        return utc && ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Z"].contains(timeZone.identifier) ? "UTC" : nil
    }

    private static func say(_ day: CalendarDay, month: String, _ afterDay: String, _ beforeYear: String, _ words: Words) -> String {
        (day.day == 1 ? words.first : String(day.day)) + afterDay + month + beforeYear + String(day.year)
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    // MARK: The words, per language

    struct Words {
        var months: [String]
        var shortMonths: [String]
        /// How the first day of a month is written ("1er" in French).
        var first = "1"
        var afterDay = " "
        var beforeYear = " "
        /// The same around a short month, where they differ ("26 sept 2025" in Spanish).
        var shortAfterDay: String?
        var shortBeforeYear: String?
        /// Between the day and the clock.
        var atTime = ", "
    }

    static func words(_ language: Language) -> Words {
        switch language {
        case .en:
            Words(months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
                  shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
        case .fr:
            Words(months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
                  shortMonths: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
                  first: "1er", atTime: " à ")
        case .de:
            Words(months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
                  shortMonths: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
                  afterDay: ". ")
        case .es:
            Words(months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
                  shortMonths: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
                  afterDay: " de ", beforeYear: " de ", shortAfterDay: " ", shortBeforeYear: " ")
        case .it:
            Words(months: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
                  shortMonths: ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
                  first: "1º")
        case .nl:
            Words(months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
                  shortMonths: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
                  atTime: " om ")
        }
    }
}
