import Foundation
import Testing
@testable import ChecklistEngine

/// The hash chain: what an entry's hash is taken of (the file's own bytes of the entry, every
/// field but the hash), pinned by hashes computed outside Swift, and kept through both coders.
@Suite struct HistoryChainTests {
    static let at = Fixtures.time("2025-06-02T09:00:00Z")

    /// Hashes computed with Python (`json.dumps(entry, indent=2, separators=(',', ' : '),
    /// sort_keys=True, ensure_ascii=False)`, then `hashlib.sha256`): the chain is the documented
    /// form, and a change to the writer's layout, which would break every file, fails here.
    @Test func anEntrysHashIsSHA256OfItsJSONWithoutTheHash() {
        let tick = HistoryChain.sealed(
            HistoryEntry(at: Self.at, action: .tick, account: "instagram", platform: "instagram", step: "ig-send-form"),
            after: HistoryChain.genesis)
        #expect(tick.hash == "e8d24fdfecf3b5f83c40c198d5b69ce03245ef2fba576ee37dba69b211312379")
        let note = HistoryChain.sealed(
            HistoryEntry(at: Self.at, action: .note, account: "instagram", platform: "instagram", step: "ig-send-form",
                         detail: "réf. 42 / \"sent\"\nkept"),
            after: tick.hash ?? "")
        #expect(note.previous == tick.hash)
        #expect(note.hash == "d55d1333eccb65edb6dd6d51d2da9f822fd94e33312e627e8be5923f028abf31")
    }

    /// The same bytes as Foundation's coder gives the entry without its hash: anyone can check
    /// a hash with JSONEncoder too.
    @Test func theHashedBytesAreJSONEncodersBytesOfTheEntry() throws {
        var entry = Self.fullEntry()
        entry.hash = nil
        #expect(ProgressJSONWriter.canonical(entry) == (try ProgressCoding.encoder.encode(entry)))
    }

    static func fullEntry() -> HistoryEntry {
        HistoryChain.sealed(
            HistoryEntry(at: Self.at, action: .note, account: "instagram", platform: "instagram", step: "send", detail: "ref 42",
                         letter: .objection, day: CalendarDay(year: 2025, month: 6, day: 3), evidence: String(repeating: "c", count: 64)),
            after: HistoryChain.genesis)
    }

    /// Every stored property of `HistoryEntry` but the hash is sealed by it: changing any one
    /// changes the hash. The properties come from `Mirror` and the changes are made on the
    /// entry's JSON, so a field added later is checked with no change here (a kind of value
    /// this test cannot change yet fails by name).
    @Test func theHashCoversEveryFieldOfTheEntry() throws {
        let entry = Self.fullEntry()
        let names = StoredProperties.names(of: entry)
        #expect(StoredProperties.blank(in: entry).isEmpty, "the entry used here leaves \(StoredProperties.blank(in: entry)) empty")
        let object = try #require(try JSONSerialization.jsonObject(with: ProgressCoding.encoder.encode(entry)) as? [String: Any])
        #expect(Set(object.keys) == Set(names), "the JSON of an entry has exactly its stored properties")
        let original = HistoryChain.hash(of: entry)
        #expect(original == entry.hash)
        for name in names where name != "hash" {
            var changed = object
            guard let value = Self.changed(object[name]) else {
                Issue.record("'\(name)' holds a kind of value this test cannot change yet: teach `changed` it")
                continue
            }
            changed[name] = value
            let data = try JSONSerialization.data(withJSONObject: changed)
            let other = try ProgressCoding.decoder.decode(HistoryEntry.self, from: data)
            #expect(other != entry, "'\(name)' was not changed")
            #expect(HistoryChain.hash(of: other) != original, "the hash does not cover '\(name)'")
        }
    }

    /// Another valid value of the same kind.
    static func changed(_ value: Any?) -> Any? {
        switch value {
        case let text as String:
            if let date = Timestamp.date(text) { return Timestamp.string(date.addingTimeInterval(1)) }
            if let day = CalendarDay(text) { return day.adding(days: 1).description }
            if let kind = Letter.Kind(rawValue: text) { return Letter.Kind.allCases.first { $0 != kind }?.rawValue }
            if let action = HistoryEntry.Action(rawValue: text) {
                return HistoryEntry.Action.allCases.first { $0 != action }?.rawValue
            }
            return text + "x"
        case let flag as Bool: return !flag
        case let number as Int: return number + 1
        default: return nil
        }
    }

    @Test func theCheckOfEveryFieldCanFail() throws {
        // A hash that left the detail out (as a writer that forgot a field would) gives two
        // entries that differ only in their detail the same hash: the comparison above sees it.
        func hashForgettingDetail(_ entry: HistoryEntry) -> String {
            var entry = entry
            entry.detail = nil
            return HistoryChain.hash(of: entry)
        }
        let entry = Self.fullEntry()
        let object = try #require(try JSONSerialization.jsonObject(with: ProgressCoding.encoder.encode(entry)) as? [String: Any])
        var changed = object
        changed["detail"] = Self.changed(object["detail"])
        let other = try ProgressCoding.decoder.decode(HistoryEntry.self, from: JSONSerialization.data(withJSONObject: changed))
        #expect(other.detail == "ref 42x")
        #expect(hashForgettingDetail(other) == hashForgettingDetail(entry))
        #expect(HistoryChain.hash(of: other) != HistoryChain.hash(of: entry))
    }

    // MARK: Appending

    @Test func eachAppendedEntryLinksToTheHeadAndTheHeadFollows() throws {
        let catalog = try Fixtures.catalog()
        var progress = UserProgress()
        #expect(progress.chain == .empty)
        try progress.apply(.addAccount(platform: "instagram", label: "@marie"), catalog: catalog, at: Fixtures.t0)
        try progress.apply(.tick(account: "instagram", step: "send", note: "ref 42"), catalog: catalog, at: Fixtures.t1)
        #expect(progress.history.count == 3)
        #expect(progress.history[0].previous == HistoryChain.genesis)
        for index in 1..<progress.history.count {
            #expect(progress.history[index].previous == progress.history[index - 1].hash)
        }
        for entry in progress.history { #expect(entry.hash == HistoryChain.hash(of: entry)) }
        #expect(progress.chain == ChainHead(count: 3, head: progress.history[2].hash ?? ""))
        #expect(Verification().run(progress).holds)
    }

    /// After entries were dropped from the end, a new change links to the head the file
    /// states, so the gap shows even though the count and head now agree with the file.
    @Test func aChangeAfterDroppedEntriesDoesNotHideTheGap() throws {
        let catalog = try Fixtures.catalog()
        var progress = UserProgress()
        try progress.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        try progress.apply(.tick(account: "instagram", step: "send", note: nil), catalog: catalog, at: Fixtures.t1)
        progress.history.removeLast()
        progress.accounts[0].ticks = [:]
        try progress.apply(.tick(account: "instagram", step: "open-form", note: nil), catalog: catalog, at: Fixtures.t2)
        let report = Verification().run(progress)
        #expect(report.problem == .notLinked(VerifyEntry(1, in: progress.history)))
    }

    // MARK: The file

    @Test(arguments: [false, true])
    func aChainedFileRoundTripsThroughEitherCoder(foundation: Bool) throws {
        let catalog = try Fixtures.catalog()
        var progress = UserProgress()
        try progress.apply(.addAccount(platform: "instagram", label: "Grand-mère « Josette » 👵"), catalog: catalog, at: Fixtures.t0)
        try progress.apply(.tick(account: "instagram", step: "send", note: "réf. \"42\"\n/ kept"), catalog: catalog, at: Fixtures.t1)
        let data = foundation ? try ProgressCoding.encoder.encode(progress) : ProgressJSONWriter.encode(progress, newline: true)
        let read = foundation
            ? try ProgressCoding.decoder.decode(UserProgress.self, from: data)
            : try #require(ProgressJSONReader.decode(data))
        #expect(read == progress)
        #expect(read.schemaVersion == 2)
        #expect(read.chain == progress.chain)
        #expect(Verification().run(read).holds)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let chain = try #require(object["chain"] as? [String: Any])
        #expect(chain["count"] as? Int == 3)
        #expect(chain["head"] as? String == progress.history.last?.hash)
    }

    @Test func theReaderKeepsTheChainAsWrittenAndNeverMakesItUp() throws {
        let catalog = try Fixtures.catalog()
        var progress = UserProgress()
        try progress.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        var text = String(decoding: ProgressJSONWriter.encode(progress, newline: true), as: UTF8.self)
        let hash = try #require(progress.history[0].hash)
        text = text.replacingOccurrences(of: "\"hash\" : \"\(hash)\"", with: "\"hash\" : \"\(String(repeating: "a", count: 64))\"")
        let read = try #require(ProgressJSONReader.decode(Data(text.utf8)))
        #expect(read.history[0].hash == String(repeating: "a", count: 64))
        #expect(read.chain?.head == hash)
    }
}
