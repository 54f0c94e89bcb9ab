import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

// MARK: Dashboard

@Suite("reduce: dashboard")
struct DashboardReducerTests {
    @Test func movesClampAndScroll() {
        var h = Harness(width: 80, height: 12, progress: Fixtures.manyAccounts(12))
        #expect(DashboardLayout(FrameLayout(h.state)).listRows.count == 6)
        h.press(.up)
        #expect(h.state.dashboard == position(0, top: 0))
        for _ in 0..<7 { h.press(.down) }
        #expect(h.state.dashboard == position(7, top: 2))
        h.press(.c("k"))
        #expect(h.state.dashboard == position(6, top: 2))
        h.press(.c("j"))
        #expect(h.state.dashboard == position(7, top: 2))
        h.press(.end)
        #expect(h.state.dashboard == position(11, top: 6))
        h.press(.down)
        #expect(h.state.dashboard == position(11, top: 6))
        h.press(.home)
        #expect(h.state.dashboard == position(0, top: 0))
        h.press(.pageDown)
        #expect(h.state.dashboard == position(6, top: 1))
        h.press(.pageDown, .pageDown)
        #expect(h.state.dashboard == position(11, top: 6))
        h.press(.pageUp)
        #expect(h.state.dashboard == position(5, top: 5))
        h.press(.c("g"))
        #expect(h.state.dashboard == position(0, top: 0))
        h.press(.c("G"))
        #expect(h.state.dashboard == position(11, top: 6))
        #expect(h.effects.isEmpty)
    }

    @Test func movesOnAnEmptyDashboardStayAtZero() {
        var h = Harness(progress: UserProgress())
        h.press(.down, .end, .pageDown, .up)
        #expect(h.state.dashboard == position(0, top: 0))
    }

    @Test(arguments: [Key.enter, .right])
    func openGoesToTheSelectedAccount(_ key: Key) {
        var h = Harness()
        h.press(.down, key)
        #expect(h.state.page == .checklist)
        #expect(h.state.checklist?.accountID == "facebook")
        #expect(h.state.selectedStep == "fb-app", "on the first step to do that can be ticked")
        #expect(h.state.view == .checklist)
    }

    @Test func openWithNoAccountOffersToAddOne() {
        var h = Harness(progress: UserProgress())
        h.press(.enter)
        #expect(h.state.modal == .choosePlatform(PlatformPicker()))
    }

    @Test func accountCommandsWithoutAccountSayHowToAddOne() {
        for key in [Key.c("d"), .c("r"), .c("m"), .c("c")] {
            var h = Harness(progress: UserProgress())
            h.press(key)
            #expect(h.state.modal == nil)
            #expect(h.state.message?.text == "No account yet: press a to add one.")
        }
    }

    @Test func unboundKeysDoNothing() {
        var h = Harness()
        let before = Observed(h.state)
        h.press(.c("x"), .c(" "), .escape, .left, .tab)
        #expect(Observed(h.state) == before)
        #expect(h.effects.isEmpty)
    }
}
