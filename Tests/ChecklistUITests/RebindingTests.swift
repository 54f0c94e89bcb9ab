import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// Rebinding a key in the table changes the footer, the help screen, dispatch and every
/// sentence that names the key: none spells a key out.
@Suite("Rebinding a key")
struct RebindingTests {
    /// The fixture with `command` moved to `keys`.
    func harness(_ command: Command, to keys: [Key], language: Language = .en, empty: Bool = false) -> Harness {
        var state = empty ? Fixtures.empty(language: language) : Fixtures.state(language: language)
        state.bindings = BindingTable.standard.rebinding(command, to: keys)
        return Harness(state)
    }

    func footer(_ h: Harness) -> String { h.screen.lines.last ?? "" }

    @Test(arguments: [Language.en, .fr])
    func tickOnXFollowsInFooterHelpDetailAndMessages(_ language: Language) {
        var h = harness(.toggle, to: [.c("x")], language: language, empty: true)
        let space = Key.character(" ").displayName(unicode: true, language: language)
        let tick = language == .fr ? "cocher" : "tick"
        // Adding an account: the message names the new key.
        h.press(.c("a"))
        h.type("insta")
        h.press(.enter, .enter)
        let added = h.state.message?.text ?? ""
        #expect(added.contains(language == .fr ? "x en coche une" : "x ticks one"), "\(added)")
        #expect(!added.contains(space))
        // The footer and the detail pane.
        #expect(footer(h).contains("x " + tick), "\(footer(h))")
        #expect(!footer(h).contains(space + " "))
        let text = h.screen.text
        #expect(text.contains(language == .fr ? "(x pour cocher)" : "(x ticks it)"), "\(text)")
        // Dispatch: x ticks, Space no longer does.
        #expect(h.press(.c(" ")).isEmpty)
        #expect(h.press(.c("x")) == [.apply(.tick(account: "instagram", step: "ig-app", note: nil), origin: .user)])
        // Help lists x for the tick.
        h.press(.c("?"))
        var wide = h.state
        wide.width = 120
        wide.height = 60
        let help = Renderer.render(wide).lines
        let toggleHelp = WordKey.toggleHelp.text(in: language)
        let line = help.first { $0.contains(toggleHelp) } ?? ""
        #expect(line.contains(" x "), "\(line)")
        #expect(!help.joined().contains(space))
    }

    @Test func undoOnZIsNamedInTheRemovalMessageAndTheConfirmation() {
        var h = harness(.undo, to: [.c("z")])
        h.press(.c("d"))
        #expect(h.screen.text.contains("and z undoes"), "\(h.screen.text)")
        h.press(.c("y"))
        #expect(h.state.message?.text.hasSuffix("(z undoes).") == true, "\(h.state.message?.text ?? "")")
        #expect(footer(h).contains("z undo"))
        #expect(!h.press(.c("z")).isEmpty)
    }

    @Test func confirmKeysAreNamedAsBound() {
        var h = harness(.confirm, to: [.c("o")])
        h.state.bindings = h.state.bindings.rebinding(.cancel, to: [.c("x")])
        h.press(.c("d"))
        #expect(h.screen.text.contains("o yes   x no"), "\(h.screen.text)")
        #expect(h.press(.c("y")).isEmpty)
        #expect(h.state.modal != nil, "y no longer confirms")
    }

    @Test func addOnPlusIsNamedOnTheWelcomeAndWhenThereIsNoAccount() {
        var h = harness(.addAccount, to: [.c("A")], empty: true)
        #expect(h.screen.text.contains("Press A to add your first account"))
        h.press(.c("r"))
        #expect(h.state.message?.text == "No account yet: press A to add one.")
    }

    @Test func helpTitleAndTooSmallNameTheirKeys() {
        var h = harness(.back, to: [.left])
        h.press(.c("?"))
        #expect(h.screen.lines[1].contains("Keys (← closes)"), "\(h.screen.lines[1])")
        var small = harness(.quit, to: [.c("Q"), .control("c")])
        small.send(.resize(width: 39, height: 10))
        #expect(small.screen.text.contains("or Q to quit"), "\(small.screen.text)")
    }

    @Test func theStandardSentencesStayAsTheyWere() {
        var h = Harness()
        h.press(.enter, .home, .down, .down, .down, .down)
        #expect(h.screen.text.contains("Not done yet (Space ticks it)."))
        h.press(.c("?"))
        #expect(h.screen.lines[1].contains("Keys (Esc closes)"))
    }
}
