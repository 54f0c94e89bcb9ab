import ChecklistUI
import Testing

@Suite struct ScreenDiffTests {
    private func screen(_ rows: [String], width: Int) -> Screen {
        var screen = Screen(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { screen.put(row, x: 0, y: y) }
        return screen
    }

    @Test func theSameFrameNeedsNothing() {
        let frame = screen(["hello", "world"], width: 6)
        #expect(ScreenDiff.runs(from: frame, to: frame).isEmpty)
    }

    @Test func withoutAPreviousFrameEveryRowIsDrawn() {
        let frame = screen(["ab", "cd"], width: 3)
        let runs = ScreenDiff.runs(from: nil, to: frame)
        #expect(runs.map(\.y) == [0, 1])
        #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 3 })
    }

    @Test func aSizeChangeRedrawsEverything() {
        let old = screen(["ab"], width: 3)
        let new = screen(["ab", "cd"], width: 4)
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.count == 2)
        #expect(runs.allSatisfy { $0.cells.count == 4 })
    }

    @Test func onlyTheChangedCellsAreSent() {
        let old = screen(["status: todo  ", "line two"], width: 14)
        let new = screen(["status: done  ", "line two"], width: 14)
        let runs = ScreenDiff.runs(from: old, to: new)
        // "todo" → "done": the "o" in second place stays.
        #expect(runs == [ScreenDiff.Run(x: 8, y: 0, cells: [Cell(text: "d")]),
                         ScreenDiff.Run(x: 10, y: 0, cells: [Cell(text: "n"), Cell(text: "e")])])
    }

    @Test func separateChangesMakeSeparateRuns() {
        let old = screen(["abcdefgh"], width: 8)
        let new = screen(["Xbcdefgh"], width: 8)
        var both = new
        both.put("Y", x: 6, y: 0)
        let runs = ScreenDiff.runs(from: old, to: both)
        #expect(runs.map(\.x) == [0, 6])
        #expect(runs.map(\.cells.count) == [1, 1])
    }

    @Test func aChangeOfRoleAloneIsSent() {
        let old = screen(["item"], width: 4)
        var new = old
        new.paint(x: 0, y: 0, width: 4, role: .selection)
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs[0].glyphs.map(\.role) == Array(repeating: .selection, count: 4))
    }

    @Test func runsAreWidenedToWholeWideCharacters() {
        let old = screen(["a日b"], width: 5)
        var new = old
        new.paint(x: 2, y: 0, width: 1, role: .selection)  // only the second half of 日
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs[0].x == 1)
        #expect(runs[0].glyphs.map(\.text) == ["日"])
        #expect(runs[0].glyphs.first?.width == 2)
        #expect(runs[0].glyphs.first?.role == .text)  // the first half decides
    }

    @Test func replacingAWideCharacterByNarrowOnesCoversBothColumns() {
        let old = screen(["x日y"], width: 4)
        let new = screen(["xaby"], width: 4)
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs[0].x == 1)
        #expect(runs[0].glyphs.map(\.text) == ["a", "b"])
        #expect(runs[0].glyphs.map(\.x) == [1, 2])
    }

    @Test func glyphsGiveEachCharacterItsColumn() {
        let frame = screen(["a日é😀b"], width: 8)
        let glyphs = ScreenDiff.runs(from: nil, to: frame)[0].glyphs
        #expect(glyphs.map(\.text) == ["a", "日", "é", "😀", "b", " "])
        #expect(glyphs.map(\.x) == [0, 1, 3, 4, 6, 7])
        #expect(glyphs.map(\.width) == [1, 2, 1, 2, 1, 1])
    }

    @Test func glyphsRepairWhatATerminalWouldMisread() {
        // Cells set directly can break the rules that put keeps; drawing must not follow them.
        var frame = Screen(width: 6, height: 1)
        frame[0, 0] = Cell(text: "")  // a second half with no first half
        frame[1, 0] = Cell(text: "日")  // a wide character without its second half
        frame[2, 0] = Cell(text: "\u{1B}")  // a raw escape
        frame[3, 0] = Cell(text: "ab")  // two characters in one cell
        frame[5, 0] = Cell(text: "本")  // a wide character in the last column
        let glyphs = ScreenDiff.runs(from: nil, to: frame)[0].glyphs
        #expect(glyphs.map(\.text) == [" ", " ", "\u{FFFD}", "a", " ", " "])
        #expect(glyphs.map(\.x) == [0, 1, 2, 3, 4, 5])
        #expect(glyphs.allSatisfy { $0.width == 1 })
    }

    @Test func applyingTheRunsToTheOldFrameGivesTheNewOne() {
        var random = SeededRandom(seed: 42)
        let pieces = ["a", "日", "é", "😀", " ", "本語", "x"]
        var old = Screen(width: 11, height: 4)
        for _ in 0..<300 {
            var new = old
            for _ in 0..<random.next(4) {
                let text = (0..<random.next(5)).map { _ in pieces[random.next(pieces.count)] }.joined()
                new.put(text, x: random.next(13) - 1, y: random.next(4), role: random.next(2) == 0 ? .text : .selection)
            }
            var replayed = old
            for run in ScreenDiff.runs(from: old, to: new) {
                #expect(!new[run.x, run.y].isContinuation)
                for (offset, cell) in run.cells.enumerated() { replayed[run.x + offset, run.y] = cell }
                let end = run.x + run.cells.count
                #expect(end == new.width || !new[end, run.y].isContinuation)
            }
            #expect(replayed == new)
            old = new
        }
    }
}
