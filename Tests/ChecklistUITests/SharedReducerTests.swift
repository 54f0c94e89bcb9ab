import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

// MARK: Search, export, undo, help, quit

@Suite("reduce: search, export, undo, help, quit")
struct SharedReducerTests {
    func hits(_ h: Harness) -> [SearchState.Hit] {
        guard case .search(let search) = h.state.modal else { return [] }
        return search.hits(in: h.state)
    }

    @Test func searchIsAccentInsensitiveAndOpensTheHit() {
        var h = Harness(language: .fr)
        h.press(.c("/"))
        #expect(h.state.view == .search)
        h.type("reglage")
        let found = hits(h)
        #expect(found.map { "\($0.accountID)/\($0.stepID ?? "-")" } == ["instagram/ig-activity", "nihongo/jp-off"])
        #expect(found.first?.text == "Vérifiez le réglage d'activité")
        h.press(.down)
        h.press(.enter)
        #expect(h.state.modal == nil)
        #expect(h.state.page == .checklist)
        #expect(h.state.checklist?.accountID == "nihongo")
        #expect(h.state.selectedStep == "jp-off")
        #expect(h.state.dashboard.selected == 4)
    }

    @Test func searchFindsAccountsAndNotes() {
        var h = Harness()
        h.press(.c("/"))
        h.type("MARIE")
        #expect(hits(h).map(\.accountID) == ["instagram"])
        #expect(hits(h).first?.stepID == nil)
        h.press(.control("u"))
        h.type("received 3 june")
        #expect(hits(h).map { $0.stepID } == ["ig-send"])
        // An account hit opens on its next step to do: the first route of its form.
        h.press(.control("u"))
        h.type("grand-mere")
        h.press(.enter)
        #expect(h.state.checklist?.accountID == "facebook")
        #expect(h.state.selectedStep == "fb-app")
    }

    @Test func searchTypesQAndMovesAndCloses() {
        var h = Harness()
        h.press(.enter, .c("/"))  // from a checklist
        #expect(h.state.view == .search)
        h.type("q")
        #expect(!h.state.isQuitting)
        h.press(.backspace)
        h.type("form")
        #expect(hits(h).count == 4)
        h.press(.end)
        guard case .search(let search) = h.state.modal else { Issue.record("the search is not open"); return }
        #expect(search.selected == 3)
        h.press(.up, .home, .pageDown)
        guard case .search(let moved) = h.state.modal else { Issue.record("the search closed"); return }
        #expect(moved.selected == 3)
        h.press(.escape)
        #expect(h.state.modal == nil)
        #expect(h.state.checklist?.accountID == "instagram")
        // Nothing found: Enter does nothing.
        h.press(.c("/"))
        h.type("zzzz")
        #expect(h.press(.enter).isEmpty)
        #expect(h.state.view == .search)
    }

    @Test func exportPickerGivesTheFormat() {
        var h = Harness()
        h.press(.c("e"))
        #expect(h.state.modal == .chooseExport(selected: 0))
        h.press(.c("j"))
        #expect(h.state.modal == .chooseExport(selected: 1))
        #expect(h.press(.enter) == [.export(.report(.html), overwrite: false)])
        #expect(h.state.modal == nil)
        #expect(h.state.message?.text.hasPrefix("Report saved: ") == true)  // the loop wrote it at once
        h.press(.c("e"), .c("G"))
        #expect(h.state.modal == .chooseExport(selected: 4))
        h.press(.c("k"), .pageUp)
        #expect(h.state.modal == .chooseExport(selected: 0))
        h.press(.pageDown, .c("k"))
        #expect(h.press(.enter) == [.export(.report(.csv), overwrite: false)])
        for key in [Key.escape, .left] {
            h.press(.c("e"))
            #expect(h.press(key).isEmpty)
            #expect(h.state.modal == nil)
        }
        // From a checklist too.
        h.press(.enter, .c("e"), .enter)
        #expect(h.effects.last == .export(.report(.markdown), overwrite: false))
    }

    /// The last choice writes the dossier: one HTML page, readable by its owner only.
    @Test func exportPickerWritesTheDossier() throws {
        var h = Harness()
        h.press(.c("e"), .c("G"))
        #expect(h.press(.enter) == [.export(.dossier, overwrite: false)])
        let file = h.folder.appendingPathComponent("optout-dossier-2026-06-09.html")
        let page = try String(contentsOf: file, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("Instagram"))
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        // A second time asks before replacing it.
        h.press(.c("e"), .c("G"), .enter)
        #expect(h.state.modal == .confirmOverwrite(.dossier, path: file.path))
    }

    @Test func undoAndRedoKeepTheOriginalTickTime() {
        var h = Harness()
        h.press(.enter, .home, .down, .down, .down, .down)  // ig-confirm
        h.advance(60)
        h.press(.c(" "))
        let ticked = h.account("instagram")?.ticks["ig-confirm"]
        #expect(ticked?.at == Fixtures.now.addingTimeInterval(60))
        h.advance(60)
        let undo = h.press(.c("u"))
        #expect(undo == [.apply(.restoreTick(account: "instagram", step: "ig-confirm", tick: nil), origin: .undo)])
        #expect(h.account("instagram")?.ticks["ig-confirm"] == nil)
        #expect(h.state.message?.text == "Undone: 'Keep the confirmation email' is not done.")
        #expect(h.state.undoStack.isEmpty)
        #expect(h.state.redoStack == [.restoreTick(account: "instagram", step: "ig-confirm", tick: ticked)])
        h.advance(60)
        let redo = h.press(.control("r"))
        #expect(redo == [.apply(.restoreTick(account: "instagram", step: "ig-confirm", tick: ticked), origin: .redo)])
        #expect(h.account("instagram")?.ticks["ig-confirm"] == ticked)
        #expect(h.account("instagram")?.ticks["ig-confirm"]?.at == Fixtures.now.addingTimeInterval(60))
        #expect(h.state.message?.text == "Redone: 'Keep the confirmation email' is done again, with its original time.")
        // U redoes too, after another undo.
        h.press(.c("u"))
        h.press(.c("U"))
        #expect(h.account("instagram")?.ticks["ig-confirm"] == ticked)
    }

    @Test func nothingToUndoOrRedo() {
        var h = Harness()
        h.press(.c("u"))
        #expect(h.state.message?.text == "Nothing to undo.")
        h.press(.c("U"))
        #expect(h.state.message?.text == "Nothing to redo.")
        #expect(h.effects.isEmpty)
    }

    @Test func aNewChangeClearsRedo() {
        var h = Harness()
        h.press(.enter, .down, .down, .down, .down, .c(" "), .c("u"))
        #expect(h.state.redoStack.count == 1)
        h.press(.down, .c(" "))
        #expect(h.state.redoStack.isEmpty)
        #expect(h.state.undoStack.count == 1)
    }

    @Test func undoAddRemoveNoteAndCover() {
        var h = Harness()
        h.press(.c("a"))
        h.type("reddit")
        h.press(.enter, .enter)
        #expect(h.account("reddit-2") != nil)
        h.press(.c("u"))
        #expect(h.effects.last == .apply(.removeAccount(account: "reddit-2"), origin: .undo))
        #expect(h.account("reddit-2") == nil)
        h.press(.c("U"))
        #expect(h.account("reddit-2") != nil)
        // A note undone comes back as it was.
        h.state.open("instagram", at: "ig-send")
        h.press(.c("n"), .control("u"))
        h.type("new")
        h.press(.enter, .c("u"))
        #expect(h.account("instagram")?.notes["ig-send"] == "confirmation email received 3 June")
    }

    @Test func helpOpensForTheCurrentViewAndEscCloses() {
        var h = Harness()
        h.press(.c("?"))
        #expect(h.state.modal == .help(of: .dashboard, top: 0))
        #expect(h.state.view == .help)
        h.press(.c("?"))  // not bound in help: nothing
        #expect(h.state.modal == .help(of: .dashboard, top: 0))
        h.press(.escape)
        #expect(h.state.modal == nil)
        h.press(.enter, .function(1))
        #expect(h.state.modal == .help(of: .checklist, top: 0))
        h.press(.left)
        #expect(h.state.modal == nil)
        #expect(h.state.page == .checklist)
    }

    @Test func helpScrollsToItsLastLine() {
        var h = Harness()
        h.press(.c("?"), .down)
        #expect(h.state.modal == .help(of: .dashboard, top: 1))
        h.press(.end)
        let last = HelpLayout(of: .dashboard, h.state).lastTop
        #expect(h.state.modal == .help(of: .dashboard, top: last))
        h.press(.down, .pageDown)
        #expect(h.state.modal == .help(of: .dashboard, top: last))
        // The last line of the help (the last status) is on screen, in the frame's last row.
        #expect(Renderer.render(h.state).lines[21].contains("says it does not train"))
        h.press(.home)
        #expect(h.state.modal == .help(of: .dashboard, top: 0))
        h.press(.pageDown, .pageUp, .up)
        #expect(h.state.modal == .help(of: .dashboard, top: 0))
    }

    @Test func helpKeepsTheMessage() {
        var h = Harness()
        h.press(.c("u"))
        h.press(.c("?"))
        #expect(h.state.message?.text == "Nothing to undo.")
    }

    @Test(arguments: ViewKind.allCases)
    func qQuitsExceptWhereTextIsTyped(_ view: ViewKind) {
        var h = harness(in: view)
        #expect(h.state.view == view)
        let effects = h.press(.c("q"))
        if view.takesText {
            #expect(effects.isEmpty)
            #expect(!h.state.isQuitting)
            #expect(h.state.view == view)
            let typed: String? = switch h.state.modal {
            case .choosePlatform(let picker): picker.filter.text
            case .enterLabel(_, let field): field.text
            case .search(let search): search.query.text
            case .editNote(_, _, let field): field.text
            default: nil
            }
            #expect(typed?.hasSuffix("q") == true)
        } else {
            #expect(effects == [.quit])
            #expect(h.state.isQuitting)
        }
    }

    @Test(arguments: ViewKind.allCases)
    func ctrlCQuitsEverywhere(_ view: ViewKind) {
        var h = harness(in: view)
        #expect(h.press(.control("c")) == [.quit])
        #expect(h.state.isQuitting)
    }
}
