import ChecklistApp
import ChecklistEngine
import ChecklistUI
import Foundation
import Testing

/// The real run loop, driven by a scripted terminal over a real progress file.
@Suite("AppLoop")
struct AppLoopTests {
    @Test func tickingAStepByKeysSavesTheTick() throws {
        let fixture = AppLoopFixture()
        try fixture.save(.addAccount(platform: "instagram", label: "marie"))
        fixture.clock = AppLoopFixture.now.addingTimeInterval(3600)
        var loop = try fixture.loop([.key(.enter), .key(.c(" ")), .key(.c("q"))])
        loop.run()

        let saved = try fixture.store.load()
        let tick = try #require(saved.account(id: "instagram")?.ticks["ig-send"])
        #expect(tick.at == fixture.clock)
        #expect(loop.state.progress == saved)
        #expect(loop.state.isQuitting)
        #expect(loop.hasEnded)
        // The frame after the tick shows it ticked.
        let frame = try #require(loop.scripted.lastFrame)
        #expect(frame.lines.contains { $0.contains("Send the objection") })
        #expect(loop.scripted.pendingEvents == 0)
    }

    @Test func quittingSavesNothing() throws {
        let fixture = AppLoopFixture()
        try fixture.save(.addAccount(platform: "instagram", label: "marie"))
        let before = try #require(fixture.fileBytes)
        let modified = try FileManager.default.attributesOfItem(atPath: fixture.file.path)[.modificationDate] as? Date
        var loop = try fixture.loop([.key(.enter), .key(.down), .key(.c("q")), .key(.c(" "))])
        loop.run()
        #expect(fixture.fileBytes == before)
        #expect(try FileManager.default.attributesOfItem(atPath: fixture.file.path)[.modificationDate] as? Date == modified)
        #expect(!FileManager.default.fileExists(atPath: fixture.store.backupURL.path))
        // The key after q is never read.
        #expect(loop.scripted.pendingEvents == 1)
    }

    @Test func quittingWithoutAFileCreatesNone() throws {
        let fixture = AppLoopFixture()
        var loop = try fixture.loop([.key(.c("?")), .key(.control("c"))])
        loop.run()
        #expect(loop.hasEnded)
        #expect(fixture.fileBytes == nil)
    }

    @Test func theFirstFrameIsDrawnBeforeAnyKey() throws {
        let fixture = AppLoopFixture()
        var loop = try fixture.loop([])
        loop.start()
        #expect(loop.scripted.frames.count == 1)
        #expect(loop.scripted.frames.first == Renderer.render(loop.state))
        #expect(loop.scripted.timeouts.isEmpty)
    }

    @Test func aResizeRedrawsAtTheNewSize() throws {
        let fixture = AppLoopFixture()
        try fixture.save(.addAccount(platform: "instagram", label: "marie"))
        var loop = try fixture.loop([.resize(width: 120, height: 40), .resize(width: 30, height: 8)])
        loop.run()
        let sizes = loop.scripted.frames.map { [$0.width, $0.height] }
        #expect(sizes == [[80, 24], [120, 40], [30, 8]])
        #expect(loop.scripted.frames[1] == Renderer.render({ var s = loop.state; s.width = 120; s.height = 40; return s }()))
        // Too small: the frame says so rather than drawing a cut page.
        #expect(loop.state.view == .tooSmall)
    }

    @Test func aHangUpEndsTheLoopAtOnce() throws {
        let fixture = AppLoopFixture()
        try fixture.save(.addAccount(platform: "instagram", label: "marie"))
        let before = fixture.fileBytes
        var loop = try fixture.loop([.key(.down), .hangUp, .key(.enter), .key(.c(" "))])
        loop.run()
        #expect(loop.hasEnded)
        #expect(!loop.state.isQuitting)
        #expect(loop.scripted.pendingEvents == 2)
        // A frame after the key; none after the hang-up.
        #expect(loop.scripted.frames.count == 2)
        #expect(fixture.fileBytes == before)
        let effects1 = loop.step()
        #expect(effects1.isEmpty)
        #expect(loop.scripted.pendingEvents == 2)
    }

    /// When the script runs out the scripted terminal hangs up, so a loop cannot spin.
    @Test func anEmptyScriptEndsTheLoop() throws {
        let fixture = AppLoopFixture()
        var loop = try fixture.loop([])
        loop.run()
        #expect(loop.hasEnded)
        #expect(loop.scripted.timeouts == [1000])
    }

    @Test func anotherProcessesSaveIsReloadedWhenIdle() throws {
        let fixture = AppLoopFixture()
        try fixture.save(.addAccount(platform: "instagram", label: "marie"))
        var loop = try fixture.loop([.idle])
        loop.start()
        #expect(loop.state.progress.accounts.count == 1)
        // Another optout adds an account meanwhile.
        let theirs = try fixture.save(.addAccount(platform: "instagram", label: "granny"), at: AppLoopFixture.now.addingTimeInterval(5))
        loop.scripted.enqueue([.idle])
        loop.step()
        #expect(loop.state.progress == theirs)
        #expect(loop.scripted.lastFrame?.lines.contains { $0.contains("granny") } == true)
        // Nothing changed since: an idle turn reloads nothing.
        loop.scripted.enqueue([.idle])
        let effects2 = loop.step()
        #expect(effects2.isEmpty)
        #expect(loop.state.progress == theirs)
    }

    /// The loop's own save is not taken for another process's.
    @Test func itsOwnSaveIsNotReloaded() throws {
        let fixture = AppLoopFixture()
        try fixture.save(.addAccount(platform: "instagram", label: "marie"))
        var loop = try fixture.loop([.key(.enter), .key(.c(" ")), .idle])
        loop.start()
        loop.step()
        loop.step()
        let afterTick = loop.state
        loop.step()
        #expect(loop.state.message == afterTick.message)
        #expect(loop.state.undoStack == afterTick.undoStack)
    }

    @Test func theClockMovesOnIdleTurns() throws {
        let fixture = AppLoopFixture()
        var loop = try fixture.loop([.idle])
        loop.start()
        #expect(loop.state.now == AppLoopFixture.now)
        fixture.clock = AppLoopFixture.now.addingTimeInterval(120)
        loop.step()
        #expect(loop.state.now == fixture.clock)
    }

    @Test func theExportEffectWritesTheReport() throws {
        let fixture = AppLoopFixture()
        try fixture.save(.addAccount(platform: "instagram", label: "marie"))
        var loop = try fixture.loop([.key(.c("e")), .key(.enter)])
        loop.start()
        let effects3 = loop.step()
        #expect(effects3.isEmpty)
        let effects4 = loop.step()
        #expect(effects4 == [.export(.report(.markdown), overwrite: false)])
        let name = ReportFormat.markdown.defaultFileName(for: CalendarDay(fixture.clock, timeZone: .current))
        let report = fixture.folder.appendingPathComponent(name)
        let text = try String(contentsOf: report, encoding: .utf8)
        #expect(text.contains("Instagram"))
        #expect(loop.state.message?.text == "Report saved: \(report.path)")
        // Again: the file exists, so the loop asks before replacing it.
        loop.scripted.enqueue([.key(.c("e")), .key(.enter)])
        loop.step()
        loop.step()
        #expect(loop.state.view == .confirm)
    }

    @Test func linksGoToTheOpenerAndTheClipboardToTheTerminal() throws {
        let fixture = AppLoopFixture()
        try fixture.save(.addAccount(platform: "instagram", label: "marie"))
        let url = "https://help.instagram.com/contact/767264225370182"
        var loop = try fixture.loop([.key(.enter), .key(.c("o")), .key(.c("y"))])
        loop.run()
        #expect(fixture.openedLinks == [url])
        #expect(loop.scripted.clipboard == [url])
        #expect(loop.state.message?.text == "Copied to the terminal clipboard: \(url)")
    }

    @Test func aSaveThatFailsIsSaidAndTheStateKept() throws {
        let fixture = AppLoopFixture()
        try fixture.save(.addAccount(platform: "instagram", label: "marie"))
        var loop = try fixture.loop([.key(.enter), .key(.c(" "))])
        loop.start()
        loop.step()
        // The file turns into a folder behind the loop's back.
        try FileManager.default.removeItem(at: fixture.file)
        try FileManager.default.createDirectory(at: fixture.file, withIntermediateDirectories: false)
        loop.step()
        #expect(loop.state.message?.kind == .error)
        #expect(loop.state.progress.account(id: "instagram")?.ticks.isEmpty == true)
    }
}
