import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

// MARK: Helpers

extension Key {
    static func c(_ character: Character) -> Key { .character(character) }
}

private func position(_ selected: Int, top: Int) -> AppState.ListPosition {
    var p = AppState.ListPosition()
    p.selected = selected
    p.top = top
    return p
}

/// A state whose keys go to `view`, reached by pressing keys from the fixture (80x24).
func harness(in view: ViewKind, language: Language = .en) -> Harness {
    var h = Harness(language: language)
    switch view {
    case .dashboard: break
    case .checklist: h.press(.enter)
    case .choosePlatform: h.press(.c("a"))
    case .enterLabel: h.press(.c("a"), .enter)
    case .help: h.press(.c("?"))
    case .search: h.press(.c("/"))
    case .confirm: h.press(.c("d"))
    case .editNote: h.press(.enter, .c("n"))
    case .chooseExport: h.press(.c("e"))
    case .chooseCover: h.press(.down, .c("c"))
    case .tooSmall: h.send(.resize(width: 30, height: 8))
    }
    return h
}

// MARK: The binding table

@Suite("Binding table")
struct BindingTableTests {
    @Test(arguments: ViewKind.allCases)
    func noKeyIsBoundTwiceInOneView(_ view: ViewKind) {
        var seen: [Key: Command] = [:]
        for binding in Bindings.table where binding.views.contains(view) {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(view): \(key) is bound to \(seen[key].map { "\($0)" } ?? "") and \(binding.command)")
                seen[key] = binding.command
            }
        }
    }

    @Test func everyCommandIsInTheHelpOfSomeView() {
        var explained: Set<Command> = []
        for view in ViewKind.allCases {
            var state = harness(in: view).state
            state.width = 200
            state.height = 80
            state.modal = .help(of: view, top: 0)
            let text = Renderer.render(state).text
            for command in Command.allCases where text.contains(command.explanation(in: .en)) {
                explained.insert(command)
            }
        }
        #expect(Set(Command.allCases).subtracting(explained).map(\.rawValue).sorted() == [])
    }

    @Test(arguments: ViewKind.allCases)
    func helpListsEveryBindingOfItsView(_ view: ViewKind) {
        var state = Fixtures.state(width: 200, height: 80)
        state.modal = .help(of: view, top: 0)
        let text = Renderer.render(state).text
        for binding in Bindings.bindings(in: view) {
            #expect(text.contains(binding.command.explanation(in: .en)), "\(view): \(binding.command)")
            for key in binding.keys {
                #expect(text.contains(Bindings.name(of: key, unicode: true, language: .en)), "\(view): \(key)")
            }
        }
    }

    /// The footer, as drawn, shows only keys of the current view, each with its command's word.
    @Test(arguments: ViewKind.allCases, [Language.en, .fr])
    func footerListsOnlyBindingsOfTheCurrentView(_ view: ViewKind, language: Language) {
        let state = harness(in: view, language: language).state
        #expect(state.view == view)
        let footer = Renderer.render(state).lines.last ?? ""
        let allowed = Set(Bindings.footer(in: view).compactMap { binding in
            binding.keys.first.map { Bindings.name(of: $0, unicode: true, language: language) + " " + binding.command.label(in: language) }
        })
        let shown = footer.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if view != .tooSmall { #expect(!shown.isEmpty, "\(view): empty footer") }
        for entry in shown {
            #expect(allowed.contains(entry), "\(view) \(language): footer shows '\(entry)'")
        }
        for binding in Bindings.footer(in: view) { #expect(binding.views.contains(view)) }
    }

    @Test func everyBindingDispatchesToItsCommand() {
        for binding in Bindings.table {
            for view in binding.views {
                for key in binding.keys {
                    #expect(Bindings.command(for: key, in: view) == binding.command, "\(key) in \(view)")
                }
            }
        }
    }

    /// Every command, in every view it is bound in, by every one of its keys, does something
    /// from a state where it can: it changes the state or asks for an effect.
    @Test func everyBoundKeyDoesSomethingInEveryViewItIsBoundIn() {
        for binding in Bindings.table {
            for view in binding.views {
                for key in binding.keys {
                    var h = prepared(view, for: binding.command)
                    #expect(h.state.view == view)
                    let before = Observed(h.state)
                    let effects = Reducer.reduce(&h.state, .key(key))
                    #expect(Observed(h.state) != before || !effects.isEmpty, "\(key) (\(binding.command)) in \(view) did nothing")
                }
            }
        }
    }

    /// A state in `view` where `command` has something to do (a selection in the middle of
    /// its list, something collapsed to expand...).
    func prepared(_ view: ViewKind, for command: Command) -> Harness {
        var h = harness(in: view)
        switch view {
        case .dashboard, .help, .choosePlatform, .chooseExport:
            h.press(.down)
        case .checklist:
            // Instagram, its route group folded, on the objection step (a top-level leaf).
            h.press(.c("-"), .down)
            if command == .collapseAll { h.press(.c("+")) }
            if command == .scrollDetailUp { h.press(.c("J")) }
        case .search:
            h.type("form")
            h.press(.down)
        case .chooseCover:
            // Facebook without label is covered by Instagram: three choices, the middle one current.
            h = Harness()
            h.press(.down, .down, .c("c"))
        default:
            break
        }
        return h
    }
}

// MARK: Dashboard

@Suite("reduce: dashboard")
struct DashboardReducerTests {
    @Test func movesClampAndScroll() {
        var h = Harness(width: 80, height: 12, progress: Fixtures.manyAccounts(12))
        #expect(Layout.dashboardListRows(height: 12).count == 6)
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
        #expect(h.state.selectedStep == "fb-open")
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

// MARK: Checklist

@Suite("reduce: checklist")
struct ChecklistReducerTests {
    /// Instagram's rows: ig-open (any_of: ig-app, ig-web), ig-send, ig-confirm, ig-activity.
    static let rows = ["ig-open", "ig-app", "ig-web", "ig-send", "ig-confirm", "ig-activity"]

    @Test func movesClampAndScroll() {
        // 40x10: four rows of tree for six steps.
        var h = Harness(width: 40, height: 10)
        h.press(.enter)
        #expect(Layout.treeRows(width: 40, height: 10).count == 4)
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
        h.press(.enter)
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
            h.press(.down, .enter, .down, .down, .down)  // facebook, fb-send
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
        h.press(.enter, .enter)
        #expect(h.state.selectedStep == "ig-app")
        h.press(.escape)
        #expect(h.state.page == .dashboard)
    }

    @Test func expandAllAndCollapseAll() {
        var h = Harness()
        h.press(.enter, .enter)  // on ig-app
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
        h.press(.enter, .down, .down, .down, .down)
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

    @Test func spaceRefusesAParent() {
        var h = Harness(language: .fr)
        h.press(.enter)
        #expect(h.state.selectedStep == "ig-open")
        let effects = h.press(.c(" "))
        #expect(effects.isEmpty)
        #expect(h.state.message?.text == "L'étape « Accédez au formulaire d'opposition » se coche par ses sous-étapes : cochez l'une d'elles.")
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
        h.press(.enter, .down, .down, .down, .down)  // ig-confirm, no note yet
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
        h.press(.enter, .down, .down, .down)  // ig-send, with a note
        h.press(.c("n"), .control("u"), .enter)
        #expect(h.effects.last == .apply(.setNote(account: "instagram", step: "ig-send", note: ""), origin: .user))
        #expect(h.account("instagram")?.notes["ig-send"] == nil)
        #expect(h.state.message?.text == "Note removed from 'Send the objection'.")
    }

    @Test func linksOpenAndCopy() {
        var h = Harness()
        h.press(.enter, .down, .down)  // ig-web, with its own link
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
        #expect(h.state.selectedStep == "ig-open")
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
        #expect(h.state.message?.text == "nihongo reviewed: its ticks count again.")
        // Reviewing has nothing to undo.
        #expect(h.state.undoStack.isEmpty)
        // From the checklist too.
        var c = Harness()
        c.press(.end, .enter, .c("m"))
        #expect(c.effects == [.apply(.markReviewed(account: "nihongo"), origin: .user)])
    }
}

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
        // An account hit opens on the first step.
        h.press(.control("u"))
        h.type("grand-mere")
        h.press(.enter)
        #expect(h.state.checklist?.accountID == "facebook")
        #expect(h.state.selectedStep == "fb-open")
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
        guard case .search(let search) = h.state.modal else { return }
        #expect(search.selected == 3)
        h.press(.up, .home, .pageDown)
        guard case .search(let moved) = h.state.modal else { return }
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
        #expect(h.press(.enter) == [.export(.html, overwrite: false)])
        #expect(h.state.modal == nil)
        #expect(h.state.message?.text == "Writing the report…")
        h.press(.c("e"), .c("G"))
        #expect(h.state.modal == .chooseExport(selected: 3))
        h.press(.c("k"), .pageUp)
        #expect(h.state.modal == .chooseExport(selected: 0))
        h.press(.pageDown)
        #expect(h.press(.enter) == [.export(.csv, overwrite: false)])
        for key in [Key.escape, .left] {
            h.press(.c("e"))
            #expect(h.press(key).isEmpty)
            #expect(h.state.modal == nil)
        }
        // From a checklist too.
        h.press(.enter, .c("e"), .enter)
        #expect(h.effects.last == .export(.markdown, overwrite: false))
    }

    @Test func undoAndRedoKeepTheOriginalTickTime() {
        var h = Harness()
        h.press(.enter, .down, .down, .down, .down)  // ig-confirm
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
        let last = Layout.helpLineCount(of: .dashboard) - Layout.helpRows(height: 24)
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

// MARK: Read-only, resize, too small

@Suite("reduce: read-only, resize, too small")
struct ConditionReducerTests {
    static let reason = "The progress file /tmp/p.json is in use by pid 42: close that optout or try again in a moment."

    @Test func readOnlyRefusesEveryChangeWithTheReason() {
        let attempts: [[Key]] = [
            [.enter, .down, .down, .down, .down, .c(" ")],  // tick
            [.enter, .down, .down, .c(" ")],  // untick
            [.enter, .c("n"), .c("x"), .enter],  // note
            [.c("a"), .enter, .enter],  // add
            [.c("d"), .c("y")],  // remove
            [.c("r"), .c("x"), .enter],  // relabel
            [.down, .c("c"), .down, .enter],  // cover
            [.end, .c("m")],  // review
        ]
        for keys in attempts {
            var h = Harness(readOnly: Self.reason)
            let before = h.state.progress
            for key in keys { h.press(key) }
            #expect(!h.effects.contains { if case .apply = $0 { true } else { false } }, "\(keys)")
            #expect(h.state.progress == before)
            #expect(h.state.message == .init(Self.reason, .error), "\(keys)")
        }
        // Moving, reading and exporting still work.
        var h = Harness(readOnly: Self.reason)
        h.press(.down, .enter, .down)
        #expect(h.state.selectedStep == "fb-app")
        h.press(.c("e"))
        #expect(h.press(.enter) == [.export(.markdown, overwrite: false)])
        // The reason shows in the message line when there is no message.
        h.state.message = nil
        #expect(Renderer.render(h.state).lines[22].contains("is in use"))
    }

    @Test func resizeSetsTheSizeAndKeepsTheSelectionVisible() {
        var h = Harness(width: 80, height: 40, progress: Fixtures.manyAccounts(12))
        h.press(.end)
        #expect(h.state.dashboard == position(11, top: 0))
        h.send(.resize(width: 120, height: 12))
        #expect(h.state.width == 120)
        #expect(h.state.height == 12)
        #expect(h.state.dashboard == position(11, top: 6))
        h.send(.resize(width: -5, height: -1))
        #expect(h.state.width == 0)
        #expect(h.state.height == 0)
        #expect(h.state.view == .tooSmall)
        #expect(Renderer.render(h.state).cells.isEmpty)
    }

    @Test func resizeKeepsTheTreeSelectionVisible() {
        var h = Harness(width: 80, height: 24)
        h.press(.enter, .end)
        #expect(h.state.checklist?.top == 0)
        h.send(.resize(width: 40, height: 10))
        #expect(h.state.checklist?.top == 2)
        #expect(h.state.selectedStep == "ig-activity")
    }

    @Test func tooSmallOnlyAllowsHelpAndQuit() {
        var h = Harness(width: 80, height: 24)
        h.press(.c("a"))  // a picker is open when the terminal shrinks
        h.send(.resize(width: 39, height: 24))
        #expect(h.state.view == .tooSmall)
        let before = Observed(h.state)
        h.press(.down, .enter, .c("a"), .c(" "), .c("/"), .escape, .c("x"))
        #expect(Observed(h.state) == before)
        #expect(h.effects.isEmpty)
        h.press(.c("?"))
        #expect(h.state.modal == .help(of: .tooSmall, top: 0))
        #expect(h.state.view == .help)
        h.press(.escape)
        #expect(h.state.view == .tooSmall)
        #expect(h.press(.c("q")) == [.quit])
        // Bigger again: the page is back.
        var g = Harness(width: 80, height: 24)
        g.press(.enter)
        g.send(.resize(width: 80, height: 9))
        #expect(g.state.view == .tooSmall)
        g.send(.resize(width: 80, height: 10))
        #expect(g.state.view == .checklist)
    }
}

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

// MARK: Detail pane scrolling

@Suite("reduce: detail pane scrolling")
struct DetailScrollTests {
    @Test func jAndKScrollTheDetailPaneWithinItsContentAndAMoveResetsIt() throws {
        var h = Harness(width: 80, height: 24)
        h.press(.enter, .c("-"), .down)
        let open = try #require(h.state.checklist)
        let rows = open.rows(of: try #require(h.state.currentAccount?.platform))
        let pane = try #require(Layout.detailPane(width: 80, height: 24, treeRowCount: rows.count, showsDetail: false))
        let evaluation = try #require(h.state.currentAccount)
        let step = rows[open.selectedIndex(in: rows)].step
        let lines = DetailPane.lineCount(step, evaluation, try #require(evaluation.platform), h.state, width: pane.width)
        let furthest = DetailPane.maxSkip(lineCount: lines, visible: pane.rows.count)
        #expect(furthest > 0, "the fixture's detail is taller than the pane")
        h.press(.c("J"))
        #expect(h.state.checklist?.detailTop == min(furthest, max(1, pane.rows.count / 2)))
        for _ in 0..<50 { h.press(.c("J")) }
        #expect(h.state.checklist?.detailTop == furthest)
        // Scrolled: the pane's first row marks what is above; at the top it is the step's title.
        let scrolled = Renderer.render(h.state).lines[pane.rows.lowerBound]
        #expect(scrolled.trimmingCharacters(in: .whitespaces) == "…", "\(scrolled)")
        for _ in 0..<50 { h.press(.c("K")) }
        #expect(h.state.checklist?.detailTop == 0)
        let top = Renderer.render(h.state).lines[pane.rows.lowerBound]
        #expect(top.contains(step.title.text(in: .en)), "\(top)")
        h.press(.c("J"), .down)
        #expect(h.state.checklist?.detailTop == 0, "another step's detail starts at its top")
    }
}

