import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// A new user's first minute: the first Space ticks something, reopening goes on where the
/// user left off, and no message ends in a cut word.
@Suite("First minute")
struct FirstMinuteTests {
    @Test func aNewUserAddsInstagramAndTicksTheFirstStepWithOneSpace() {
        var h = Harness(Fixtures.empty())
        h.press(.c("a"))
        h.type("insta")
        h.press(.enter, .enter)
        #expect(h.state.page == .checklist)
        #expect(h.state.selectedStep == "ig-app")
        // The detail pane shows the step under the cursor.
        #expect(h.screen.lines.contains { $0.hasPrefix(" In the app, through the Privacy Centre") })
        #expect(h.press(.c(" ")) == [.apply(.tick(account: "instagram", step: "ig-app", note: nil), origin: .user)])
        #expect(h.account("instagram")?.ticks["ig-app"] != nil)
    }

    @Test func reopeningLandsOnTheNextStepToDoAndOnTheFirstRowWhenAllIsDone() {
        var h = Harness()
        // Instagram: a route and the objection done.
        h.press(.enter)
        #expect(h.state.selectedStep == "ig-confirm")
        h.press(.c(" "), .escape, .enter)
        // The optional step comes last, after every required one.
        #expect(h.state.selectedStep == "ig-activity")
        h.press(.c(" "), .escape, .enter)
        #expect(h.state.selectedStep == "ig-open", "all done: the first row")
    }

    @Test func spaceOnADoneGroupGoesToItsFirstAlternativeToo() {
        var h = Harness()
        h.state.open("instagram", at: "ig-open")
        #expect(h.press(.c(" ")).isEmpty)
        #expect(h.state.selectedStep == "ig-app")
        #expect(h.state.message == nil, "no refusal")
    }

    @Test func openingFromOutsideLandsTheSameWay() {
        // `optout open facebook` opens the full screen with `openChecklist`.
        var state = Fixtures.state()
        state.openChecklist("facebook")
        #expect(state.page == .checklist)
        #expect(state.selectedStep == "fb-app")
        #expect(state.dashboard.selected == 1)
        // A search hit on a step opens on that step.
        state.openChecklist("instagram", at: "ig-send")
        #expect(state.selectedStep == "ig-send")
    }

    @Test func aStepUntickedBecomesTheNextToDo() {
        var h = Harness()
        // Untick the objection (done): reopened, the checklist goes back to it, before ig-confirm.
        h.state.open("instagram", at: "ig-send")
        h.press(.c(" "), .escape, .enter)
        #expect(h.state.selectedStep == "ig-send")
    }
}

@Suite("Status line")
struct StatusLineTests {
    static let long = "Another optout has the progress file open; changes are refused until it closes, so try again in a moment."

    @Test(arguments: 40...90)
    func aMessageNeverEndsInACutWord(_ width: Int) {
        var state = Fixtures.state(width: width, height: 24)
        state.message = .init(Self.long)
        let frame = FrameLayout(state)
        let words = Set(Self.long.split(separator: " ").map(String.init))
        for line in frame.messageLines {
            #expect(TextWidth.of(line) <= width - 2)
            for word in line.split(separator: " ").map(String.init) where word != "…" {
                #expect(words.contains(word), "width \(width): '\(word)' is cut in '\(line)'")
            }
        }
        let shown = frame.messageLines.joined(separator: " ")
        #expect(frame.messageShortened == !shown.hasPrefix(Self.long), "width \(width)")
    }

    @Test func twoLinesTakeARowFromTheBody() {
        var h = Harness(width: 60, height: 12)
        let before = DashboardLayout(FrameLayout(h.state)).listRows
        h.state.message = .init(Self.long)
        let frame = FrameLayout(h.state)
        #expect(frame.messageLines == [
            "Another optout has the progress file open; changes are",
            "refused until it closes, so try again in a moment.",
        ])
        #expect(frame.messageRows == 9..<11)
        #expect(DashboardLayout(frame).listRows == before.lowerBound..<(before.upperBound - 1))
        let lines = h.screen.lines
        #expect(lines[9] == " " + frame.messageLines[0] + String(repeating: " ", count: 60 - 1 - frame.messageLines[0].count))
        #expect(lines[10].hasPrefix(" refused until it closes"))
    }

    @Test func aMessageTooLongForTwoLinesGivesWayAtAWordAndHelpShowsItWhole() {
        var h = Harness(width: 40, height: 12)
        h.state.message = .init(Self.long)
        let frame = FrameLayout(h.state)
        #expect(frame.messageShortened)
        #expect(frame.messageLines == ["Another optout has the progress file", "open; changes are refused until it …"])
        h.press(.c("?"))
        #expect(h.state.message?.text == Self.long, "help keeps the message")
        let help = h.screen.lines[2...4].map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(help.joined(separator: " ").hasPrefix("│ Another optout has the progress"), "\(help)")
    }
}
