import Foundation
import Testing
@testable import ChecklistEngine

/// `EvidenceStore.contents(of:)`: the bytes only when they still have their hash.
@Suite struct EvidenceContentsTests {
    let folder: TemporaryFolder
    let store: EvidenceStore

    init() throws {
        folder = try TemporaryFolder()
        store = EvidenceStore(folder: folder.file("evidence"))
    }

    func stored(_ text: String) throws -> Evidence {
        let source = folder.file("source.txt")
        try Data(text.utf8).write(to: source)
        return try store.store(source.path, at: Date(timeIntervalSince1970: 1_748_941_964))
    }

    @Test func intactBytesAreGivenChangedOnesAreNot() throws {
        let evidence = try stored("the confirmation\n")
        #expect(store.contents(of: evidence.sha256) == .intact(Array("the confirmation\n".utf8)))
        let url = try store.fileURL(for: evidence.sha256)
        // One more byte at the end: the first bytes still hash right, the file does not.
        try Data("the confirmation\n!".utf8).write(to: url)
        #expect(store.contents(of: evidence.sha256) == .unusable(.changed))
        try Data("the confirmatioN\n".utf8).write(to: url)
        #expect(store.contents(of: evidence.sha256).integrity == .changed)
        try FileManager.default.removeItem(at: url)
        #expect(store.contents(of: evidence.sha256) == .unusable(.missing))
        #expect(store.contents(of: "not a hash") == .unusable(.missing))
    }

    @Test func aLinkOrAFolderInItsPlaceIsChanged() throws {
        let evidence = try stored("proof\n")
        let url = try store.fileURL(for: evidence.sha256)
        let elsewhere = folder.file("elsewhere.txt")
        try FileManager.default.moveItem(at: url, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: elsewhere)
        #expect(store.contents(of: evidence.sha256) == .unusable(.changed), "a link is never followed")
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        #expect(store.contents(of: evidence.sha256) == .unusable(.changed))
    }
}
