import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

// MARK: Results of effects

@Suite("reduce: results of effects")
struct EffectResultTests {
    @Test func changeFailedShowsTheError() {
        var h = Harness(language: .fr)
        h.send(.changeFailed(.cannotWrite(path: "/tmp/p.json", reason: "no space left on device")))
        #expect(h.state.message?.kind == .error)
        #expect(h.state.message?.text.hasPrefix("Impossible d'enregistrer /tmp/p.json (no space left on device)") == true)
    }

    @Test func exportResults() {
        var h = Harness()
        h.send(.exported(path: "/home/marie/optout-report-2026-06-09.md"))
        #expect(h.state.message == .init("Report saved: /home/marie/optout-report-2026-06-09.md"))
        h.send(.exportFailed(message: "Could not write the report."))
        #expect(h.state.message == .init("Could not write the report.", .error))
        var fr = Harness(language: .fr)
        fr.send(.exported(path: "/tmp/r.md"))
        #expect(fr.state.message?.text == "Rapport enregistré : /tmp/r.md")
    }

    @Test func linkResults() {
        let url = "https://help.instagram.com/contact/767264225370182"
        var h = Harness()
        h.send(.linkOpened(url: url))
        #expect(h.state.message?.text == "Opened in the browser: \(url)")
        h.send(.linkFailed(url: url))
        #expect(h.state.message?.text == "No browser could be opened; the link is: \(url)")
        h.send(.copied(url: url))
        #expect(h.state.message?.text == "Copied to the terminal clipboard: \(url)")
        // The whole link is on screen to be copied by hand.
        var wide = Harness(width: 120, height: 40)
        wide.send(.linkFailed(url: url))
        #expect(Renderer.render(wide.state).text.contains(url))
    }

    @Test func clockMovesStatuses() {
        // nihongo ticked 10 days ago, re-checked every 90 days.
        var progress = UserProgress()
        _ = try? progress.apply(.addAccount(platform: "nihongo", label: nil), catalog: Fixtures.catalog, at: Fixtures.now.addingTimeInterval(-20 * Fixtures.day))
        _ = try? progress.apply(.tick(account: "nihongo", step: "jp-off", note: nil), catalog: Fixtures.catalog, at: Fixtures.now.addingTimeInterval(-10 * Fixtures.day))
        var h = Harness(progress: progress)
        #expect(h.state.evaluations.first?.status == .optedOut)
        let later = Fixtures.now.addingTimeInterval(81 * Fixtures.day)
        h.send(.clock(later))
        #expect(h.state.now == later)
        #expect(h.state.evaluations.first?.status == .needsReview)
    }

    @Test func progressReloadedReplacesTheProgress() {
        var h = Harness(progress: UserProgress())
        h.send(.progressReloaded(Fixtures.progress))
        #expect(h.state.evaluations.count == 5)
        // A dialog about an account that another optout removed closes.
        h.press(.c("d"))
        var progress = h.state.progress
        _ = try? progress.apply(.removeAccount(account: "instagram"), catalog: Fixtures.catalog, at: Fixtures.now)
        h.send(.progressReloaded(progress))
        #expect(h.state.modal == nil)
        #expect(h.press(.c("y")).isEmpty)
    }

    @Test func changeAppliedFeedsTheStacks() {
        var h = Harness()
        let change = ProgressChange.relabel(account: "instagram", label: "x")
        var progress = h.state.progress
        guard let outcome = try? progress.apply(change, catalog: Fixtures.catalog, at: Fixtures.now) else {
            Issue.record("relabel fails")
            return
        }
        h.send(.changeApplied(change, outcome: outcome, progress: progress, origin: .user))
        #expect(h.state.undoStack == [.relabel(account: "instagram", label: Fixtures.marie)])
        #expect(h.state.progress == progress)
        h.send(.changeApplied(change, outcome: outcome, progress: progress, origin: .undo))
        #expect(h.state.redoStack.count == 1)
        #expect(h.state.message?.text == "Undone: Renamed to x.")
        h.send(.changeApplied(change, outcome: outcome, progress: progress, origin: .redo))
        #expect(h.state.undoStack.count == 2)
        // At most 200 undo steps are kept.
        for _ in 0..<250 { h.send(.changeApplied(change, outcome: outcome, progress: progress, origin: .user)) }
        #expect(h.state.undoStack.count == 200)
        #expect(h.state.redoStack.isEmpty)
    }
}
