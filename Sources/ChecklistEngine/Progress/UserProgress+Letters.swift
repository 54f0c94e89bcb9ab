import Foundation

/// The changes about who writes and the letters sent: checked whole before anything changes,
/// so a refused one leaves the progress as it was; each undone by the change it returns.
extension UserProgress {
    /// Longest holder or identifier, in characters.
    public static let maximumPersonalLength = 200

    /// The two facts about the person a letter needs.
    public enum PersonalField: Sendable, Equatable {
        case holder
        case identifier
    }

    mutating func setPersonal(_ field: PersonalField, _ value: String?, of reference: String, at now: Date) throws(ProgressError) -> ChangeOutcome {
        let index = try accountIndex(reference)
        let value = try Self.validPersonal(value, field)
        let account = accounts[index]
        switch field {
        case .holder:
            accounts[index].holder = value
            record(now, .holder, account.id, account.platform, detail: value)
            return ChangeOutcome(account: account.id, inverse: .setHolder(account: account.id, holder: account.holder))
        case .identifier:
            accounts[index].identifier = value
            record(now, .identifier, account.id, account.platform, detail: value)
            return ChangeOutcome(account: account.id, inverse: .setIdentifier(account: account.id, identifier: account.identifier))
        }
    }

    /// One line of at most `maximumPersonalLength` characters with no control character;
    /// empty (or blank) removes it.
    public static func validPersonal(_ value: String?, _ field: PersonalField) throws(ProgressError) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return nil }
        guard trimmed.count <= maximumPersonalLength, !trimmed.unicodeScalars.contains(where: SafeText.isUnsafe) else {
            throw .personalInvalid(field: field, limit: maximumPersonalLength)
        }
        return trimmed
    }

    // MARK: Letters

    mutating func restoreLetters(_ reference: String, _ letters: [Letter], at now: Date) throws(ProgressError) -> ChangeOutcome {
        let index = try accountIndex(reference)
        let account = accounts[index]
        accounts[index].letters = letters
        record(now, .restoreLetters, account.id, account.platform)
        return Self.restoring(account)
    }

    mutating func sendLetter(
        _ reference: String, kind: Letter.Kind?, on day: CalendarDay?, catalog: Catalog, at now: Date, today: CalendarDay
    ) throws(ProgressError) -> ChangeOutcome {
        let index = try accountIndex(reference)
        let account = accounts[index]
        let kind = kind ?? LetterStanding(letters: account.letters, today: today).next?.kind ?? .objection
        // A complaint goes to an authority: it needs no contact of the platform.
        if kind.goesToController {
            let platform = catalog.platform(id: account.platform)
            guard platform?.letterContact != nil else {
                throw .noPrivacyContact(platform: platform?.name ?? .brand(account.platform), id: account.platform)
            }
        }
        let day = try Self.validLetterDay(day ?? today, today: today)
        if account.letters.contains(where: { $0.kind == kind && $0.sentOn == day }) {
            throw .letterAlreadyRecorded(account: account.id, kind: kind, day: day)
        }
        // The letters stay in the order they went out: one recorded late goes in its place.
        let position = account.letters.lastIndex { $0.sentOn <= day }.map { $0 + 1 } ?? 0
        accounts[index].letters.insert(Letter(kind: kind, sentOn: day), at: position)
        record(now, .letterSent, account.id, account.platform, letter: kind, day: day)
        return Self.restoring(account)
    }

    mutating func markExtended(_ reference: String, on day: CalendarDay?, at now: Date, today: CalendarDay) throws(ProgressError) -> ChangeOutcome {
        let index = try accountIndex(reference)
        let account = accounts[index]
        guard !account.letters.isEmpty else { throw .noLetterSent(account: account.id) }
        guard let position = account.letters.lastIndex(where: { $0.kind == .objection }) else {
            throw .noObjectionToExtend(account: account.id)
        }
        let objection = account.letters[position]
        if let answered = objection.answeredOn { throw .letterAlreadyAnswered(account: account.id, day: answered) }
        if let extended = objection.extendedOn { throw .letterAlreadyExtended(account: account.id, day: extended) }
        let day = try Self.validLetterDay(day ?? today, today: today, notBefore: objection.sentOn)
        accounts[index].letters[position].extendedOn = day
        record(now, .letterExtended, account.id, account.platform, letter: .objection, day: day)
        return Self.restoring(account)
    }

    mutating func markAnswered(
        _ reference: String, kind: Letter.Kind?, on day: CalendarDay?, note: String?, at now: Date, today: CalendarDay
    ) throws(ProgressError) -> ChangeOutcome {
        let index = try accountIndex(reference)
        let account = accounts[index]
        guard !account.letters.isEmpty else { throw .noLetterSent(account: account.id) }
        let letters = account.letters
        guard let position = letters.lastIndex(where: { $0.answeredOn == nil && (kind == nil || $0.kind == kind) }) else {
            throw .noLetterAwaitsAnswer(account: account.id)
        }
        let answered = letters[position]
        let day = try Self.validLetterDay(day ?? today, today: today, notBefore: answered.sentOn)
        let note = try Self.validNote(note)
        // The controller's answer answers the earlier letters it was still owed since the last
        // objection (the objection a reminder was about); an authority's answers its complaint.
        var first = position
        if answered.kind.goesToController {
            while first > 0, letters[first - 1].kind.goesToController, letters[first].kind != .objection { first -= 1 }
        }
        for other in first..<position where letters[other].answeredOn == nil && letters[other].kind.goesToController {
            accounts[index].letters[other].answeredOn = day
        }
        accounts[index].letters[position].answeredOn = day
        accounts[index].letters[position].note = note
        record(now, .letterAnswered, account.id, account.platform, detail: note, letter: answered.kind, day: day)
        return Self.restoring(account)
    }

    /// The change that puts the account's letters back as they are in `account`.
    private static func restoring(_ account: Account) -> ChangeOutcome {
        ChangeOutcome(account: account.id, inverse: .restoreLetters(account: account.id, letters: account.letters))
    }

    /// The day a letter was sent, extended or answered: not after today, not before the GDPR
    /// applied, not before the letter it is about.
    static func validLetterDay(_ day: CalendarDay, today: CalendarDay, notBefore earliest: CalendarDay? = nil) throws(ProgressError) -> CalendarDay {
        if day > today { throw .letterDayInFuture(day: day) }
        if day < CalendarDay.gdprApplies { throw .letterDayBeforeGDPR(day: day) }
        if let earliest, day < earliest { throw .letterDayBeforeLetter(day: day, sent: earliest) }
        return day
    }
}
