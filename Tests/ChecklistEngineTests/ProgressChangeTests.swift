import Foundation
import Testing
@testable import ChecklistEngine

/// Changes to the progress: accounts, labels, ticks, notes, covers, how ACCOUNT resolves,
/// the history, and the inverse of every change (undo).
@Suite struct ProgressChangeTests {
    let catalog: Catalog

    init() throws { catalog = try Fixtures.catalog() }

    @discardableResult
    func apply(_ change: ProgressChange, to progress: inout UserProgress, at: Date = Fixtures.t1) throws -> ChangeOutcome {
        try progress.apply(change, catalog: catalog, at: at)
    }

    // MARK: Accounts

    @Test func accountIDsArePlatformThenNumberedAndNeverReused() throws {
        var p = UserProgress()
        #expect(try apply(.addAccount(platform: "instagram", label: nil), to: &p).account == "instagram")
        #expect(try apply(.addAccount(platform: "instagram", label: "@marie"), to: &p).account == "instagram-2")
        try apply(.removeAccount(account: "instagram-2"), to: &p)
        #expect(try apply(.addAccount(platform: "instagram", label: nil), to: &p).account == "instagram-3")
        try apply(.removeAccount(account: "instagram"), to: &p)
        #expect(try apply(.addAccount(platform: "instagram", label: nil), to: &p).account == "instagram-4")
        #expect(p.accounts.map(\.id) == ["instagram-3", "instagram-4"])
        #expect(p.account(id: "instagram-3")?.created == Fixtures.t1)
    }

    @Test func addingAnUnknownPlatformIsRefused() {
        var p = UserProgress()
        #expect(throws: ProgressError.noSuchPlatform(id: "myspace")) {
            try apply(.addAccount(platform: "myspace", label: nil), to: &p)
        }
        #expect(p == UserProgress())
    }

    @Test func labelsAreTrimmedUniqueAndOneSafeLine() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "instagram", label: "  @marie  "), to: &p)
        #expect(p.account(id: "instagram")?.label == "@marie")
        #expect(p.account(id: "instagram")?.displayName == "@marie")
        #expect(throws: ProgressError.labelTaken(label: "@marie")) {
            try apply(.addAccount(platform: "facebook", label: "@marie"), to: &p)
        }
        #expect(throws: ProgressError.labelInvalid) {
            try apply(.addAccount(platform: "facebook", label: "bad\u{1B}[31mlabel"), to: &p)
        }
        #expect(throws: ProgressError.labelInvalid) {
            try apply(.addAccount(platform: "facebook", label: "two\nlines"), to: &p)
        }
        #expect(throws: ProgressError.labelInvalid) {
            try apply(.addAccount(platform: "facebook", label: String(repeating: "é", count: UserProgress.maximumLabelLength + 1)), to: &p)
        }
        try apply(.addAccount(platform: "facebook", label: "   "), to: &p)
        #expect(p.account(id: "facebook")?.label == nil)
        #expect(p.account(id: "facebook")?.displayName == "facebook")
        #expect(p.accounts.count == 2)
    }

    @Test func relabelling() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "instagram", label: "@marie"), to: &p)
        try apply(.addAccount(platform: "facebook", label: "Grand-mère"), to: &p)
        #expect(throws: ProgressError.labelTaken(label: "Grand-mère")) {
            try apply(.relabel(account: "instagram", label: "Grand-mère"), to: &p)
        }
        try apply(.relabel(account: "instagram", label: "@marie"), to: &p)  // its own label is fine
        try apply(.relabel(account: "@marie", label: "@marie.d"), to: &p)
        #expect(p.account(id: "instagram")?.label == "@marie.d")
        try apply(.relabel(account: "instagram", label: ""), to: &p)
        #expect(p.account(id: "instagram")?.label == nil)
    }

    // MARK: Ticks

    @Test func aTickRecordsTimeAndRevisions() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "instagram", label: nil), to: &p, at: Fixtures.t0)
        try apply(.tick(account: "instagram", step: "open-form", note: nil), to: &p, at: Fixtures.t2)
        let tick = try #require(p.account(id: "instagram")?.ticks["open-form"])
        #expect(tick.at == Fixtures.t2)
        #expect(tick.catalogRevision == catalog.revision)
        #expect(tick.stepRevision == catalog.platform(id: "instagram")?.step(id: "open-form")?.revision)
    }

    @Test func whatCannotBeTicked() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "instagram", label: nil), to: &p)
        try apply(.addAccount(platform: "noopt", label: nil), to: &p)
        let before = p
        #expect(throws: ProgressError.stepHasSubsteps(step: "object")) {
            try apply(.tick(account: "instagram", step: "object", note: nil), to: &p)
        }
        #expect(throws: ProgressError.nothingToTick(platform: "No Opt-Out", kind: .none, byLetter: false)) {
            try apply(.tick(account: "noopt", step: "anything", note: nil), to: &p)
        }
        #expect(throws: ProgressError.noSuchStep(account: "instagram", platform: "instagram", step: "nope")) {
            try apply(.tick(account: "instagram", step: "nope", note: nil), to: &p)
        }
        #expect(throws: ProgressError.noSuchAccount(reference: "tiktok")) {
            try apply(.tick(account: "tiktok", step: "open-form", note: nil), to: &p)
        }
        #expect(p == before, "a refused change changes nothing, not even the history")
        try apply(.tick(account: "instagram", step: "send", note: nil), to: &p)
        #expect(throws: ProgressError.alreadyDone(account: "instagram", step: "send")) {
            try apply(.tick(account: "instagram", step: "send", note: nil), to: &p, at: Fixtures.t2)
        }
        #expect(p.account(id: "instagram")?.ticks["send"]?.at == Fixtures.t1, "the first time stays")
    }

    @Test func untick() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "instagram", label: nil), to: &p)
        try apply(.tick(account: "instagram", step: "send", note: nil), to: &p)
        try apply(.untick(account: "instagram", step: "send"), to: &p, at: Fixtures.t2)
        #expect(p.account(id: "instagram")?.ticks.isEmpty == true)
        #expect(throws: ProgressError.notDone(account: "instagram", step: "send")) {
            try apply(.untick(account: "instagram", step: "send"), to: &p)
        }
        #expect(throws: ProgressError.noSuchStep(account: "instagram", platform: "instagram", step: "nope")) {
            try apply(.untick(account: "instagram", step: "nope"), to: &p)
        }
    }

    @Test func notes() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "instagram", label: nil), to: &p)
        try apply(.tick(account: "instagram", step: "send", note: "  reference 12345 \n"), to: &p)
        #expect(p.account(id: "instagram")?.notes["send"] == "reference 12345")
        try apply(.setNote(account: "instagram", step: "confirmation", note: "email of 3 June\nkept in Archive"), to: &p)
        #expect(p.account(id: "instagram")?.notes["confirmation"] == "email of 3 June\nkept in Archive")
        try apply(.setNote(account: "instagram", step: "send", note: "bell\u{07} and \u{1B}[2Jclear"), to: &p)
        let cleaned = try #require(p.account(id: "instagram")?.notes["send"])
        #expect(!SafeText.containsUnsafe(cleaned))
        try apply(.setNote(account: "instagram", step: "send", note: nil), to: &p)
        #expect(p.account(id: "instagram")?.notes["send"] == nil)
        try apply(.setNote(account: "instagram", step: "confirmation", note: "   "), to: &p)
        #expect(p.account(id: "instagram")?.notes["confirmation"] == nil)
        #expect(throws: ProgressError.noSuchStep(account: "instagram", platform: "instagram", step: "nope")) {
            try apply(.setNote(account: "instagram", step: "nope", note: "x"), to: &p)
        }
        #expect(throws: ProgressError.noteTooLong(limit: UserProgress.maximumNoteLength)) {
            try apply(.setNote(account: "instagram", step: "send", note: String(repeating: "x", count: UserProgress.maximumNoteLength + 1)), to: &p)
        }
    }

    // MARK: Covers

    @Test func aCoverMustBeOfTheSameGroupNotItselfAndNotCovered() throws {
        var p = UserProgress()
        for platform in ["facebook", "instagram", "instagram", "linkedin", "linkedin"] {
            try apply(.addAccount(platform: platform, label: nil), to: &p)
        }
        #expect(throws: ProgressError.differentGroup(account: "instagram", coveredBy: "linkedin")) {
            try apply(.setCoveredBy(account: "instagram", coveredBy: "linkedin"), to: &p)
        }
        // LinkedIn has no group: two of its accounts cannot cover each other either.
        #expect(throws: ProgressError.differentGroup(account: "linkedin", coveredBy: "linkedin-2")) {
            try apply(.setCoveredBy(account: "linkedin", coveredBy: "linkedin-2"), to: &p)
        }
        #expect(throws: ProgressError.cannotCoverItself(account: "facebook")) {
            try apply(.setCoveredBy(account: "facebook", coveredBy: "facebook"), to: &p)
        }
        try apply(.setCoveredBy(account: "instagram", coveredBy: "facebook"), to: &p)
        #expect(p.account(id: "instagram")?.coveredBy == "facebook")
        #expect(throws: ProgressError.coverIsCovered(coveredBy: "instagram")) {
            try apply(.setCoveredBy(account: "instagram-2", coveredBy: "instagram"), to: &p)
        }
        // The same account of the same group may cover another of its platform.
        try apply(.setCoveredBy(account: "instagram-2", coveredBy: "facebook"), to: &p)
        try apply(.setCoveredBy(account: "instagram", coveredBy: nil), to: &p)
        #expect(p.account(id: "instagram")?.coveredBy == nil)
        #expect(p.account(id: "instagram-2")?.coveredBy == "facebook")
    }

    @Test func removingTheCoverClearsIt() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "facebook", label: nil), to: &p)
        try apply(.addAccount(platform: "instagram", label: nil), to: &p)
        try apply(.setCoveredBy(account: "instagram", coveredBy: "facebook"), to: &p)
        try apply(.removeAccount(account: "facebook"), to: &p, at: Fixtures.t2)
        #expect(p.account(id: "instagram")?.coveredBy == nil)
        #expect(p.history.contains { $0.action == .uncover && $0.account == "instagram" && $0.detail == "facebook" })
        let status = StatusEvaluator(catalog: catalog, now: Fixtures.t3).evaluate(p).first?.status
        #expect(status == .notStarted)
    }

    // MARK: ACCOUNT

    @Test func accountResolvesByIDLabelOrPlatform() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "instagram", label: "@marie"), to: &p)
        try apply(.addAccount(platform: "instagram", label: "Grand-mère"), to: &p)
        try apply(.addAccount(platform: "facebook", label: nil), to: &p)
        #expect(try p.resolve("instagram-2").id == "instagram-2")
        #expect(try p.resolve("@marie").id == "instagram")
        #expect(try p.resolve("grand-mère").id == "instagram-2")  // case folded
        #expect(try p.resolve("facebook").id == "facebook")  // its id, and its platform's only account
        #expect(try p.resolve("instagram").id == "instagram")  // an id wins over a platform
        #expect(throws: ProgressError.noSuchAccount(reference: "linkedin")) { try p.resolve("linkedin") }

        try apply(.removeAccount(account: "instagram"), to: &p)
        try apply(.addAccount(platform: "instagram", label: nil), to: &p)
        #expect(p.accounts.map(\.id).contains("instagram-3"))
        #expect(throws: ProgressError.ambiguousAccount(reference: "instagram", candidates: ["instagram-2", "instagram-3"])) {
            try p.resolve("instagram")
        }
    }

    @Test func labelsThatDifferOnlyByCaseAreAmbiguousWhenFolded() throws {
        var p = UserProgress()
        try apply(.addAccount(platform: "instagram", label: "Marie"), to: &p)
        try apply(.addAccount(platform: "facebook", label: "marie"), to: &p)
        #expect(try p.resolve("Marie").id == "instagram")
        #expect(try p.resolve("marie").id == "facebook")
        #expect(throws: ProgressError.ambiguousAccount(reference: "MARIE", candidates: ["instagram", "facebook"])) {
            try p.resolve("MARIE")
        }
    }

    // MARK: History

    @Test func everyChangeIsAppendedToTheHistory() throws {
        var p = UserProgress()
        let changes: [(ProgressChange, HistoryEntry.Action, String, String?, String?)] = [
            (.addAccount(platform: "facebook", label: "Moi"), .addAccount, "facebook", nil, "Moi"),
            (.addAccount(platform: "instagram", label: nil), .addAccount, "instagram", nil, nil),
            (.relabel(account: "instagram", label: "@marie"), .relabel, "instagram", nil, "@marie"),
            (.tick(account: "instagram", step: "send", note: nil), .tick, "instagram", "send", nil),
            (.untick(account: "instagram", step: "send"), .untick, "instagram", "send", nil),
            (.setNote(account: "instagram", step: "send", note: "ref 42"), .note, "instagram", "send", "ref 42"),
            (.setCoveredBy(account: "instagram", coveredBy: "facebook"), .cover, "instagram", nil, "facebook"),
            (.setCoveredBy(account: "instagram", coveredBy: nil), .uncover, "instagram", nil, "facebook"),
            (.markReviewed(account: "instagram"), .review, "instagram", nil, nil),
            (.removeAccount(account: "facebook"), .removeAccount, "facebook", nil, "Moi"),
        ]
        for (n, (change, action, account, step, detail)) in changes.enumerated() {
            let at = Fixtures.t0.addingTimeInterval(Double(n) * 60)
            let count = p.history.count
            try apply(change, to: &p, at: at)
            #expect(p.history.count == count + 1, "\(change)")
            var entry = try #require(p.history.last)
            #expect(entry.previous == (count == 0 ? HistoryChain.genesis : p.history[count - 1].hash))
            entry.previous = nil
            entry.hash = nil
            #expect(entry == HistoryEntry(at: at, action: action, account: account,
                                          platform: account == "facebook" ? "facebook" : "instagram", step: step, detail: detail))
        }
        // A tick with a note records both.
        try apply(.tick(account: "instagram", step: "open-form", note: "done on the phone"), to: &p, at: Fixtures.t3)
        #expect(p.history.suffix(2).map(\.action) == [.tick, .note])
        #expect(p.history.last?.detail == "done on the phone")
    }

    // MARK: Undo

    /// Applies `change`, then its inverse, and expects the accounts exactly as before.
    func expectUndoRestores(_ change: ProgressChange, on start: UserProgress, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var p = start
        let outcome = try p.apply(change, catalog: catalog, at: Fixtures.t2)
        #expect(p.accounts != start.accounts, "\(change) changed something", sourceLocation: sourceLocation)
        let inverse = try #require(outcome.inverse, sourceLocation: sourceLocation)
        try p.apply(inverse, catalog: catalog, at: Fixtures.t3)
        #expect(p.accounts == start.accounts, "undo of \(change)", sourceLocation: sourceLocation)
        #expect(p.history.count > start.history.count + 1, "undo is recorded too", sourceLocation: sourceLocation)
    }

    func startingProgress() throws -> UserProgress {
        try Fixtures.progress([
            (.addAccount(platform: "facebook", label: "Moi"), Fixtures.t0),
            (.addAccount(platform: "instagram", label: "@marie"), Fixtures.t0.addingTimeInterval(1)),
            (.addAccount(platform: "instagram", label: nil), Fixtures.t0.addingTimeInterval(2)),
            (.tick(account: "instagram", step: "open-form", note: nil), Fixtures.t1),
            (.tick(account: "instagram", step: "send", note: nil), Fixtures.t1),
            (.setNote(account: "instagram", step: "send", note: "ref 42"), Fixtures.t1),
            (.setCoveredBy(account: "instagram-2", coveredBy: "facebook"), Fixtures.t1),
        ], catalog: catalog)
    }

    @Test func everyChangeHasAnInverseThatRestoresTheExactState() throws {
        let start = try startingProgress()
        let changes: [ProgressChange] = [
            .addAccount(platform: "linkedin", label: nil),
            .relabel(account: "instagram", label: "@marie.d"),
            .relabel(account: "instagram", label: nil),
            .tick(account: "instagram", step: "object-web", note: nil),
            .untick(account: "instagram", step: "open-form"),
            .restoreTick(account: "instagram", step: "open-form", tick: nil),
            .setNote(account: "instagram", step: "send", note: "ref 43"),
            .setNote(account: "instagram", step: "send", note: nil),
            .setNote(account: "instagram", step: "open-form", note: "new"),
            .setCoveredBy(account: "instagram", coveredBy: "facebook"),
            .setCoveredBy(account: "instagram-2", coveredBy: nil),
            .removeAccount(account: "instagram"),
            .removeAccount(account: "instagram-2"),
        ]
        for change in changes { try expectUndoRestores(change, on: start) }
    }

    @Test func undoingAnUntickRestoresTheOriginalTime() throws {
        var p = try startingProgress()
        let original = try #require(p.account(id: "instagram")?.ticks["open-form"])
        let outcome = try apply(.untick(account: "instagram", step: "open-form"), to: &p, at: Fixtures.t2)
        #expect(outcome.inverse == .restoreTick(account: "instagram", step: "open-form", tick: original))
        try apply(try #require(outcome.inverse), to: &p, at: Fixtures.t3)
        #expect(p.account(id: "instagram")?.ticks["open-form"] == original)
        #expect(p.account(id: "instagram")?.ticks["open-form"]?.at == Fixtures.t1)
    }

    @Test func undoingTheRemovalOfACoverCoversAgain() throws {
        let start = try startingProgress()
        var p = start
        let outcome = try apply(.removeAccount(account: "facebook"), to: &p, at: Fixtures.t2)
        #expect(p.account(id: "instagram-2")?.coveredBy == nil)
        try apply(try #require(outcome.inverse), to: &p, at: Fixtures.t3)
        #expect(p.accounts == start.accounts)
        #expect(p.account(id: "instagram-2")?.coveredBy == "facebook")
        #expect(p.history.last?.action == .cover)
    }

    @Test func undoOfAnUncoverMadeBeforeTheRemovalDoesNotCoverAgain() throws {
        var p = try startingProgress()
        try apply(.setCoveredBy(account: "instagram-2", coveredBy: nil), to: &p, at: Fixtures.t1)
        let outcome = try apply(.removeAccount(account: "facebook"), to: &p, at: Fixtures.t2)
        try apply(try #require(outcome.inverse), to: &p, at: Fixtures.t3)
        #expect(p.account(id: "instagram-2")?.coveredBy == nil)
    }

    @Test func coveringACoverKeepsItsOwnCoveredAccountsUndoable() throws {
        // facebook covers instagram-2; now facebook itself is covered by instagram (same group).
        let start = try startingProgress()
        var p = start
        let outcome = try apply(.setCoveredBy(account: "facebook", coveredBy: "instagram"), to: &p, at: Fixtures.t2)
        let evaluations = StatusEvaluator(catalog: catalog, now: Fixtures.t3).evaluate(p)
        #expect(evaluations.first { $0.account.id == "instagram-2" }?.status == .covered)
        #expect(evaluations.first { $0.account.id == "facebook" }?.status == .covered)
        try apply(try #require(outcome.inverse), to: &p, at: Fixtures.t3)
        #expect(p.accounts == start.accounts)
    }

    @Test func markReviewedHasNoInverse() throws {
        var p = try startingProgress()
        let outcome = try apply(.markReviewed(account: "instagram"), to: &p)
        #expect(outcome.inverse == nil)
        #expect(outcome.account == "instagram")
    }

    @Test func restoringAnAccountThatExistsIsRefused() throws {
        var p = try startingProgress()
        let account = try #require(p.account(id: "facebook"))
        #expect(throws: ProgressError.accountExists(id: "facebook")) {
            try apply(.restoreAccount(account), to: &p)
        }
    }

    // MARK: Messages

    @Test func everyErrorIsOneSentenceInEachLanguage() {
        let errors: [ProgressError] = [
            .noSuchAccount(reference: "x"), .ambiguousAccount(reference: "x", candidates: ["a", "b"]), .noSuchPlatform(id: "x"),
            .noSuchStep(account: "a", platform: "p", step: "s"), .stepHasSubsteps(step: "s"), .nothingToTick(platform: "P", kind: .none, byLetter: false), .nothingToTick(platform: "P", kind: .noTraining, byLetter: false),
            .nothingToTick(platform: "P", kind: .none, byLetter: true),
            .alreadyDone(account: "a", step: "s"), .notDone(account: "a", step: "s"), .cannotCoverItself(account: "a"),
            .differentGroup(account: "a", coveredBy: "b"), .coverIsCovered(coveredBy: "b"), .labelInvalid, .labelTaken(label: "l"),
            .noteTooLong(limit: 10), .accountExists(id: "a"), .unreadable(path: "/p", reason: "r", backup: "/p.bak"),
            .unreadable(path: "/p", reason: "r", backup: nil), .newerSchema(path: "/p", found: 9, supported: 1, backup: nil),
            .isDirectory(path: "/p"), .tooLarge(path: "/p", limit: 64 * 1_048_576), .cannotWrite(path: "/p", reason: "r"),
            .locked(path: "/p", holder: "optout (pid 1, a command)"), .locked(path: "/p", holder: nil), .noHome,
        ]
        for error in errors {
            let en = error.message(in: .en), fr = error.message(in: .fr)
            #expect(!en.isEmpty && !fr.isEmpty && en != fr, "\(error)")
            #expect(!en.contains("\n") && !fr.contains("\n"), "\(error)")
        }
        #expect(ProgressError.ambiguousAccount(reference: "instagram", candidates: ["instagram", "instagram-2"]).message(in: .en)
            == "'instagram' names several accounts (instagram, instagram-2): give the id of one of them.")
        #expect(ProgressError.locked(path: "/p", holder: "optout (pid 7, a command)").message(in: .fr).contains("par optout (pid 7"))
        #expect(ProgressError.unreadable(path: "/d/p.json", reason: "r", backup: "/d/p.json.bak").message(in: .en)
            .contains("cp '/d/p.json.bak' '/d/p.json'"))
    }
}
