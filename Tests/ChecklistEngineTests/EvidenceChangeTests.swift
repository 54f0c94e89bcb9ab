import Foundation
import Testing
@testable import ChecklistEngine

/// The changes about evidence: what each records (the history keeps every file that was
/// there), what it refuses (leaving the progress as it was), and the inverse that undoes it.
@Suite struct EvidenceChangeTests {
    let catalog: Catalog

    init() throws { catalog = try Fixtures.catalog() }

    static let emailDate = Fixtures.time("2025-06-03T07:12:00Z")

    static func file(_ digit: Character, name: String = "confirmation.eml") -> Evidence {
        Evidence(sha256: String(repeating: digit, count: 64), name: name, size: 1234, mediaType: .email, added: Fixtures.t2,
                 email: EmailSummary(from: "Meta <noreply@meta.com>", to: "marie@example.com", subject: "Your objection", date: emailDate))
    }

    func instagram() throws -> UserProgress {
        var p = UserProgress()
        try p.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        return p
    }

    /// `change` is refused with `error` and changes nothing, history included.
    func expectRefused(_ change: ProgressChange, _ error: ProgressError, in progress: UserProgress,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        var p = progress
        #expect(throws: error, sourceLocation: sourceLocation) { try p.apply(change, catalog: catalog, at: Fixtures.t3) }
        #expect(p == progress, sourceLocation: sourceLocation)
    }

    @Test func attachingRecordsTheFileOnTheStepAndInTheHistory() throws {
        var p = try instagram()
        let outcome = try p.apply(.attach(account: "instagram", step: "confirmation", evidence: Self.file("a"), tickAt: nil, note: nil),
                                  catalog: catalog, at: Fixtures.t2)
        #expect(p.account(id: "instagram")?.evidence == ["confirmation": [Self.file("a")]])
        #expect(p.account(id: "instagram")?.ticks["confirmation"] == nil)
        let entry = try #require(p.history.last)
        #expect(entry.action == .evidenceAttached)
        #expect(entry.step == "confirmation")
        #expect(entry.evidence == String(repeating: "a", count: 64))
        #expect(entry.detail == "confirmation.eml")
        #expect(outcome.inverse == .restoreEvidence(account: "instagram", step: "confirmation", evidence: [], marks: nil))
        #expect(p.referencedEvidence == [String(repeating: "a", count: 64)])
        #expect(Verification().run(p).holds)
    }

    @Test func withATickTheStepIsDoneAtTheGivenInstantAndTheNoteIsSet() throws {
        var p = try instagram()
        let outcome = try p.apply(
            .attach(account: "instagram", step: "confirmation", evidence: Self.file("a"), tickAt: Self.emailDate, note: "from Meta"),
            catalog: catalog, at: Fixtures.t3)
        let account = try #require(p.account(id: "instagram"))
        #expect(account.ticks["confirmation"]?.at == Self.emailDate)
        #expect(account.notes["confirmation"] == "from Meta")
        #expect(p.history.suffix(3).map(\.action) == [.evidenceAttached, .tick, .note])
        #expect(p.history.suffix(2).first?.at == Self.emailDate)
        #expect(Verification().run(p).holds)
        // Undo takes the file, the tick and the note off; redo puts all three back.
        let undo = try #require(outcome.inverse)
        #expect(undo == .restoreEvidence(account: "instagram", step: "confirmation", evidence: [],
                                         marks: StepMarks(tick: nil, note: nil)))
        let undone = try p.apply(undo, catalog: catalog, at: Fixtures.t3)
        #expect(p.account(id: "instagram")?.evidence == [:])
        #expect(p.account(id: "instagram")?.ticks["confirmation"] == nil)
        #expect(p.account(id: "instagram")?.notes["confirmation"] == nil)
        #expect(Verification().run(p).holds)
        try p.apply(try #require(undone.inverse), catalog: catalog, at: Fixtures.t3)
        #expect(p.account(id: "instagram") == account)
        #expect(Verification().run(p).holds)
    }

    @Test func aTickInTheFutureIsMadeNowAndADoneStepKeepsItsTick() throws {
        var p = try instagram()
        try p.apply(.attach(account: "instagram", step: "send", evidence: Self.file("a"), tickAt: Fixtures.days(30, after: Fixtures.t3), note: nil),
                    catalog: catalog, at: Fixtures.t2)
        #expect(p.account(id: "instagram")?.ticks["send"]?.at == Fixtures.t2)
        try p.apply(.attach(account: "instagram", step: "send", evidence: Self.file("b"), tickAt: Self.emailDate, note: nil),
                    catalog: catalog, at: Fixtures.t3)
        #expect(p.account(id: "instagram")?.ticks["send"]?.at == Fixtures.t2)
        #expect(p.account(id: "instagram")?.evidence["send"]?.count == 2)
        #expect(Verification().run(p).holds)
    }

    @Test func theSameFileTwiceOnAStepIsRefusedAndOnAnotherStepRecordedAgain() throws {
        var p = try instagram()
        try p.apply(.attach(account: "instagram", step: "send", evidence: Self.file("a"), tickAt: nil, note: nil), catalog: catalog, at: Fixtures.t2)
        let hash = String(repeating: "a", count: 64)
        expectRefused(.attach(account: "instagram", step: "send", evidence: Self.file("a", name: "copy.eml"), tickAt: Fixtures.t3, note: "x"),
                      .evidenceAlreadyAttached(account: "instagram", step: "send", name: "confirmation.eml", sha256: hash), in: p)
        try p.apply(.attach(account: "instagram", step: "confirmation", evidence: Self.file("a"), tickAt: nil, note: nil),
                    catalog: catalog, at: Fixtures.t3)
        #expect(p.account(id: "instagram")?.evidence.keys.sorted() == ["confirmation", "send"])
        #expect(p.referencedEvidence == [hash])
        let message = ProgressError.evidenceAlreadyAttached(account: "instagram", step: "send", name: "confirmation.eml", sha256: hash)
            .message(in: .en)
        #expect(message == "confirmation.eml is already attached to step send of instagram (SHA-256 aaaaaaaaaaaa…): nothing was recorded.")
    }

    @Test func attachingIsRefusedOnAnUnknownAccountStepOrHashWithNothingChanged() throws {
        let p = try instagram()
        expectRefused(.attach(account: "tiktok", step: "send", evidence: Self.file("a"), tickAt: nil, note: nil),
                      .noSuchAccount(reference: "tiktok"), in: p)
        expectRefused(.attach(account: "instagram", step: "nope", evidence: Self.file("a"), tickAt: nil, note: nil),
                      .noSuchStep(account: "instagram", platform: "instagram", step: "nope"), in: p)
        var bad = Self.file("a")
        bad.sha256 = "../../etc/passwd"
        expectRefused(.attach(account: "instagram", step: "send", evidence: bad, tickAt: nil, note: nil), .evidenceNotAHash(bad.sha256), in: p)
        // A parent step takes evidence, but is not ticked by hand.
        expectRefused(.attach(account: "instagram", step: "object", evidence: Self.file("a"), tickAt: Fixtures.t1, note: nil),
                      .stepHasSubsteps(step: "object"), in: p)
        expectRefused(.attach(account: "instagram", step: "send", evidence: Self.file("a"), tickAt: nil,
                              note: String(repeating: "n", count: UserProgress.maximumNoteLength + 1)),
                      .noteTooLong(limit: UserProgress.maximumNoteLength), in: p)
    }

    @Test func removingKeepsTheFileInTheHistoryAndIsUndone() throws {
        var p = try instagram()
        try p.apply(.attach(account: "instagram", step: "send", evidence: Self.file("a"), tickAt: nil, note: nil), catalog: catalog, at: Fixtures.t1)
        try p.apply(.attach(account: "instagram", step: "send", evidence: Self.file("b", name: "shot.png"), tickAt: nil, note: nil),
                    catalog: catalog, at: Fixtures.t2)
        let before = try #require(p.account(id: "instagram"))
        let outcome = try p.apply(.removeEvidence(account: "instagram", step: "send", sha256: "AAAAAAAA"), catalog: catalog, at: Fixtures.t3)
        #expect(p.account(id: "instagram")?.evidence["send"] == [Self.file("b", name: "shot.png")])
        let entry = try #require(p.history.last)
        #expect(entry.action == .evidenceRemoved)
        #expect(entry.evidence == String(repeating: "a", count: 64))
        #expect(entry.detail == "confirmation.eml")
        #expect(p.referencedEvidence == [String(repeating: "b", count: 64)])
        #expect(Verification().run(p).holds)
        try p.apply(try #require(outcome.inverse), catalog: catalog, at: Fixtures.t3)
        #expect(p.account(id: "instagram") == before)
        #expect(Verification().run(p).holds)
        // The last file of a step leaves no empty list behind.
        try p.apply(.removeEvidence(account: "instagram", step: "send", sha256: String(repeating: "a", count: 64)), catalog: catalog, at: Fixtures.t3)
        try p.apply(.removeEvidence(account: "instagram", step: "send", sha256: "bbbbbbbbb"), catalog: catalog, at: Fixtures.t3)
        #expect(p.account(id: "instagram")?.evidence == [:])
        #expect(Verification().run(p).holds)
    }

    @Test func removingIsRefusedForAShortUnknownOrAmbiguousHash() throws {
        var p = try instagram()
        let near1 = Evidence(sha256: "abcdef01" + String(repeating: "1", count: 56), name: "one", size: 1, mediaType: .text, added: Fixtures.t1)
        let near2 = Evidence(sha256: "abcdef01" + String(repeating: "2", count: 56), name: "two", size: 1, mediaType: .text, added: Fixtures.t1)
        try p.apply(.attach(account: "instagram", step: "send", evidence: near1, tickAt: nil, note: nil), catalog: catalog, at: Fixtures.t1)
        try p.apply(.attach(account: "instagram", step: "send", evidence: near2, tickAt: nil, note: nil), catalog: catalog, at: Fixtures.t1)
        expectRefused(.removeEvidence(account: "instagram", step: "send", sha256: "abcdef0"), .evidencePrefixInvalid(reference: "abcdef0"), in: p)
        expectRefused(.removeEvidence(account: "instagram", step: "send", sha256: "abcdef0z"), .evidencePrefixInvalid(reference: "abcdef0z"), in: p)
        expectRefused(.removeEvidence(account: "instagram", step: "send", sha256: "abcdef01"),
                      .ambiguousEvidence(account: "instagram", step: "send", reference: "abcdef01"), in: p)
        expectRefused(.removeEvidence(account: "instagram", step: "send", sha256: "99999999"),
                      .noSuchEvidence(account: "instagram", step: "send", reference: "99999999"), in: p)
        expectRefused(.removeEvidence(account: "instagram", step: "nope", sha256: "99999999"),
                      .noSuchStep(account: "instagram", platform: "instagram", step: "nope"), in: p)
        try p.apply(.removeEvidence(account: "instagram", step: "send", sha256: "abcdef012"), catalog: catalog, at: Fixtures.t2)
        #expect(p.account(id: "instagram")?.evidence["send"] == [near1])
        for error in [ProgressError.evidencePrefixInvalid(reference: "x"), .ambiguousEvidence(account: "a", step: "s", reference: "r"),
                      .noSuchEvidence(account: "a", step: "s", reference: "r"), .evidenceNotAHash("x")] {
            for language in Language.allCases { #expect(!error.message(in: language).isEmpty) }
        }
    }

    @Test func verifyNamesAFileAddedOrDroppedByHand() throws {
        var p = try instagram()
        try p.apply(.attach(account: "instagram", step: "send", evidence: Self.file("a"), tickAt: nil, note: nil), catalog: catalog, at: Fixtures.t1)
        var dropped = p
        dropped.accounts[0].evidence = [:]
        #expect(Verification().run(dropped).problem == .evidenceMissing(
            account: "instagram", step: "send", name: "confirmation.eml", entry: VerifyEntry(number: 2, at: Fixtures.t1)))
        var added = p
        added.accounts[0].evidence["send"]?.append(Self.file("b"))
        #expect(Verification().run(added).problem == .evidenceNotInHistory(
            account: "instagram", step: "send", name: "confirmation.eml", removedBy: nil))
        try p.apply(.removeEvidence(account: "instagram", step: "send", sha256: "aaaaaaaa"), catalog: catalog, at: Fixtures.t2)
        var putBack = p
        putBack.accounts[0].evidence["send"] = [Self.file("a")]
        let problem = try #require(Verification().run(putBack).problem)
        #expect(problem == .evidenceNotInHistory(account: "instagram", step: "send", name: "confirmation.eml",
                                                 removedBy: VerifyEntry(number: 3, at: Fixtures.t2)))
        #expect(problem.message(SpokenDate(.en, timeZone: Fixtures.utc))
            == "Step send of instagram records the file confirmation.eml, which change 3 (2 June 2025, 11:30 UTC) took off it.")
    }
}
