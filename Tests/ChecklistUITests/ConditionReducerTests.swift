import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

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
        h.press(.down, .enter, .home, .down)
        #expect(h.state.selectedStep == "fb-app")
        h.press(.c("e"))
        #expect(h.press(.enter) == [.export(.report(.markdown), overwrite: false)])
        // The reason shows in the message line when there is no message.
        h.state.message = nil
        #expect(Renderer.render(h.state).lines[21...22].joined().contains("is in use"))
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
