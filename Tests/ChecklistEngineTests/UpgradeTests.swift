import Foundation
import Testing
@testable import ChecklistEngine

/// From schema version 1 to 2: a version 1 file is read as it is, and upgraded at its first
/// change, keeping every account, tick, note and history entry, and itself as
/// `progress.json.v1`. A newer file is still refused.
@Suite struct UpgradeTests {
    let catalog: Catalog
    let folder: TemporaryFolder

    init() throws {
        catalog = try Fixtures.catalog()
        folder = try TemporaryFolder()
    }

    var url: URL { folder.file("progress.json") }
    var store: ProgressStore { ProgressStore(url: url) }

    /// A file as optout 0.1 wrote it: two accounts, ticks, notes, a cover, nine entries.
    static let versionOne = """
        {
          "accounts" : [
            {
              "created" : "2025-06-01T09:00:00Z",
              "id" : "instagram",
              "label" : "@marie",
              "notes" : {
                "send" : "réf. 42\\nkept"
              },
              "platform" : "instagram",
              "ticks" : {
                "open-form" : {
                  "at" : "2025-06-01T10:00:00Z",
                  "catalogRevision" : "old",
                  "stepRevision" : "old-step"
                },
                "send" : {
                  "at" : "2025-06-02T11:30:00Z",
                  "catalogRevision" : "old",
                  "stepRevision" : "old-step"
                }
              }
            },
            {
              "coveredBy" : "instagram",
              "created" : "2025-06-01T09:05:00Z",
              "id" : "facebook",
              "notes" : {

              },
              "platform" : "facebook",
              "ticks" : {

              }
            }
          ],
          "history" : [
            {"account" : "instagram", "action" : "add-account", "at" : "2025-06-01T09:00:00Z", "detail" : "@marie", "platform" : "instagram"},
            {"account" : "facebook", "action" : "add-account", "at" : "2025-06-01T09:05:00Z", "platform" : "facebook"},
            {"account" : "instagram", "action" : "tick", "at" : "2025-06-01T10:00:00Z", "platform" : "instagram", "step" : "open-form"},
            {"account" : "instagram", "action" : "tick", "at" : "2025-06-02T11:00:00Z", "platform" : "instagram", "step" : "send"},
            {"account" : "instagram", "action" : "untick", "at" : "2025-06-02T11:10:00Z", "platform" : "instagram", "step" : "send"},
            {"account" : "instagram", "action" : "tick", "at" : "2025-06-02T11:30:00Z", "platform" : "instagram", "step" : "send"},
            {"account" : "instagram", "action" : "note", "at" : "2025-06-02T11:30:00Z", "detail" : "réf. 42\\nkept", "platform" : "instagram", "step" : "send"},
            {"account" : "facebook", "action" : "cover", "at" : "2025-06-02T12:00:00Z", "detail" : "instagram", "platform" : "facebook"},
            {"account" : "facebook", "action" : "relabel", "at" : "2025-06-02T12:01:00Z", "platform" : "facebook"}
          ],
          "schemaVersion" : 1
        }

        """

    @Test func aVersionOneFileIsReadAsItIs() throws {
        try Data(Self.versionOne.utf8).write(to: url)
        let progress = try store.load()
        #expect(progress.schemaVersion == 1)
        #expect(progress.chain == nil)
        #expect(progress.history.count == 9)
        #expect(progress.history.allSatisfy { $0.hash == nil && $0.previous == nil })
        #expect(Verification().run(progress).problem == .notChained(schemaVersion: 1))
        #expect(!FileManager.default.fileExists(atPath: store.versionOneURL.path), "reading upgrades nothing")
    }

    @Test func theFirstChangeUpgradesKeepingEverythingAndTheVersionOneFile() throws {
        let original = Data(Self.versionOne.utf8)
        try original.write(to: url)
        let before = try store.load()
        let (after, _) = try store.apply(.tick(account: "instagram", step: "object-web", note: nil), catalog: catalog, at: Fixtures.t3)

        #expect(after.schemaVersion == 2)
        for account in before.accounts {
            let upgraded = try #require(after.account(id: account.id))
            for (step, tick) in account.ticks { #expect(upgraded.ticks[step] == tick, "\(account.id) \(step)") }
            #expect(upgraded.notes == account.notes)
            #expect(upgraded.coveredBy == account.coveredBy)
        }
        // Every earlier entry, in its order, then the upgrade, then the change.
        #expect(after.history.count == 11)
        for (old, new) in zip(before.history, after.history) {
            #expect(HistoryEntry(at: new.at, action: new.action, account: new.account, platform: new.platform, step: new.step, detail: new.detail) == old)
        }
        let upgrade = after.history[9]
        #expect(upgrade.action == .upgrade && upgrade.detail == "1" && upgrade.at == Fixtures.t3 && upgrade.account.isEmpty)
        #expect(after.history[10].action == .tick && after.history[10].step == "object-web")

        // The version 1 file is kept, byte for byte, and private.
        #expect(try Data(contentsOf: store.versionOneURL) == original)
        var info = stat()
        #expect(stat(store.versionOneURL.path, &info) == 0 && info.st_mode & 0o777 == 0o600)

        let read = try store.load()
        #expect(read == after)
        let report = Verification().run(read)
        #expect(report.holds, "\(String(describing: report.problem))")
        #expect(report.sentence(SpokenDate(.en, timeZone: TimeZone(identifier: "UTC") ?? .current))
            == "11 changes since 1 June 2025, chain intact (the 9 changes before the upgrade of 3 June 2025 were chained then: "
            + "their times were not protected before); every tick and note agrees with the history.")
    }

    @Test func anExistingVersionOneCopyIsNeverOverwritten() throws {
        let earlier = Data("the copy kept from an earlier upgrade\n".utf8)
        try earlier.write(to: store.versionOneURL)
        try Data(Self.versionOne.utf8).write(to: url)
        _ = try store.apply(.markReviewed(account: "instagram"), catalog: catalog, at: Fixtures.t3)
        #expect(try Data(contentsOf: store.versionOneURL) == earlier)
        #expect(try store.load().schemaVersion == 2)
    }

    @Test func aRefusedChangeUpgradesNothing() throws {
        let original = Data(Self.versionOne.utf8)
        try original.write(to: url)
        let error = ProgressError.caught {
            try store.apply(.tick(account: "instagram", step: "send", note: nil), catalog: catalog, at: Fixtures.t3)
        }
        #expect(error == .alreadyDone(account: "instagram", step: "send"))
        #expect(try Data(contentsOf: url) == original)
        #expect(!FileManager.default.fileExists(atPath: store.versionOneURL.path))
    }

    @Test func laterChangesKeepTheChainAndLeaveTheCopyAlone() throws {
        try Data(Self.versionOne.utf8).write(to: url)
        _ = try store.apply(.setNote(account: "instagram", step: "keep-proof", note: "asked"), catalog: catalog, at: Fixtures.t3)
        let kept = try Data(contentsOf: store.versionOneURL)
        let (after, _) = try store.apply(.untick(account: "instagram", step: "open-form"), catalog: catalog, at: Fixtures.days(1, after: Fixtures.t3))
        #expect(try Data(contentsOf: store.versionOneURL) == kept)
        #expect(after.history.filter { $0.action == .upgrade }.count == 1)
        #expect(Verification().run(try store.load()).holds)
    }

    @Test func aNewFileStartsChainedWithNoUpgrade() throws {
        let (after, _) = try store.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        #expect(after.schemaVersion == 2 && after.history.map(\.action) == [.addAccount])
        #expect(!FileManager.default.fileExists(atPath: store.versionOneURL.path))
        #expect(Verification().run(try store.load()).holds)
    }

    @Test func aVersionThreeFileIsRefusedWithTheUsualSentenceAndLeftAlone() throws {
        let original = Data(#"{"schemaVersion": 3, "accounts": [], "chain": {"count": 0, "head": ""}, "history": [], "vaults": {}}"#.utf8)
        try original.write(to: url)
        let error = ProgressError.caught {
            try store.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t1)
        }
        #expect(error == .newerSchema(path: url.path, found: 3, supported: 2, backup: nil))
        #expect(error?.message(in: .en).contains("newer optout") == true)
        #expect(try Data(contentsOf: url) == original)
        #expect(!FileManager.default.fileExists(atPath: store.versionOneURL.path))
    }
}
