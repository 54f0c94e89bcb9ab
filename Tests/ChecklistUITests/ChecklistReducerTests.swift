import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

// MARK: Checklist

@Suite("reduce: checklist")
struct ChecklistReducerTests {
    /// Instagram's rows: ig-open (any_of: ig-app, ig-web), ig-send, ig-confirm, ig-activity.
    static let rows = ["ig-open", "ig-app", "ig-web", "ig-send", "ig-confirm", "ig-activity"]

    @Test func movesClampAndScroll() {
        // 40x10: four rows of tree for six steps.
        var h = Harness(width: 40, height: 10)
        h.press(.enter, .home)
        #expect(ChecklistLayout(FrameLayout(h.state), treeRowCount: 6, showsDetail: false).treeRows.count == 4)
        #expect(h.state.selectedStep == "ig-open")
        h.press(.up)
        #expect(h.state.selectedStep == "ig-open")
        h.press(.down, .down, .down, .down)
        #expect(h.state.selectedStep == "ig-confirm")
        #expect(h.state.checklist?.top == 1)
        h.press(.c("j"))
        #expect(h.state.selectedStep == "ig-activity")
        #expect(h.state.checklist?.top == 2)
        h.press(.down)
        #expect(h.state.selectedStep == "ig-activity")
        h.press(.home)
        #expect(h.state.selectedStep == "ig-open")
        #expect(h.state.checklist?.top == 0)
        h.press(.pageDown)
        #expect(h.state.selectedStep == "ig-confirm")
        h.press(.c("G"))
        #expect(h.state.selectedStep == "ig-activity")
        h.press(.pageUp)
        #expect(h.state.selectedStep == "ig-app")
        #expect(h.state.checklist?.top == 1)
        h.press(.c("g"), .c("k"))
        #expect(h.state.selectedStep == "ig-open")
        h.press(.end)
        #expect(h.state.selectedStep == "ig-activity")
        #expect(h.effects.isEmpty)
    }

    @Test func enterOnAParentGoesToItsFirstChildAndExpandsAFoldedOne() {
        var h = Harness()
        h.press(.enter, .home)
        h.press(.enter)
        #expect(h.state.selectedStep == "ig-app")
        h.press(.left)  // to the parent
        #expect(h.state.selectedStep == "ig-open")
        h.press(.left)  // folds it
        #expect(h.state.checklist?.collapsed == ["ig-open"])
        #expect(h.state.checklist.map { $0.rows(of: Fixtures.catalog.platform(id: "instagram")!).count } == 4)
        h.press(.right)  // unfolds, stays
        #expect(h.state.checklist?.collapsed == [])
        #expect(h.state.selectedStep == "ig-open")
    }

    @Test func leftOnATopLevelStepAndEscGoBackToTheDashboard() {
        for key in [Key.left, .escape] {
            var h = Harness()
            h.press(.down, .enter, .home, .down, .down, .down)  // facebook, fb-send
            #expect(h.state.selectedStep == "fb-send")
            h.press(.c("G"))
            h.press(key)
            #expect(h.state.page == .dashboard)
            #expect(h.state.dashboard.selected == 1)
            #expect(h.state.view == .dashboard)
        }
    }

    @Test func escFromAChildStepAlsoGoesBack() {
        var h = Harness()
        h.press(.enter, .home, .enter)
        #expect(h.state.selectedStep == "ig-app")
        h.press(.escape)
        #expect(h.state.page == .dashboard)
    }

    @Test func expandAllAndCollapseAll() {
        var h = Harness()
        h.press(.enter, .home, .enter)  // on ig-app
        h.press(.c("-"))
        #expect(h.state.checklist?.collapsed == ["ig-open"])
        #expect(h.state.selectedStep == "ig-open")
        h.press(.c("+"))
        #expect(h.state.checklist?.collapsed == [])
    }

    @Test func detailPaneToggles() {
        // 80x24: the pane is toggled; Enter on a leaf shows it, Esc hides it, i toggles.
        var h = Harness()
        h.press(.enter, .down, .down, .down)
        h.press(.enter)
        #expect(h.state.checklist?.showsDetail == true)
        h.press(.escape)
        #expect(h.state.checklist?.showsDetail == false)
        #expect(h.state.page == .checklist)
        h.press(.c("i"))
        #expect(h.state.checklist?.showsDetail == true)
        h.press(.c("i"))
        #expect(h.state.checklist?.showsDetail == false)
        // Wide: the pane is always beside; Enter on a leaf changes nothing.
        var wide = Harness(width: 120, height: 40)
        wide.press(.enter, .down, .down, .down)
        let before = Observed(wide.state)
        wide.press(.enter)
        #expect(Observed(wide.state) == before)
    }

    @Test func spaceTicksAndUnticksALeaf() {
        var h = Harness()
        h.press(.enter, .home, .down, .down, .down, .down)
        #expect(h.state.selectedStep == "ig-confirm")
        h.advance(60)
        let tick = h.press(.c(" "))
        #expect(tick == [.apply(.tick(account: "instagram", step: "ig-confirm", note: nil), origin: .user)])
        #expect(h.account("instagram")?.ticks["ig-confirm"]?.at == h.clock)
        #expect(h.state.evaluation(ofAccount: "instagram")?.status == .optedOut)
        #expect(h.state.message?.text == "Ticked 'Keep the confirmation email'; saved.")
        let untick = h.press(.c(" "))
        #expect(untick == [.apply(.untick(account: "instagram", step: "ig-confirm"), origin: .user)])
        #expect(h.account("instagram")?.ticks["ig-confirm"] == nil)
        #expect(h.state.message?.text == "Unticked 'Keep the confirmation email'; saved.")
    }

    @Test func spaceOnAParentOpensItOnItsFirstAlternative() {
        var h = Harness(language: .fr)
        h.state.open("facebook", at: "fb-open")
        h.press(.c("-"))
        #expect(h.state.checklist?.collapsed.contains("fb-open") == true)
        let effects = h.press(.c(" "))
        #expect(effects.isEmpty)
        #expect(h.state.message == nil)
        #expect(h.state.checklist?.collapsed.contains("fb-open") == false)
        #expect(h.state.selectedStep == "fb-app")
        // The next Space ticks it.
        #expect(h.press(.c(" ")) == [.apply(.tick(account: "facebook", step: "fb-app", note: nil), origin: .user)])
    }

    @Test func spaceRefusesAPlatformWithoutOptOut() {
        var h = Harness()
        h.state.open("reddit")
        let effects = h.press(.c(" "))
        #expect(effects.isEmpty)
        #expect(h.state.message?.text == "Reddit offers no opt-out: there is nothing to tick.")
    }

    @Test func noteIsTypedSavedOrCancelled() {
        var h = Harness()
        h.press(.enter, .home, .down, .down, .down, .down)  // ig-confirm, no note yet
        h.press(.c("n"))
        #expect(h.state.modal == .editNote(accountID: "instagram", stepID: "ig-confirm", TextField(limit: UserProgress.maximumNoteLength)))
        #expect(h.state.view == .editNote)
        h.type("email 3 Junq")
        h.press(.backspace)
        h.type("e")
        h.press(.home, .c("x"), .left, .delete, .end)  // editing keys edit; q, Home, Left, Delete never leave
        guard case .editNote(_, _, let field) = h.state.modal else {
            Issue.record("the note editor closed")
            return
        }
        #expect(field.text == "email 3 June")
        let saved = h.press(.enter)
        #expect(saved == [.apply(.setNote(account: "instagram", step: "ig-confirm", note: "email 3 June"), origin: .user)])
        #expect(h.state.modal == nil)
        #expect(h.account("instagram")?.notes["ig-confirm"] == "email 3 June")
        #expect(h.state.message?.text == "Note saved on 'Keep the confirmation email'.")

        // The existing note is offered for editing; Esc leaves it as it was.
        h.press(.c("n"))
        guard case .editNote(_, _, let existing) = h.state.modal else {
            Issue.record("no note editor")
            return
        }
        #expect(existing.text == "email 3 June")
        h.press(.control("u"))
        h.type("something else")
        let cancelled = h.press(.escape)
        #expect(cancelled.isEmpty)
        #expect(h.state.modal == nil)
        #expect(h.account("instagram")?.notes["ig-confirm"] == "email 3 June")
    }

    @Test func emptyNoteRemovesIt() {
        var h = Harness()
        h.press(.enter, .home, .down, .down, .down)  // ig-send, with a note
        h.press(.c("n"), .control("u"), .enter)
        #expect(h.effects.last == .apply(.setNote(account: "instagram", step: "ig-send", note: ""), origin: .user))
        #expect(h.account("instagram")?.notes["ig-send"] == nil)
        #expect(h.state.message?.text == "Note removed from 'Send the objection'.")
    }

    @Test func linksOpenAndCopy() {
        var h = Harness()
        h.press(.enter, .home, .down, .down)  // ig-web, with its own link
        #expect(h.press(.c("o")) == [.openURL("https://help.instagram.com/contact/767264225370182")])
        #expect(h.press(.c("y")) == [.copyToClipboard("https://help.instagram.com/contact/767264225370182")])
        // A step without a link offers the platform's first source.
        h.press(.up)
        #expect(h.press(.c("o")) == [.openURL("https://about.fb.com/news/2025/04/making-ai-work-harder-for-europeans/")])
        // A platform with no step has no link to open.
        h.state.open("reddit")
        #expect(h.press(.c("o")).isEmpty)
        #expect(h.state.message?.text == "This step has no link.")
    }

    @Test func anAccountThatIsGoneClosesItsChecklist() {
        var h = Harness()
        h.press(.enter)
        var progress = h.state.progress
        _ = try? progress.apply(.removeAccount(account: "instagram"), catalog: Fixtures.catalog, at: Fixtures.now)
        h.send(.progressReloaded(progress))
        #expect(h.state.page == .dashboard)
        #expect(h.state.checklist == nil)
        #expect(Renderer.render(h.state).lines[0].contains("optout"))
    }
}
