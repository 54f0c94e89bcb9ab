import Foundation
import Testing
@testable import ChecklistEngine

/// `optout verify`'s checks on tampered progress: every kind of edit is found, and named by
/// the entry's number and time, in values and in the file's own text.
@Suite struct VerifyTests {
    static let dates = SpokenDate(.en, timeZone: TimeZone(identifier: "UTC") ?? .current)

    /// Two accounts, ticks with notes, a cover: eight entries, a minute apart from t0.
    static func progress() throws -> UserProgress {
        let catalog = try Fixtures.catalog()
        var progress = UserProgress()
        let changes: [ProgressChange] = [
            .addAccount(platform: "instagram", label: "@marie"),
            .tick(account: "instagram", step: "open-form", note: nil),
            .tick(account: "instagram", step: "send", note: "ref 42"),
            .addAccount(platform: "facebook", label: nil),
            .setCoveredBy(account: "facebook", coveredBy: "instagram"),
            .setNote(account: "instagram", step: "open-form", note: "from the laptop"),
            .untick(account: "instagram", step: "open-form"),
        ]
        for (minute, change) in changes.enumerated() {
            try progress.apply(change, catalog: catalog, at: Fixtures.t0.addingTimeInterval(Double(minute) * 60))
        }
        return progress
    }

    func problem(_ progress: UserProgress) -> VerifyProblem? { Verification().run(progress).problem }

    func entry(_ number: Int, _ progress: UserProgress) -> VerifyEntry { VerifyEntry(number - 1, in: progress.history) }

    @Test func anUntouchedHistoryHolds() throws {
        let progress = try Self.progress()
        #expect(progress.history.count == 8)
        let report = Verification().run(progress)
        #expect(report.holds)
        #expect(report.results.map(\.name) == ["chain", "head", "ticks-and-notes"])
        #expect(report.sentence(Self.dates) == "8 changes since 1 June 2025, chain intact; every tick and note agrees with the history.")
    }

    // MARK: The chain

    @Test func anEditedTimeIsFoundAtItsEntry() throws {
        var progress = try Self.progress()
        progress.history[2].at = progress.history[2].at.addingTimeInterval(-86_400)
        #expect(problem(progress) == .altered(entry(3, progress)))
        #expect(problem(progress)?.message(Self.dates)
            == "The history is broken at change 3 (31 May 2025, 09:02 UTC): it was changed after it was recorded and no longer matches its hash.")
    }

    @Test func anEditedDetailIsFound() throws {
        var progress = try Self.progress()
        progress.history[3].detail = "ref 43"
        #expect(problem(progress) == .altered(entry(4, progress)))
    }

    @Test func aRemovedEntryIsFoundWhereItWas() throws {
        var progress = try Self.progress()
        progress.history.remove(at: 4)
        #expect(problem(progress) == .notLinked(entry(5, progress)))
        #expect(problem(progress)?.message(Self.dates).hasPrefix("The history is broken at change 5 (1 June 2025, 09:04 UTC): it does not follow") == true)
    }

    @Test func aRemovedFirstEntryIsFound() throws {
        var progress = try Self.progress()
        progress.history.removeFirst()
        #expect(problem(progress) == .notLinked(entry(1, progress)))
        #expect(problem(progress)?.message(Self.dates).contains("the chain does not start there") == true)
    }

    @Test func twoSwappedEntriesAreFound() throws {
        var progress = try Self.progress()
        progress.history.swapAt(5, 6)
        #expect(problem(progress) == .notLinked(entry(6, progress)))
    }

    @Test func theLastEntryDroppedIsFoundByTheCount() throws {
        var progress = try Self.progress()
        progress.history.removeLast()
        #expect(problem(progress) == .countDiffers(stated: 8, found: 7, last: entry(7, progress)))
        #expect(problem(progress)?.message(Self.dates)
            == "The history ends at change 7 (1 June 2025, 09:05 UTC), but the file says it holds 8 changes: changes were removed from its end.")
    }

    @Test func theLastEntriesDroppedWithTheCountEditedAreFoundByTheHead() throws {
        var progress = try Self.progress()
        progress.history.removeLast(2)
        progress.chain?.count = 6
        #expect(problem(progress) == .headDiffers(last: entry(6, progress)))
    }

    @Test func anEditedHeadIsFound() throws {
        var progress = try Self.progress()
        progress.chain?.head = String(repeating: "f", count: 64)
        #expect(problem(progress) == .headDiffers(last: entry(8, progress)))
        #expect(problem(progress)?.message(Self.dates).hasPrefix("The head at the top of the file does not match change 8") == true)
    }

    @Test func anEntryAddedAtTheEndIsFound() throws {
        var progress = try Self.progress()
        progress.history.append(HistoryChain.sealed(
            HistoryEntry(at: Fixtures.t3, action: .review, account: "instagram", platform: "instagram"),
            after: progress.history.last?.hash ?? ""))
        #expect(problem(progress) == .countDiffers(stated: 8, found: 9, last: entry(9, progress)))
    }

    @Test func anEntryWithoutItsHashOrAFileWithoutItsHeadIsFound() throws {
        var progress = try Self.progress()
        progress.history[1].hash = nil
        #expect(problem(progress) == .unsealed(entry(2, progress)))
        var headless = try Self.progress()
        headless.chain = nil
        #expect(problem(headless) == .noHead)
    }

    @Test func aVersionOneFileIsNotChainedYet() throws {
        let progress = UserProgress(schemaVersion: 1, accounts: [], history: [], chain: nil)
        #expect(problem(progress) == .notChained(schemaVersion: 1))
        #expect(problem(progress)?.message(Self.dates)
            == "The history is not chained yet: this file is of version 1, and optout chains it at its next change.")
    }

    // MARK: Ticks and notes against the history

    @Test func aTickMovedInTimeIsFound() throws {
        var progress = try Self.progress()
        progress.accounts[0].ticks["send"]?.at = Fixtures.t0.addingTimeInterval(-3600)
        #expect(problem(progress) == .tickTimeDiffers(account: "instagram", step: "send", at: Fixtures.t0.addingTimeInterval(-3600),
                                                      entry: entry(3, progress)))
        #expect(problem(progress)?.message(Self.dates)
            == "Step send of instagram is ticked at 1 June 2025, 08:00 UTC, but no change in the history ticked it then (the last tick is change 3 (1 June 2025, 09:02 UTC)).")
    }

    @Test func aTickAddedOrRemovedByHandIsFound() throws {
        var added = try Self.progress()
        added.accounts[0].ticks["open-form"] = Tick(at: Fixtures.t1, catalogRevision: "x", stepRevision: "y")
        #expect(problem(added) == .tickNotInHistory(account: "instagram", step: "open-form", at: Fixtures.t1))
        var removed = try Self.progress()
        removed.accounts[0].ticks["send"] = nil
        #expect(problem(removed) == .tickMissing(account: "instagram", step: "send", entry: entry(3, removed)))
    }

    @Test func aNoteChangedOrRemovedByHandIsFound() throws {
        var changed = try Self.progress()
        changed.accounts[0].notes["send"] = "ref 43"
        #expect(problem(changed) == .noteDiffers(account: "instagram", step: "send", entry: entry(4, changed)))
        var invented = try Self.progress()
        invented.accounts[0].notes["keep-proof"] = "screenshot kept"
        #expect(problem(invented) == .noteDiffers(account: "instagram", step: "keep-proof", entry: nil))
        #expect(problem(invented)?.message(Self.dates) == "The note on step keep-proof of instagram was never written in the history.")
        var removed = try Self.progress()
        removed.accounts[0].notes["open-form"] = nil
        #expect(problem(removed) == .noteMissing(account: "instagram", step: "open-form", entry: entry(7, removed)))
    }

    @Test func anAccountAddedOrRemovedByHandIsFound() throws {
        var added = try Self.progress()
        added.accounts.append(Account(id: "linkedin", platform: "linkedin", created: Fixtures.t1))
        #expect(problem(added) == .accountNotInHistory(account: "linkedin"))
        var removed = try Self.progress()
        removed.accounts.removeLast()
        #expect(problem(removed) == .accountMissing(account: "facebook", by: entry(5, removed)))
    }

    // MARK: In the file

    /// The file as optout writes it, edited as text (the hand-written reader reads it) or
    /// through JSONSerialization (another layout: Foundation's reader does).
    static func file(_ progress: UserProgress) -> String {
        String(decoding: ProgressJSONWriter.encode(progress, newline: true), as: UTF8.self)
    }

    static func read(_ text: String) throws -> UserProgress {
        try ProgressStore(url: URL(fileURLWithPath: "/nonexistent/progress.json")).decode(Data(text.utf8))
    }

    /// The file edited through JSONSerialization, read by the hand-written reader and by
    /// Foundation's (the store's fallback): both must see the same.
    static func edited(_ progress: UserProgress, _ change: (inout [String: Any]) throws -> Void) throws -> UserProgress {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(file(progress).utf8)) as? [String: Any])
        try change(&object)
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
        let fast = try #require(ProgressJSONReader.decode(data))
        let foundation = try ProgressCoding.decoder.decode(UserProgress.self, from: data)
        #expect(fast == foundation)
        return foundation
    }

    @Test func everyKindOfEditToTheFileIsFound() throws {
        let progress = try Self.progress()
        #expect(problem(try Self.read(Self.file(progress))) == nil)
        #expect(problem(try Self.edited(progress) { _ in }) == nil, "read by Foundation, the untouched file holds")

        // One character of a time, in place.
        let text = Self.file(progress)
        let oneCharacter = text.replacingOccurrences(of: "\"account\" : \"instagram\",\n      \"action\" : \"tick\",\n      \"at\" : \"2025-06-01T09:02:00Z\"",
                                                     with: "\"account\" : \"instagram\",\n      \"action\" : \"tick\",\n      \"at\" : \"2025-06-01T09:01:00Z\"")
        #expect(oneCharacter != text)
        // The entry is named with the time the file now gives it.
        let edited = try Self.read(oneCharacter)
        #expect(problem(edited) == .altered(VerifyEntry(number: 3, at: Fixtures.t0.addingTimeInterval(60))))

        func history(_ object: [String: Any]) throws -> [[String: Any]] { try #require(object["history"] as? [[String: Any]]) }
        let detail = try Self.edited(progress) { object in
            var entries = try history(object)
            entries[2]["detail"] = "ref 43"
            object["history"] = entries
        }
        #expect(problem(detail) == .altered(entry(3, progress)))
        let removed = try Self.edited(progress) { object in
            var entries = try history(object)
            entries.remove(at: 1)
            object["history"] = entries
        }
        #expect(problem(removed) == .notLinked(entry(2, removed)))
        let swapped = try Self.edited(progress) { object in
            var entries = try history(object)
            entries.swapAt(3, 4)
            object["history"] = entries
        }
        #expect(problem(swapped) == .notLinked(entry(4, swapped)))
        let dropped = try Self.edited(progress) { object in
            object["history"] = Array(try history(object).dropLast())
        }
        #expect(problem(dropped) == .countDiffers(stated: 8, found: 7, last: entry(7, dropped)))
        let head = try Self.edited(progress) { object in
            object["chain"] = ["count": 8, "head": String(repeating: "0", count: 64)]
        }
        #expect(problem(head) == .headDiffers(last: entry(8, head)))
    }

    /// The hash an evidence entry keeps is sealed by the chain: editing it in the file (to
    /// claim another file was attached, or to hide which one was removed) is found there.
    @Test func anEditedEvidenceHashInTheHistoryBreaksTheChain() throws {
        let catalog = try Fixtures.catalog()
        var progress = try Self.progress()
        let file = Evidence(sha256: String(repeating: "a", count: 64), name: "confirmation.eml", size: 10, mediaType: .email, added: Fixtures.t1)
        try progress.apply(.attach(account: "instagram", step: "send", evidence: file, tickAt: nil, note: nil), catalog: catalog, at: Fixtures.t1)
        try progress.apply(.removeEvidence(account: "instagram", step: "send", sha256: "aaaaaaaa"), catalog: catalog, at: Fixtures.t2)
        #expect(problem(progress) == nil)
        let text = Self.file(progress)
        let hash = String(repeating: "a", count: 64)
        #expect(text.components(separatedBy: "\"evidence\" : \"\(hash)\"").count == 3)
        // The removal's hash (its entry is the last): one digit changed, in place.
        let range = try #require(text.range(of: "\"evidence\" : \"\(hash)\"", options: .backwards))
        let edited = text.replacingCharacters(in: range, with: "\"evidence\" : \"b" + hash.dropFirst() + "\"")
        #expect(problem(try Self.read(edited)) == .altered(entry(10, progress)))
        // And the attachment's, through Foundation's reader.
        let attached = try Self.edited(progress) { object in
            var entries = try #require(object["history"] as? [[String: Any]])
            entries[8]["evidence"] = String(repeating: "c", count: 64)
            object["history"] = entries
        }
        #expect(problem(attached) == .altered(entry(9, progress)))
    }
}
