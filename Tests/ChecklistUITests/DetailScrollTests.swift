import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

// MARK: Detail pane scrolling

/// The expected pane is written out: 80x24 puts the pane under the folded tree, on rows 9 to
/// 21 (13 rows) of a 23-line content, so it scrolls 10 lines at most, half a pane (6) a key.
@Suite("reduce: detail pane scrolling")
struct DetailScrollTests {
    static let atTop = [
        "Send the objection",
        "Give the email address of the account. A reason is optional.",
        "The form asks for:",
        "  • Your country",
        "  • The email address of the account",
        "Done 7 June 2026, 10:13 UTC",
        "Note: confirmation email received 3 June",
        "No evidence yet: A attaches a file (the confirmation email, a screenshot).",
        "How sure: verified: an official help page or form says so",
        "",
        "Instagram · Meta",
        "Meta trains its AI on the public posts of adult Instagram users in the EU. You",
        "…",
    ]

    static let atBottom = [
        "…",
        "Meta trains its AI on the public posts of adult Instagram users in the EU. You",
        "can object at any time; it applies from then on.",
        "Where: EU, EEA",
        "Legal basis: GDPR Article 21, right to object",
        "Deadline: 26 May 2025",
        "Effect: from now on only: data already used is not taken back",
        "Last verified: 15 January 2026",
        "Sources:",
        "  • Meta newsroom, 14 April 2025",
        "    https://about.fb.com/news/2025/04/making-ai-work-harder-for-europeans/",
        "  • Instagram objection form",
        "    https://help.instagram.com/contact/767264225370182",
    ]

    /// The pane's rows as drawn, without the left margin and trailing blanks.
    func pane(_ h: Harness) -> [String] {
        Renderer.render(h.state).lines[9...21].map { line in
            var text = String(line.dropFirst())
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    @Test func jAndKScrollTheDetailPaneWithinItsContentAndAMoveResetsIt() {
        var h = Harness(width: 80, height: 24)
        h.press(.enter, .home, .c("-"), .down)
        #expect(h.state.selectedStep == "ig-send")
        #expect(pane(h) == Self.atTop)
        h.press(.c("J"))
        #expect(h.state.checklist?.detailTop == 6)
        for _ in 0..<50 { h.press(.c("J")) }
        #expect(h.state.checklist?.detailTop == 10)
        #expect(pane(h) == Self.atBottom)
        h.press(.c("K"))
        #expect(h.state.checklist?.detailTop == 4)
        for _ in 0..<50 { h.press(.c("K")) }
        #expect(h.state.checklist?.detailTop == 0)
        #expect(pane(h) == Self.atTop)
        h.press(.c("J"), .down)
        #expect(h.state.checklist?.detailTop == 0, "another step's detail starts at its top")
    }
}
