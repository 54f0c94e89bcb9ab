import Foundation
import Testing
@testable import ChecklistEngine

/// The replay check against what `UserProgress.apply` really does: every sequence of changes
/// (undo included) leaves a file that verifies, and the sentences are said in every language.
@Suite struct VerifyReplayTests {
    let catalog: Catalog

    init() throws { catalog = try Fixtures.catalog() }

    /// Random changes and undos, as a user makes them: after each, the history holds.
    @Test(arguments: 0..<40)
    func everySequenceOfChangesVerifies(seed: Int) throws {
        var random = SplitMix(seed: UInt64(seed))
        var progress = UserProgress()
        var undo: [ProgressChange] = []
        var applied = 0
        for n in 0..<100 {
            let at = Fixtures.t0.addingTimeInterval(Double(n) * 61)
            let ids = progress.accounts.map(\.id)
            let account = ids.isEmpty ? "" : ids[Int(random.next() % UInt64(ids.count))]
            let platform = progress.account(id: account).flatMap { catalog.platform(id: $0.platform) }
            let steps = platform?.allSteps.filter(\.isLeaf).map(\.id) ?? ["none"]
            let step = steps[Int(random.next() % UInt64(steps.count))]
            let change: ProgressChange
            // Three files, so the same one comes back to a step (refused) and goes on others.
            let hash = String(repeating: ["a", "b", "c"][Int(random.next() % 3)], count: 64)
            switch random.next() % 13 {
            case 0, 1: change = .addAccount(platform: ["instagram", "facebook", "linkedin"][Int(random.next() % 3)], label: nil)
            case 2: change = .removeAccount(account: account)
            case 3, 4: change = .tick(account: account, step: step, note: random.next() % 2 == 0 ? "note \(n)" : nil)
            case 5: change = .untick(account: account, step: step)
            case 6: change = .setNote(account: account, step: step, note: random.next() % 3 == 0 ? nil : "note \(n)")
            case 7: change = .setCoveredBy(account: account, coveredBy: ids.first)
            case 8: change = .markReviewed(account: account)
            case 9: change = .relabel(account: account, label: "label \(n)")
            case 10:
                let file = Evidence(sha256: hash, name: "proof \(n).eml", size: 10, mediaType: .email, added: at)
                let tickAt = random.next() % 2 == 0 ? at.addingTimeInterval(-86_400) : nil
                change = .attach(account: account, step: step, evidence: file, tickAt: tickAt, note: random.next() % 2 == 0 ? "with \(n)" : nil)
            case 11: change = .removeEvidence(account: account, step: step, sha256: String(hash.prefix(8)))
            default:
                guard let last = undo.popLast() else { continue }
                change = last
            }
            guard let outcome = try? progress.apply(change, catalog: catalog, at: at) else { continue }
            applied += 1
            if let inverse = outcome.inverse { undo.append(inverse) }
            let report = Verification().run(progress)
            #expect(report.holds, "seed \(seed), change \(n) (\(change)): \(report.problem.map { $0.message(SpokenDate(.en)) } ?? "")")
            if !report.holds { return }
        }
        #expect(applied >= 25, "seed \(seed): only \(applied) changes applied")
    }

    @Test func undoingAnUntickPutsTheOriginalTimeBackAndVerifies() throws {
        var progress = UserProgress()
        try progress.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        try progress.apply(.tick(account: "instagram", step: "send", note: nil), catalog: catalog, at: Fixtures.t1)
        let outcome = try progress.apply(.untick(account: "instagram", step: "send"), catalog: catalog, at: Fixtures.t2)
        try progress.apply(try #require(outcome.inverse), catalog: catalog, at: Fixtures.t3)
        #expect(progress.account(id: "instagram")?.ticks["send"]?.at == Fixtures.t1)
        #expect(Verification().run(progress).holds)
    }

    @Test func aReviewThatDropsTheTickOfAStepTheCatalogLostVerifies() throws {
        var progress = UserProgress()
        try progress.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        try progress.apply(.tick(account: "instagram", step: "keep-proof", note: "kept"), catalog: catalog, at: Fixtures.t1)
        let lost = Fixtures.instagramYAML.replacingOccurrences(of: "id: keep-proof", with: "id: keep-proof-2")
        let newer = try Fixtures.catalog([lost, Fixtures.facebookYAML])
        try progress.apply(.markReviewed(account: "instagram"), catalog: newer, at: Fixtures.t2)
        #expect(progress.account(id: "instagram")?.ticks["keep-proof"] == nil)
        #expect(Verification().run(progress).holds)
    }

    @Test func aRemovedAccountPutBackVerifiesWithItsTicksAndNotes() throws {
        var progress = UserProgress()
        try progress.apply(.addAccount(platform: "instagram", label: "@marie"), catalog: catalog, at: Fixtures.t0)
        try progress.apply(.tick(account: "instagram", step: "send", note: "ref 42"), catalog: catalog, at: Fixtures.t1)
        let removal = try progress.apply(.removeAccount(account: "instagram"), catalog: catalog, at: Fixtures.t2)
        #expect(Verification().run(progress).holds)
        try progress.apply(try #require(removal.inverse), catalog: catalog, at: Fixtures.t3)
        #expect(progress.account(id: "instagram")?.notes["send"] == "ref 42")
        #expect(Verification().run(progress).holds)
    }

    // MARK: Words

    @Test(arguments: Language.allCases)
    func everySentenceIsSaidInEveryLanguage(language: Language) throws {
        let dates = SpokenDate(language, timeZone: TimeZone(identifier: "UTC") ?? .current)
        let entry = VerifyEntry(number: 17, at: Fixtures.t2)
        let problems: [VerifyProblem] = [
            .notChained(schemaVersion: 1), .unsealed(entry), .notLinked(entry), .notLinked(VerifyEntry(number: 1, at: Fixtures.t0)),
            .altered(entry), .noHead, .countDiffers(stated: 18, found: 17, last: entry), .countDiffers(stated: 16, found: 17, last: entry),
            .countDiffers(stated: 2, found: 0, last: nil), .headDiffers(last: entry), .headDiffers(last: nil),
            .accountNotInHistory(account: "instagram"), .accountRemoved(account: "instagram", by: entry),
            .accountMissing(account: "instagram", by: entry), .tickNotInHistory(account: "instagram", step: "send", at: Fixtures.t1),
            .tickTimeDiffers(account: "instagram", step: "send", at: Fixtures.t1, entry: entry),
            .tickMissing(account: "instagram", step: "send", entry: entry),
            .noteDiffers(account: "instagram", step: "send", entry: entry), .noteDiffers(account: "instagram", step: "send", entry: nil),
            .noteMissing(account: "instagram", step: "send", entry: entry),
        ]
        var said: Set<String> = []
        for problem in problems {
            let text = problem.message(dates)
            #expect(!text.contains("{") && !text.contains("}"), "\(language) \(problem.kind): \(text)")
            if let entry = problem.entry { #expect(text.contains(String(entry.number)), "\(language) \(problem.kind) names its entry") }
            if problem.account != nil { #expect(text.contains("instagram"), "\(language) \(problem.kind) names its account") }
            said.insert(text)
        }
        #expect(said.count == problems.count, "each problem is said its own way in \(language)")

        let upgrade = VerifyReport(
            results: [.init(name: "chain", outcome: .holds(.chainIntact(upgrade: VerifyEntry(number: 4, at: Fixtures.t3)))),
                      .init(name: "ticks-and-notes", outcome: .holds(.ticksAndNotesAgree))],
            schemaVersion: 2, changes: 12, since: Fixtures.t0, chain: nil)
        let sentence = upgrade.sentence(dates)
        #expect(sentence.contains("12") && sentence.contains("3") && sentence.contains(dates.day(Fixtures.t3)), "\(language): \(sentence)")
        #expect(sentence.hasSuffix("."))
        let empty = VerifyReport(results: [], schemaVersion: 2, changes: 0, since: nil, chain: .empty).sentence(dates)
        #expect(!empty.isEmpty && !empty.contains("{"))
    }
}
