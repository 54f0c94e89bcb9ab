import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

// MARK: Accounts

@Suite("reduce: accounts")
struct AccountReducerTests {
    @Test func addAccountByTypingAFilter() {
        var h = Harness(progress: UserProgress())
        h.press(.c("a"))
        #expect(h.state.view == .choosePlatform)
        h.type("insta")
        guard case .choosePlatform(let picker) = h.state.modal else {
            Issue.record("no picker")
            return
        }
        #expect(picker.filter.text == "insta")
        #expect(picker.choices(in: h.state.catalog, language: .en).map(\.id) == ["instagram"])
        #expect(picker.rows(in: h.state.catalog, language: .en).count == 2)  // Meta, Instagram
        h.press(.enter)
        #expect(h.state.modal == .enterLabel(.newAccount(platform: "instagram"), TextField(limit: UserProgress.maximumLabelLength)))
        h.type("@marie 日本語")
        let effects = h.press(.enter)
        #expect(effects == [.apply(.addAccount(platform: "instagram", label: "@marie 日本語"), origin: .user)])
        #expect(h.state.modal == nil)
        #expect(h.state.page == .checklist)
        #expect(h.state.checklist?.accountID == "instagram")
        #expect(h.state.selectedStep == "ig-app", "on the first alternative of the first group, ready for Space")
        #expect(h.account("instagram")?.label == "@marie 日本語")
        #expect(h.state.undoStack == [.removeAccount(account: "instagram")])
        #expect(h.state.message?.text == "Added @marie 日本語. Its steps are below; Space ticks one.")
    }

    @Test func pickerMovesFiltersAndGoesBack() {
        var h = Harness()
        h.press(.c("a"))
        func choice() -> String? {
            guard case .choosePlatform(let picker) = h.state.modal else { return nil }
            let choices = picker.choices(in: h.state.catalog, language: .en)
            return choices.indices.contains(picker.selected) ? choices[picker.selected].id : nil
        }
        // Kaisha (日本語ノート), Meta (Facebook, Instagram), Reddit.
        #expect(choice() == "nihongo")
        h.press(.down)
        #expect(choice() == "facebook")
        h.press(.end)
        #expect(choice() == "reddit")
        h.press(.down)
        #expect(choice() == "reddit")
        h.press(.home)
        #expect(choice() == "nihongo")
        h.press(.pageDown)
        #expect(choice() == "reddit")
        h.press(.pageUp, .up)
        #expect(choice() == "nihongo")
        // Typing resets the selection; the kind matches in either language, accents ignored.
        h.press(.down)
        h.type("reglage")
        #expect(choice() == "nihongo")
        h.press(.control("u"))
        h.type("q")  // typed, not quit
        #expect(!h.state.isQuitting)
        h.press(.backspace)
        h.type("zzz")
        #expect(choice() == nil)
        h.press(.enter)
        #expect(h.state.message?.text == "No platform matches; change the filter.")
        #expect(h.state.view == .choosePlatform)
        h.press(.escape)
        #expect(h.state.modal == nil)
        #expect(h.effects.isEmpty)
    }

    @Test func escOnTheLabelGoesBackToThePlatforms() {
        var h = Harness()
        h.press(.c("a"), .enter)
        #expect(h.state.view == .enterLabel)
        h.press(.escape)
        #expect(h.state.modal == .choosePlatform(PlatformPicker()))
    }

    @Test func removeAsksFirst() {
        var h = Harness()
        h.press(.c("d"))
        #expect(h.state.modal == .confirmRemove(accountID: "instagram"))
        #expect(h.press(.c("n")).isEmpty)
        #expect(h.state.modal == nil)
        h.press(.delete)
        #expect(h.press(.escape).isEmpty)
        #expect(h.state.modal == nil)
        #expect(h.account("instagram") != nil)
        h.press(.c("d"))
        let effects = h.press(.c("y"))
        #expect(effects == [.apply(.removeAccount(account: "instagram"), origin: .user)])
        #expect(h.account("instagram") == nil)
        #expect(h.state.message?.text == "Removed @marie 日本語 (u undoes).")
        // Enter confirms too.
        h.press(.c("d"), .enter)
        #expect(h.account("facebook") == nil)
    }

    @Test func removingTheOpenAccountReturnsToTheDashboard() {
        var h = Harness()
        h.press(.down, .enter, .c("d"), .c("y"))
        #expect(h.account("facebook") == nil)
        #expect(h.state.page == .dashboard)
        #expect(h.state.checklist == nil)
        // And u brings it back.
        h.press(.c("u"))
        #expect(h.account("facebook")?.label == Fixtures.granny)
        #expect(h.state.message?.text == "Undone: Grand-mère 👵 is back.")
    }

    @Test func relabel() {
        var h = Harness()
        h.press(.c("r"))
        #expect(h.state.modal == .enterLabel(.relabel(accountID: "instagram"), TextField(Fixtures.marie, limit: UserProgress.maximumLabelLength)))
        h.press(.control("u"))
        h.type("Marie")
        #expect(h.press(.enter) == [.apply(.relabel(account: "instagram", label: "Marie"), origin: .user)])
        #expect(h.account("instagram")?.label == "Marie")
        #expect(h.state.message?.text == "Renamed to Marie.")
        // Esc leaves it; a label another account has is refused by the engine, said plainly.
        h.press(.c("r"), .control("u"))
        h.type("x")
        #expect(h.press(.escape).isEmpty)
        #expect(h.account("instagram")?.label == "Marie")
        h.press(.c("r"), .control("u"))
        h.type(Fixtures.granny)
        h.press(.enter)
        #expect(h.account("instagram")?.label == "Marie")
        #expect(h.state.message == .init("Another account is already labelled 'Grand-mère 👵': choose another label.", .error))
        // From the checklist too.
        h.press(.enter, .c("r"))
        #expect(h.state.view == .enterLabel)
    }

    @Test func coverOffersOnlyUncoveredAccountsOfTheSameGroup() {
        var h = Harness()
        h.press(.down, .c("c"))  // facebook
        #expect(h.state.modal == .chooseCover(accountID: "facebook", choices: [nil, "instagram"], selected: 0))
        h.press(.down)
        #expect(h.press(.enter) == [.apply(.setCoveredBy(account: "facebook", coveredBy: "instagram"), origin: .user)])
        #expect(h.account("facebook")?.coveredBy == "instagram")
        #expect(h.state.evaluation(ofAccount: "facebook")?.status == .covered)
        #expect(h.state.message?.text == "Grand-mère 👵 is covered by instagram.")
    }

    @Test func coverCanBeTakenBack() {
        var h = Harness()
        h.press(.down, .down, .c("c"))  // facebook-2, covered by instagram
        #expect(h.state.modal == .chooseCover(accountID: "facebook-2", choices: [nil, "instagram", "facebook"], selected: 1))
        // The current choice again changes nothing.
        #expect(h.press(.enter).isEmpty)
        #expect(h.state.modal == nil)
        h.press(.c("c"), .up)
        #expect(h.press(.enter) == [.apply(.setCoveredBy(account: "facebook-2", coveredBy: nil), origin: .user)])
        #expect(h.account("facebook-2")?.coveredBy == nil)
        // Esc and Left close the chooser.
        for key in [Key.escape, .left] {
            h.press(.c("c"))
            #expect(h.press(key).isEmpty)
            #expect(h.state.modal == nil)
        }
    }

    @Test func coverRefusesAccountsWithoutLinkedOnes() {
        for steps in [3, 4] {  // reddit (no group), nihongo (no group)
            var h = Harness()
            for _ in 0..<steps { h.press(.down) }
            h.press(.c("c"))
            #expect(h.state.modal == nil)
            #expect(h.state.message?.text.hasPrefix("No linked account") == true)
        }
        // From the checklist as well.
        var h = Harness()
        h.press(.enter, .c("c"))
        #expect(h.state.modal == .chooseCover(accountID: "instagram", choices: [nil, "facebook"], selected: 0))
    }

    @Test func reviewOnlyWhenNeedsReview() {
        var h = Harness()
        h.press(.c("m"))
        #expect(h.state.message?.text == "Nothing to review on this account.")
        #expect(h.effects.isEmpty)
        h.press(.end)  // nihongo, needs review
        #expect(h.state.selectedAccount?.status == .needsReview)
        #expect(h.press(.c("m")) == [.apply(.markReviewed(account: "nihongo"), origin: .user)])
        #expect(h.state.evaluation(ofAccount: "nihongo")?.status == .optedOut)
        #expect(h.state.message?.text == "日本語ノート reviewed: its ticks count again.")
        // Reviewing has nothing to undo.
        #expect(h.state.undoStack.isEmpty)
        // From the checklist too.
        var c = Harness()
        c.press(.end, .enter, .c("m"))
        #expect(c.effects == [.apply(.markReviewed(account: "nihongo"), origin: .user)])
    }
}
