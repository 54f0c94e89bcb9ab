import ChecklistEngine
import ChecklistUI
import Testing

@Suite struct ScreenTests {
    @Test func putWritesTextAndReturnsItsWidth() {
        var screen = Screen(width: 10, height: 2)
        #expect(screen.put("Résumé", x: 1, y: 0, role: .title) == 6)
        #expect(screen.lines[0] == " Résumé   ")
        #expect(screen[1, 0].role == .title)
        #expect(screen[0, 0].role == .text)
    }

    @Test func wideCharactersTakeTwoCells() {
        var screen = Screen(width: 6, height: 1)
        #expect(screen.put("日本", x: 0, y: 0) == 4)
        #expect(screen[0, 0].text == "日")
        #expect(screen[1, 0].isContinuation)
        #expect(screen.lines[0] == "日本  ")
        #expect(screen.text == "日本")
    }

    @Test func aWideCharacterThatDoesNotFitIsLeftOut() {
        var screen = Screen(width: 5, height: 1)
        #expect(screen.put("ab日本", x: 0, y: 0) == 4)
        #expect(screen.lines[0] == "ab日 ")
        var limited = Screen(width: 10, height: 1)
        #expect(limited.put("日本語", x: 0, y: 0, maxWidth: 5) == 4)
        #expect(limited[4, 0] == .blank)
    }

    @Test func neverWritesOutsideItsBounds() {
        var screen = Screen(width: 4, height: 2)
        screen.put("abcdefgh", x: 2, y: 0)
        screen.put("xyz", x: -2, y: 1)
        screen.put("out", x: 0, y: 2)
        screen.put("out", x: 0, y: -1)
        screen.put("out", x: 4, y: 0)
        screen.put("out", x: 0, y: 0, maxWidth: -3)
        screen.put("huge", x: 1, y: 1, maxWidth: Int.max)
        #expect(screen.cells.count == 8)
        #expect(screen.lines == ["  ab", "zhug"])
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.put("日本語", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)  // the second half of 日
        #expect(screen.lines[0] == " x本語")
        screen.put("y", x: 2, y: 0)  // the first half of 本
        #expect(screen.lines[0] == " xy 語")
        assertWellFormed(screen)
    }

    @Test func aWideCharacterCutByTheLeftEdgeLeavesASpace() {
        var screen = Screen(width: 4, height: 1)
        screen.put("abcd", x: 0, y: 0)
        screen.put("日x", x: -1, y: 0)
        #expect(screen.lines[0] == " xcd")
        assertWellFormed(screen)
    }

    @Test func combiningMarksJoinTheirBase() {
        var screen = Screen(width: 6, height: 1)
        screen.put("e\u{301}日\u{301}", x: 0, y: 0)
        #expect(screen[0, 0].text == "e\u{301}")
        #expect(screen[1, 0].text == "日\u{301}")
        #expect(screen[2, 0].isContinuation)
        var lone = Screen(width: 3, height: 1)
        lone.put("\u{301}a", x: 0, y: 0)
        #expect(lone.lines[0] == "a  ")
    }

    @Test func controlAndBidiCharactersAreReplaced() {
        var screen = Screen(width: 8, height: 1)
        screen.put("a\u{1B}[2Jb\u{202E}c", x: 0, y: 0)
        #expect(screen.lines[0] == "a\u{FFFD}[2Jb\u{FFFD}c")
    }

    @Test func fillHandlesWideCharactersAndEveryRange() {
        var screen = Screen(width: 5, height: 2)
        screen.fill(x: 0, y: 0, width: 5, height: 1, with: "日")
        #expect(screen.lines[0] == "日日 ")
        assertWellFormed(screen)
        screen.fill(x: 1, y: 0, width: 1, height: 1, with: "-")
        #expect(screen.lines[0] == " -日 ")
        // Ranges that are empty, negative or beyond the screen change nothing and never trap.
        let before = screen
        screen.fill(x: 9, y: 0, width: 3, height: 1)
        screen.fill(x: 0, y: 5, width: 3, height: 1)
        screen.fill(x: 2, y: 0, width: -4, height: 1)
        screen.fill(x: 0, y: 1, width: 2, height: -7)
        screen.fill(x: Int.max, y: Int.max, width: Int.max, height: Int.max)
        #expect(screen == before)
        screen.fill(x: -3, y: -3, width: Int.max, height: Int.max, with: "\u{7}")
        #expect(screen.lines == ["     ", "     "])
    }

    @Test func paintChangesRolesOnlyWithinBounds() {
        var screen = Screen(width: 4, height: 1)
        screen.put("abcd", x: 0, y: 0)
        screen.paint(x: 2, y: 0, width: 10, role: .selection, attributes: .bold)
        #expect(screen.cells.map(\.role) == [.text, .text, .selection, .selection])
        #expect(screen.lines[0] == "abcd")
        let before = screen
        screen.paint(x: 7, y: 0, width: 2, role: .error)
        screen.paint(x: 0, y: 0, width: -2, role: .error)
        screen.paint(x: 0, y: 3, width: 2, role: .error)
        #expect(screen == before)
    }

    @Test func theSingleScalarPathDrawsWhatTheGraphemePathDraws() {
        // Text of scalars that stand alone takes a fast path; the same text followed by a
        // combining mark takes the grapheme path. Both must fill the same cells, at every
        // position (cut by the left edge, by the width, over wide characters).
        var random = SeededRandom(seed: 7)
        let alphabet = Array("aZ é ß Ωж—…•→▸▾[✔]✎ ⌚日")
        for _ in 0..<500 {
            let length = 1 + random.next(12)
            let text = String((0..<length).map { _ in alphabet[random.next(alphabet.count)] })
            let x = random.next(14) - 3, maxWidth = random.next(16)
            var fast = Screen(width: 12, height: 1), slow = Screen(width: 12, height: 1)
            fast.put("日本語 wide", x: 0, y: 0)
            slow.put("日本語 wide", x: 0, y: 0)
            let used = fast.put(text, x: x, y: 0, role: .done, maxWidth: maxWidth)
            let usedSlow = slow.put(text + "\u{301}", x: x, y: 0, role: .done, maxWidth: maxWidth)
            // The mark joins the last character; compare all cells but that one.
            let last = x + used - 1
            for column in 0..<12 where column != last && column != last - 1 {
                #expect(fast[column, 0] == slow[column, 0], "\(text) at \(x), max \(maxWidth), column \(column)")
            }
            #expect(used == usedSlow)
        }
    }

    @Test func randomWritesKeepEveryWideCharacterWhole() {
        var random = SeededRandom(seed: 7)
        let pieces = ["a", "é", "e\u{301}", "日本", "😀", "x日", "語 ", "❤\u{FE0F}", "\u{7}", "ab", "─"]
        for width in [1, 2, 3, 7, 12] {
            var screen = Screen(width: width, height: 3)
            for _ in 0..<400 {
                let text = (0..<random.next(4)).map { _ in pieces[random.next(pieces.count)] }.joined()
                let x = random.next(width + 4) - 2, y = random.next(4) - 1
                switch random.next(3) {
                case 0: screen.put(text, x: x, y: y, maxWidth: random.next(2) == 0 ? nil : random.next(width + 2) - 1)
                case 1: screen.fill(x: x, y: y, width: random.next(width + 2), height: random.next(3), with: pieces[random.next(pieces.count)])
                default: screen.paint(x: x, y: y, width: random.next(width + 2), role: .selection)
                }
                assertWellFormed(screen)
            }
            #expect(screen.cells.count == width * 3)
        }
    }
}

/// Every second half follows a wide character and every wide character has its second half.
func assertWellFormed(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
    for y in 0..<screen.height {
        for x in 0..<screen.width {
            let cell = screen[x, y]
            if cell.isContinuation {
                #expect(x > 0 && TextWidth.of(screen[x - 1, y].text) == 2, "orphan second half at \(x),\(y): \(screen.lines)",
                        sourceLocation: sourceLocation)
            } else if TextWidth.of(cell.text) == 2 {
                #expect(x + 1 < screen.width && screen[x + 1, y].isContinuation, "wide character cut at \(x),\(y): \(screen.lines)",
                        sourceLocation: sourceLocation)
            } else {
                #expect(TextWidth.of(cell.text) == 1, "cell \(x),\(y) is '\(cell.text)'", sourceLocation: sourceLocation)
            }
        }
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 6364136223846793005 &+ 1442695040888963407 }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(1, bound)))
    }
}
