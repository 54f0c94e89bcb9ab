import Foundation
import Testing
@testable import ChecklistEngine

/// An account's status and next letter across the legal deadline, on a fixed clock.
@Suite struct LetterStatusTests {
    let catalog: Catalog

    init() throws { catalog = try Fixtures.letterCatalog() }

    /// Noon UTC on `day`.
    static func noon(_ day: String) -> Date { Fixtures.time(day + "T12:00:00Z") }

    func evaluate(_ letters: [Letter], on day: String, platform: String = "forum", timeZone: TimeZone = Fixtures.utc) -> AccountEvaluation {
        let account = Account(id: platform, platform: platform, created: Fixtures.time("2026-01-01T00:00:00Z"), letters: letters)
        return StatusEvaluator(catalog: catalog, now: Self.noon(day), timeZone: timeZone).evaluate(account)
    }

    static let objection = Letter(kind: .objection, sentOn: Fixtures.day("2026-03-15"))

    @Test func acrossTheDueDay() {
        let before = evaluate([Self.objection], on: "2026-04-14")
        #expect(before.status == .submitted)
        #expect(before.letters.awaitingUntil == Fixtures.day("2026-04-15"))
        #expect(before.letters.next == .init(kind: .reminder, from: Fixtures.day("2026-04-16")))
        #expect(before.letters.due == nil)
        #expect(before.letters.summary(in: .en) == "awaiting an answer until 15 April 2026")

        let dueDay = evaluate([Self.objection], on: "2026-04-15")
        #expect(dueDay.status == .submitted)
        #expect(dueDay.letters.awaitingUntil == Fixtures.day("2026-04-15"))
        #expect(!dueDay.letters.isOverdue)

        let after = evaluate([Self.objection], on: "2026-04-16")
        #expect(after.status == .overdue)
        #expect(after.letters.isOverdue)
        #expect(after.letters.awaitingUntil == nil)
        #expect(after.letters.due == .init(kind: .reminder, from: Fixtures.day("2026-04-16")))
        #expect(after.letters.summary(in: .en) == "the answer was due on 15 April 2026; time to send the reminder")
        #expect(after.letters.summary(in: .fr) == "la réponse était due le 15 avril 2026 ; il est temps d'envoyer la relance")
    }

    /// The day is the user's: 23:30 UTC on the due day is already the next day in Paris.
    @Test func todayIsTheUsersDay() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let account = Account(id: "forum", platform: "forum", created: Fixtures.t0, letters: [Self.objection])
        let late = Fixtures.time("2026-04-15T23:30:00Z")
        #expect(StatusEvaluator(catalog: catalog, now: late, timeZone: Fixtures.utc).evaluate(account).status == .submitted)
        #expect(StatusEvaluator(catalog: catalog, now: late, timeZone: paris).evaluate(account).status == .overdue)
    }

    @Test func anExtensionMovesTheDayTwoMonthsWhenSaidInTime() {
        var extended = Self.objection
        extended.extendedOn = Fixtures.day("2026-04-01")
        #expect(evaluate([extended], on: "2026-04-16").status == .submitted)
        #expect(evaluate([extended], on: "2026-06-15").letters.awaitingUntil == Fixtures.day("2026-06-15"))
        #expect(evaluate([extended], on: "2026-06-16").status == .overdue)
        #expect(evaluate([extended], on: "2026-06-16").letters.next == .init(kind: .reminder, from: Fixtures.day("2026-06-16")))
        // Said after the first month: the day does not move.
        extended.extendedOn = Fixtures.day("2026-04-20")
        #expect(evaluate([extended], on: "2026-04-20").status == .overdue)
    }

    @Test func theReminderThenTheComplaint() {
        let reminder = Letter(kind: .reminder, sentOn: Fixtures.day("2026-04-16"))
        let reminded = evaluate([Self.objection, reminder], on: "2026-04-30")
        #expect(reminded.status == .overdue)
        #expect(reminded.letters.next == .init(kind: .complaint, from: Fixtures.day("2026-05-01")))
        #expect(reminded.letters.due == nil)
        #expect(reminded.letters.summary(in: .en) == "the answer was due on 15 April 2026; complaint from 1 May 2026")
        #expect(evaluate([Self.objection, reminder], on: "2026-05-01").letters.due?.kind == .complaint)

        // The complaint sent: nothing more to send, still overdue (the controller never answered).
        let complaint = Letter(kind: .complaint, sentOn: Fixtures.day("2026-05-02"))
        let complained = evaluate([Self.objection, reminder, complaint], on: "2026-05-03")
        #expect(complained.status == .overdue)
        #expect(complained.letters.next == nil)
        #expect(complained.letters.complainedOn == Fixtures.day("2026-05-02"))
        #expect(complained.urgency == 1)
    }

    /// A reminder sent early: the complaint waits for the later of the two days.
    @Test func anEarlyReminderWaitsForTheMonth() {
        let early = Letter(kind: .reminder, sentOn: Fixtures.day("2026-03-20"))
        let e = evaluate([Self.objection, early], on: "2026-04-01")
        #expect(e.status == .submitted)
        #expect(e.letters.next == .init(kind: .complaint, from: Fixtures.day("2026-04-16")))
    }

    @Test func anAnswerSettlesItAndANewObjectionStartsOver() {
        var answered = Self.objection
        answered.answeredOn = Fixtures.day("2026-05-20")
        answered.note = "Refused."
        let e = evaluate([answered], on: "2026-06-01")
        #expect(e.status == .optedOut)
        #expect(e.letters.next == nil)
        #expect(e.letters.answeredOn == Fixtures.day("2026-05-20"))
        #expect(e.letters.summary(in: .en) == "answered on 20 May 2026")
        #expect(e.urgency == 2)

        let again = Letter(kind: .objection, sentOn: Fixtures.day("2027-01-10"))
        let restarted = evaluate([answered, again], on: "2027-02-11")
        #expect(restarted.status == .overdue)
        #expect(restarted.letters.next?.kind == .reminder)
    }

    @Test func theLetterRouteOfAPlatformWithoutSwitch() {
        // No letter yet: something to do, not "no opt-out".
        #expect(evaluate([], on: "2026-04-01").status == .notStarted)
        #expect(evaluate([], on: "2026-04-01").letters.summary(in: .en) == nil)
        // Without a contact, nothing to do.
        #expect(evaluate([], on: "2026-04-01", platform: "noopt").status == .unavailable)
        // On a platform with steps, the letter is another route to the same milestones.
        #expect(evaluate([Self.objection], on: "2026-04-01", platform: "linkedin").status == .submitted)
        #expect(evaluate([Self.objection], on: "2026-04-16", platform: "linkedin").status == .overdue)
        // A complaint alone is no request to the controller.
        #expect(evaluate([Letter(kind: .complaint, sentOn: Fixtures.day("2026-03-15"))], on: "2026-08-01").status == .notStarted)
    }

    @Test func aCoveredOrReviewedAccountKeepsItsStatusButStillSortsFirst() {
        var account = Account(id: "forum", platform: "forum", created: Fixtures.t0, coveredBy: "other", letters: [Self.objection])
        let e = StatusEvaluator(catalog: catalog, now: Self.noon("2026-05-01"), timeZone: Fixtures.utc).evaluate(account)
        #expect(e.status == .covered)
        #expect(e.urgency == 0)
        account.coveredBy = nil
        #expect(StatusEvaluator(catalog: catalog, now: Self.noon("2026-05-01"), timeZone: Fixtures.utc).evaluate(account).status == .overdue)
    }

    @Test func whatNeedsDoingComesFirst() {
        let catalog = self.catalog
        func account(_ id: String, _ letters: [Letter]) -> Account {
            Account(id: id, platform: "forum", created: Fixtures.t0, letters: letters)
        }
        let complaint = Letter(kind: .complaint, sentOn: Fixtures.day("2026-05-02"))
        let waiting = Letter(kind: .objection, sentOn: Fixtures.day("2026-04-20"))
        let progress = UserProgress(accounts: [
            account("a-nothing", []), account("b-complained", [Self.objection, complaint]), account("c-waiting", [waiting]),
            account("d-reminder", [Self.objection]), account("e-nothing", []),
        ])
        let evaluations = StatusEvaluator(catalog: catalog, now: Self.noon("2026-05-03"), timeZone: Fixtures.utc).evaluate(progress)
        #expect(AccountEvaluation.byUrgency(evaluations).map(\.account.id) == ["d-reminder", "b-complained", "a-nothing", "c-waiting", "e-nothing"])
    }

    @Test func statusTextCountsTheLettersDue() {
        let reminder = Letter(kind: .reminder, sentOn: Fixtures.day("2026-04-16"))
        let progress = UserProgress(accounts: [
            Account(id: "forum", platform: "forum", created: Fixtures.t0, letters: [Self.objection]),
            Account(id: "forum-2", platform: "forum", created: Fixtures.t0, letters: [Self.objection]),
            Account(id: "forum-3", platform: "forum", created: Fixtures.t0, letters: [Self.objection, reminder]),
            Account(id: "linkedin", platform: "linkedin", created: Fixtures.t0),
        ])
        let evaluations = StatusEvaluator(catalog: catalog, now: Self.noon("2026-05-01"), timeZone: Fixtures.utc).evaluate(progress)
        let text = StatusText(language: .en, unicode: false, timeZone: Fixtures.utc).render(evaluations, addKey: "a")
        #expect(text.contains("2 accounts need a reminder\n"))
        #expect(text.contains("1 account needs a complaint\n"))
        #expect(text.contains("# overdue"))
        #expect(text.contains("forum-3: the answer was due on 15 April 2026; time to send the complaint"))
        // What needs doing first: the three overdue forum accounts, then linkedin.
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("# ") || $0.hasPrefix("- ") }
        #expect(rows.last?.contains("linkedin") == true)
        let fr = StatusText(language: .fr, unicode: true, timeZone: Fixtures.utc).render(evaluations, addKey: "a")
        #expect(fr.contains("2 comptes attendent une relance\n") && fr.contains("1 compte attend une plainte\n"))
        #expect(fr.contains("⚠ en retard"))
    }

    @Test func theOverdueStatusHasAWordAndASymbolInEveryLanguage() {
        for language in Language.allCases {
            #expect(!AccountStatus.overdue.label(in: language).isEmpty)
            for status in AccountStatus.allCases where status != .overdue {
                #expect(status.label(in: language) != AccountStatus.overdue.label(in: language), "\(language)")
            }
        }
        #expect(AccountStatus.overdue.symbol(unicode: true) == "⚠")
        #expect(AccountStatus.overdue.symbol(unicode: false) == "#")
        #expect(TextWidth.of(AccountStatus.overdue.symbol(unicode: true)) == 1)
        let symbols = AccountStatus.allCases.map { $0.symbol(unicode: false) }
        #expect(Set(symbols).count == symbols.count)
        #expect(!AccountStatus.overdue.isSettled)
    }
}
