import Foundation
import Testing
@testable import ChecklistEngine

/// `optout doctor --restore-backup` as the store does it: refusals, and a restore that keeps
/// the unreadable file.
@Suite struct BackupRestorerTests {
    let catalog: Catalog
    let folder: TemporaryFolder

    init() throws {
        catalog = try Fixtures.catalog()
        folder = try TemporaryFolder()
    }

    var store: ProgressStore { ProgressStore(url: folder.file("progress.json")) }

    /// Two saves: the first version becomes the backup.
    func saveTwice() throws {
        _ = try store.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        _ = try store.apply(.addAccount(platform: "facebook", label: nil), catalog: catalog, at: Fixtures.t1)
    }

    @Test func withoutABackupNothingIsRestored() throws {
        #expect {
            try BackupRestorer(store: store).restore(at: Fixtures.t2)
        } throws: { error in
            guard case BackupRestorer.Refusal.noBackup(let path) = error else { return false }
            return path == store.backupURL.path
        }
        #expect(!FileManager.default.fileExists(atPath: store.fileURL.path))
    }

    @Test func aFileThatReadsWellIsKept() throws {
        try saveTwice()
        let before = try Data(contentsOf: store.fileURL)
        #expect {
            try BackupRestorer(store: store).restore(at: Fixtures.t2)
        } throws: { error in
            guard case BackupRestorer.Refusal.fileReadsWell = error else { return false }
            return true
        }
        #expect(try Data(contentsOf: store.fileURL) == before)
    }

    @Test func anUnreadableBackupIsSaidInBothLanguages() throws {
        try saveTwice()
        try Data("{ broken".utf8).write(to: store.backupURL)
        var refusal: BackupRestorer.Refusal?
        do {
            _ = try BackupRestorer(store: store).restore(at: Fixtures.t2)
        } catch let error as BackupRestorer.Refusal {
            refusal = error
        }
        let said = try #require(refusal)
        #expect(said.message(in: .en).hasPrefix("The backup \(store.backupURL.path) cannot be read either ("))
        #expect(said.message(in: .fr).hasPrefix("La sauvegarde \(store.backupURL.path) est illisible elle aussi ("))
    }

    @Test func aBrokenFileIsReplacedByTheBackupAndKept() throws {
        try saveTwice()
        let backup = try Data(contentsOf: store.backupURL)
        let broken = Data("{ not json".utf8)
        try broken.write(to: store.fileURL)
        let restored = try BackupRestorer(store: store).restore(at: Fixtures.t2)
        #expect(try Data(contentsOf: store.fileURL) == backup)
        #expect(restored.accounts == 1)
        #expect(restored.file == store.url.path)
        let kept = try #require(restored.keptAs)
        #expect(kept.hasPrefix(store.fileURL.path + ".broken-"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept)) == broken)
        // A second broken file on the same second gets a name of its own.
        try broken.write(to: store.fileURL)
        let again = try BackupRestorer(store: store).restore(at: Fixtures.t2)
        #expect(again.keptAs == kept + "-2")
    }
}
