import Foundation
import Testing
@testable import ChecklistEngine

/// Inputs far larger than any person types: a clear refusal, quickly, never a crash.
@Suite struct HugeInputTests {
    let catalog: Catalog

    init() throws { catalog = try Fixtures.catalog() }

    @Test func aMegabyteLabelOrNoteIsRefused() throws {
        var progress = UserProgress()
        let label = String(repeating: "é", count: 1_048_576)
        #expect(ProgressError.caught { _ = try progress.apply(.addAccount(platform: "instagram", label: label), catalog: catalog, at: Fixtures.t0) } == .labelInvalid)
        #expect(progress == UserProgress())
        _ = try progress.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        let note = String(repeating: "note ", count: 220_000)
        #expect(ProgressError.caught { _ = try progress.apply(.tick(account: "instagram", step: "send", note: note), catalog: catalog, at: Fixtures.t1) }
            == .noteTooLong(limit: UserProgress.maximumNoteLength))
        #expect(ProgressError.caught { _ = try progress.apply(.relabel(account: "instagram", label: label), catalog: catalog, at: Fixtures.t1) } == .labelInvalid)
        // An error message quoting a huge value stays one short line.
        let message = ProgressError.noSuchAccount(reference: label + "\n\u{1B}[31m").message(in: .en)
        #expect(message.count < 300 && !message.contains("\n") && !message.contains("\u{1B}"))
    }

    @Test func aCatalogNestedTenThousandDeepIsRefusedBeforeParsing() throws {
        var text = "id: deep\nsteps: "
        for n in 0..<10_000 { text += "[{id: s\(n), title: {en: a, fr: b}, steps: " }
        text += "[]" + String(repeating: "}]", count: 10_000) + "\n"
        let result = CatalogLoader.load(text: text, file: "deep.yaml")
        #expect(result.platform == nil)
        #expect(result.issues.map(\.problem) == [.tooDeep(limit: YAMLReader.maximumNesting)])
    }

    @Test func aProgressFileNestedTenThousandDeepIsRefused() throws {
        let store = ProgressStore(url: URL(fileURLWithPath: "/nonexistent/progress.json"))
        for text in [String(repeating: "[", count: 10_000), String(repeating: "{\"a\":", count: 10_000),
                     "{\"schemaVersion\": 1, \"accounts\": " + String(repeating: "[", count: 100_000)] {
            guard case .unreadable? = ProgressError.caught({ _ = try store.decode(Data(text.utf8)) }) else {
                Issue.record("not refused as unreadable")
                continue
            }
        }
    }
}
