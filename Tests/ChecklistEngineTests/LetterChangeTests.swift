import Foundation
import Testing
@testable import ChecklistEngine

/// The changes about who writes and the letters: what each records, what it refuses (leaving
/// the progress as it was), and the inverse that undoes it.
@Suite struct LetterChangeTests {
    let catalog: Catalog

    init() throws { catalog = try Fixtures.letterCatalog() }

    /// 10:00 UTC on `day`; days are said in UTC.
    @discardableResult
    func apply(_ change: ProgressChange, to progress: inout UserProgress, on day: String = "2026-03-15") throws -> ChangeOutcome {
        try progress.apply(change, catalog: catalog, at: Fixtures.time(day + "T10:00:00Z"), timeZone: Fixtures.utc)
    }

    func forum() throws -> UserProgress {
        var p = UserProgress()
        try apply(.addAccount(platform: "forum", label: nil), to: &p)
        return p
    }

    /// `change` is refused with `error` and changes nothing, history included.
    func expectRefused(_ change: ProgressChange, _ error: ProgressError, in progress: UserProgress, on day: String = "2026-03-15",
                       sourceLocation: SourceLocation = #_sourceLocation) {
        var p = progress
        #expect(throws: error, sourceLocation: sourceLocation) { try apply(change, to: &p, on: day) }
        #expect(p == progress, sourceLocation: sourceLocation)
    }

    // MARK: Holder and identifier

    @Test func addingAnAccountWithItsHolderAndIdentifier() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "forum", label: "@marie", holder: "  Marie Dupont ", identifier: "marie@example.org"), to: &p)
        let account = try #require(p.account(id: "forum"))
        #expect(account.holder == "Marie Dupont")
        #expect(account.identifier == "marie@example.org")
        #expect(p.history.map(\.action) == [.addAccount, .holder, .identifier])
        #expect(p.history[1].detail == "Marie Dupont")
    }

    @Test func settingAndRemovingTheHolderIsUndone() throws {
        var p = try forum()
        let set = try apply(.setHolder(account: "forum", holder: "Marie Dupont"), to: &p)
        #expect(set.inverse == .setHolder(account: "forum", holder: nil))
        let changed = try apply(.setHolder(account: "forum", holder: "Marie Curie"), to: &p)
        #expect(changed.inverse == .setHolder(account: "forum", holder: "Marie Dupont"))
        try apply(.setHolder(account: "forum", holder: "   "), to: &p)
        #expect(p.account(id: "forum")?.holder == nil)
        try apply(.setIdentifier(account: "forum", identifier: "u/marie"), to: &p)
        let undo = try apply(.setIdentifier(account: "forum", identifier: ""), to: &p)
        #expect(undo.inverse == .setIdentifier(account: "forum", identifier: "u/marie"))
        #expect(p.history.suffix(5).map(\.action) == [.holder, .holder, .holder, .identifier, .identifier])
    }

    @Test func aHolderOrIdentifierIsOneSafeLineOfAtMost200Characters() throws {
        let p = try forum()
        for bad in ["Marie\nDupont", "Marie\u{1b}[31m", "bidi \u{202E}x", "C1 \u{9b}x", String(repeating: "é", count: 201)] {
            expectRefused(.setHolder(account: "forum", holder: bad), .personalInvalid(field: .holder, limit: 200), in: p)
            expectRefused(.setIdentifier(account: "forum", identifier: bad), .personalInvalid(field: .identifier, limit: 200), in: p)
        }
        var q = UserProgress()
        #expect(throws: ProgressError.personalInvalid(field: .holder, limit: 200)) {
            try apply(.addAccount(platform: "forum", label: nil, holder: "a\tb"), to: &q)
        }
        #expect(q == UserProgress())
        var ok = p
        try apply(.setHolder(account: "forum", holder: String(repeating: "é", count: 200)), to: &ok)
        #expect(ok.account(id: "forum")?.holder?.count == 200)
    }

    // MARK: Letters

    @Test func theLettersFollowEachOtherByDefault() throws {
        var p = try forum()
        let sent = try apply(.sendLetter(account: "forum", kind: nil, on: nil), to: &p)
        #expect(sent.inverse == .restoreLetters(account: "forum", letters: []))
        try apply(.sendLetter(account: "forum", kind: nil, on: nil), to: &p, on: "2026-04-16")
        try apply(.sendLetter(account: "forum", kind: nil, on: nil), to: &p, on: "2026-05-01")
        let letters = try #require(p.account(id: "forum")?.letters)
        #expect(letters.map(\.kind) == [.objection, .reminder, .complaint])
        #expect(letters.map(\.sentOn) == [Fixtures.day("2026-03-15"), Fixtures.day("2026-04-16"), Fixtures.day("2026-05-01")])
        let last = try #require(p.history.last)
        #expect(last.action == .letterSent && last.letter == .complaint && last.day == Fixtures.day("2026-05-01"))
        // After the complaint nothing is due: a letter without a kind is an objection again.
        try apply(.sendLetter(account: "forum", kind: nil, on: nil), to: &p, on: "2026-05-02")
        #expect(p.account(id: "forum")?.letters.last?.kind == .objection)
    }

    @Test func aLetterRecordedLateGoesInItsPlace() throws {
        var p = try forum()
        try apply(.sendLetter(account: "forum", kind: .reminder, on: Fixtures.day("2026-04-20")), to: &p, on: "2026-04-21")
        try apply(.sendLetter(account: "forum", kind: .objection, on: Fixtures.day("2026-03-10")), to: &p, on: "2026-04-21")
        #expect(p.account(id: "forum")?.letters.map(\.kind) == [.objection, .reminder])
    }

    @Test func refusedLetterDays() throws {
        let p = try forum()
        expectRefused(.sendLetter(account: "forum", kind: nil, on: Fixtures.day("2026-03-16")),
                      .letterDayInFuture(day: Fixtures.day("2026-03-16")), in: p)
        expectRefused(.sendLetter(account: "forum", kind: nil, on: Fixtures.day("2018-05-24")),
                      .letterDayBeforeGDPR(day: Fixtures.day("2018-05-24")), in: p)
        var q = p
        try apply(.sendLetter(account: "forum", kind: nil, on: Fixtures.day("2018-05-25")), to: &q)
        try apply(.sendLetter(account: "forum", kind: .objection, on: Fixtures.day("2026-03-01")), to: &q)
        expectRefused(.sendLetter(account: "forum", kind: .objection, on: Fixtures.day("2026-03-01")),
                      .letterAlreadyRecorded(account: "forum", kind: .objection, day: Fixtures.day("2026-03-01")), in: q)
        expectRefused(.markAnswered(account: "forum", kind: nil, on: Fixtures.day("2026-02-28"), note: nil),
                      .letterDayBeforeLetter(day: Fixtures.day("2026-02-28"), sent: Fixtures.day("2026-03-01")), in: q)
        expectRefused(.markExtended(account: "forum", on: Fixtures.day("2026-03-20")), .letterDayInFuture(day: Fixtures.day("2026-03-20")), in: q)
    }

    @Test func noContactNoLetterToTheControllerButAComplaintStill() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "instagram", label: nil), to: &p)
        expectRefused(.sendLetter(account: "instagram", kind: nil, on: nil), .noPrivacyContact(platform: "Instagram", id: "instagram"), in: p)
        expectRefused(.sendLetter(account: "instagram", kind: .reminder, on: nil), .noPrivacyContact(platform: "Instagram", id: "instagram"), in: p)
        try apply(.sendLetter(account: "instagram", kind: .complaint, on: nil), to: &p)
        #expect(p.account(id: "instagram")?.letters.map(\.kind) == [.complaint])
        #expect(ProgressError.noPrivacyContact(platform: "Instagram", id: "instagram").message(in: .en)
            == "Instagram publishes no privacy contact that optout knows of, so a letter has nowhere to go: use its own form or settings (optout catalog show instagram).")
    }

    @Test func extendedAndAnsweredNeedALetter() throws {
        let p = try forum()
        expectRefused(.markExtended(account: "forum", on: nil), .noLetterSent(account: "forum"), in: p)
        expectRefused(.markAnswered(account: "forum", kind: nil, on: nil, note: nil), .noLetterSent(account: "forum"), in: p)
        var q = p
        try apply(.sendLetter(account: "forum", kind: .reminder, on: nil), to: &q)
        expectRefused(.markExtended(account: "forum", on: nil), .noObjectionToExtend(account: "forum"), in: q)
        expectRefused(.markAnswered(account: "forum", kind: .objection, on: nil, note: nil), .noLetterAwaitsAnswer(account: "forum"), in: q)
    }

    @Test func anExtensionOnceAndBeforeTheAnswer() throws {
        var p = try forum()
        try apply(.sendLetter(account: "forum", kind: nil, on: nil), to: &p)
        let extended = try apply(.markExtended(account: "forum", on: nil), to: &p, on: "2026-04-01")
        #expect(extended.inverse == .restoreLetters(account: "forum", letters: [Letter(kind: .objection, sentOn: Fixtures.day("2026-03-15"))]))
        #expect(p.account(id: "forum")?.letters.first?.extendedOn == Fixtures.day("2026-04-01"))
        #expect(p.history.last?.action == .letterExtended)
        expectRefused(.markExtended(account: "forum", on: nil), .letterAlreadyExtended(account: "forum", day: Fixtures.day("2026-04-01")),
                      in: p, on: "2026-04-02")
        var answered = p
        try apply(.markAnswered(account: "forum", kind: nil, on: nil, note: nil), to: &answered, on: "2026-05-01")
        if let index = answered.index(ofAccount: "forum") { answered.accounts[index].letters[0].extendedOn = nil }
        expectRefused(.markExtended(account: "forum", on: nil), .letterAlreadyAnswered(account: "forum", day: Fixtures.day("2026-05-01")),
                      in: answered, on: "2026-05-02")
    }

    @Test func theControllersAnswerAnswersTheObjectionItsReminderWasAbout() throws {
        var p = try forum()
        try apply(.sendLetter(account: "forum", kind: nil, on: nil), to: &p)
        try apply(.sendLetter(account: "forum", kind: nil, on: nil), to: &p, on: "2026-04-16")
        let before = try #require(p.account(id: "forum")?.letters)
        let outcome = try apply(.markAnswered(account: "forum", kind: nil, on: nil, note: "Refused:\u{1b}[2J legitimate\ninterest"), to: &p,
                                on: "2026-04-20")
        let letters = try #require(p.account(id: "forum")?.letters)
        #expect(letters.map(\.answeredOn) == [Fixtures.day("2026-04-20"), Fixtures.day("2026-04-20")])
        // The note goes with the letter answered, made safe as every note (the line break kept).
        #expect(letters.map(\.note) == [nil, "Refused:\u{FFFD}[2J legitimate\ninterest"])
        #expect(p.history.last?.detail == "Refused:\u{FFFD}[2J legitimate\ninterest")
        #expect(p.history.last?.letter == .reminder)
        #expect(outcome.inverse == .restoreLetters(account: "forum", letters: before))
        // Undo puts the letters back as they were, and says so in the history.
        let undone = try apply(#require(outcome.inverse), to: &p, on: "2026-04-20")
        #expect(p.account(id: "forum")?.letters == before)
        #expect(p.history.last?.action == .restoreLetters)
        #expect(undone.inverse == .restoreLetters(account: "forum", letters: letters))
        expectRefused(.markAnswered(account: "forum", kind: nil, on: nil, note: String(repeating: "x", count: 2001)),
                      .noteTooLong(limit: 2000), in: p, on: "2026-04-20")
    }

    @Test func anAuthoritysAnswerAnswersTheComplaintOnly() throws {
        var p = try forum()
        try apply(.sendLetter(account: "forum", kind: nil, on: nil), to: &p)
        try apply(.sendLetter(account: "forum", kind: .complaint, on: nil), to: &p, on: "2026-04-20")
        try apply(.markAnswered(account: "forum", kind: nil, on: nil, note: nil), to: &p, on: "2026-05-20")
        #expect(p.account(id: "forum")?.letters.map(\.answeredOn) == [nil, Fixtures.day("2026-05-20")])
        // The controller's answer after all, named by its letter.
        try apply(.markAnswered(account: "forum", kind: .objection, on: nil, note: nil), to: &p, on: "2026-05-21")
        #expect(p.account(id: "forum")?.letters.map(\.answeredOn) == [Fixtures.day("2026-05-21"), Fixtures.day("2026-05-20")])
        expectRefused(.markAnswered(account: "forum", kind: nil, on: nil, note: nil), .noLetterAwaitsAnswer(account: "forum"), in: p,
                      on: "2026-05-22")
    }

    @Test func removingAndRestoringAnAccountKeepsItsLetters() throws {
        var p = try forum()
        try apply(.setHolder(account: "forum", holder: "Marie"), to: &p)
        try apply(.sendLetter(account: "forum", kind: nil, on: nil), to: &p)
        let account = try #require(p.account(id: "forum"))
        let removed = try apply(.removeAccount(account: "forum"), to: &p)
        try apply(#require(removed.inverse), to: &p)
        #expect(p.account(id: "forum") == account)
    }

    @Test func tickingAPlatformWithoutSwitchSaysTheLetterIsTheWay() throws {
        var p = try forum()
        #expect(throws: ProgressError.nothingToTick(platform: "Forum", kind: .none, byLetter: true)) {
            try apply(.tick(account: "forum", step: "x", note: nil), to: &p)
        }
        #expect(ProgressError.nothingToTick(platform: "Forum", kind: .none, byLetter: true).message(in: .en)
            == "Forum has no switch or form to tick: the way is a letter to its privacy contact (optout letter write, then optout letter sent).")
        for language in Language.allCases {
            let message = ProgressError.nothingToTick(platform: "Forum", kind: .none, byLetter: true).message(in: language)
            #expect(message != ProgressError.nothingToTick(platform: "Forum", kind: .none, byLetter: false).message(in: language))
        }
    }

    @Test func everyLetterErrorIsOneSentenceInEachLanguage() {
        let day = Fixtures.day("2026-03-15")
        let errors: [ProgressError] = [
            .personalInvalid(field: .holder, limit: 200), .personalInvalid(field: .identifier, limit: 200),
            .noPrivacyContact(platform: "P", id: "p"), .letterAlreadyRecorded(account: "a", kind: .reminder, day: day),
            .noLetterSent(account: "a"), .noObjectionToExtend(account: "a"), .noLetterAwaitsAnswer(account: "a"),
            .letterAlreadyAnswered(account: "a", day: day), .letterAlreadyExtended(account: "a", day: day),
            .letterDayInFuture(day: day), .letterDayBeforeGDPR(day: day), .letterDayBeforeLetter(day: day, sent: day),
        ]
        for error in errors {
            let english = error.message(in: .en)
            #expect(!english.isEmpty && !english.contains("\n") && !english.contains("{"), "\(error)")
            for language in Language.allCases where language != .en {
                let text = error.message(in: language)
                #expect(text != english && !text.contains("\n") && !text.contains("{"), "\(error) in \(language)")
            }
        }
        #expect(ProgressError.letterDayBeforeGDPR(day: Fixtures.day("2017-01-01")).message(in: .fr)
            == "Le 1er janvier 2017 précède le 25 mai 2018, date d'application du RGPD : donnez le jour où la lettre est partie ou la réponse arrivée.")
    }
}
