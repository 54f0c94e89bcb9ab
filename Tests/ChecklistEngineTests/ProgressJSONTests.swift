import Foundation
import Testing
@testable import ChecklistEngine

/// The hand-written progress coder must give exactly Foundation's bytes and read back the
/// same value, for any text a user or a file can put in it.
@Suite struct ProgressJSONTests {
    static let texts = [
        "@marie", "Grand-mère 👵", "日本語", "quote \" and backslash \\", "slash / and tab \t", "line\nbreak\r",
        "\u{1b}[31mred", "\u{0}\u{7}\u{1f}", "\u{7f}\u{9b}", "\u{202e}evil", "", " ", "emoji 👨‍👩‍👧 flag 🇫🇷", "a\u{301}",
    ]

    func progress(seed: UInt64) -> UserProgress {
        var random = SplitMix(seed: seed)
        var progress = UserProgress()
        for index in 0..<Int(random.next() % 6) {
            let text = Self.texts[Int(random.next() % UInt64(Self.texts.count))]
            var account = Account(id: "p-\(index)", platform: "demo", label: random.next() % 3 == 0 ? nil : text,
                                  created: Date(timeIntervalSince1970: Double(random.next() % 2_000_000_000)),
                                  coveredBy: random.next() % 4 == 0 ? "p-0" : nil)
            for step in 0..<Int(random.next() % 4) {
                account.ticks["s\(step)"] = Tick(at: Date(timeIntervalSince1970: Double(random.next() % 2_000_000_000)),
                                                 catalogRevision: "abc", stepRevision: text.isEmpty ? "x" : "r\(step)")
                if random.next() % 2 == 0 { account.notes["s\(step)"] = text }
            }
            if random.next() % 3 == 0 { account.reviewed = Date(timeIntervalSince1970: 1_700_000_000.5) }
            progress.accounts.append(account)
            progress.history.append(HistoryEntry(at: account.created, action: .addAccount, account: account.id,
                                                 platform: "demo", step: nil, detail: account.label))
        }
        return progress
    }

    @Test(arguments: 0..<200)
    func bytesMatchFoundationAndRoundTrip(seed: Int) throws {
        let value = progress(seed: UInt64(seed))
        let foundation = try ProgressCoding.encoder.encode(value)
        #expect(ProgressJSONWriter.encode(value, newline: false) == foundation, "seed \(seed)")
        let written = try ProgressCoding.encode(value)
        let store = ProgressStore(url: URL(fileURLWithPath: "/nonexistent/progress.json"))
        let read = try store.decode(written)
        // Times keep whole seconds in the file.
        var expected = value
        for index in expected.accounts.indices {
            expected.accounts[index].created = Date(timeIntervalSince1970: expected.accounts[index].created.timeIntervalSince1970.rounded(.down))
            if let reviewed = expected.accounts[index].reviewed {
                expected.accounts[index].reviewed = Date(timeIntervalSince1970: reviewed.timeIntervalSince1970.rounded(.down))
            }
        }
        #expect(read == expected, "seed \(seed)")
    }
}
