import Testing
@testable import ChecklistUI

@Suite struct CellTests {
    /// `ScreenDiff` compares rows with `memcmp` and `withUTF8` reads the bytes from offset 0.
    @Test func theLayoutIsPlainAndPacked() {
        #expect(Cell.isPacked)
        #expect(_isPOD(Cell.self))
    }

    @Test func everyKindOfTextComesBackAsItWent() {
        let texts = [" ", "a", "é", "e\u{301}", "日", "😀", "👩🏽‍💻", "👨‍👩‍👧‍👦", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", "ab", ""]
        for text in texts {
            let cell = Cell(text: text, role: .link, attributes: .bold)
            #expect(cell.text == text)
            #expect(cell.isContinuation == text.isEmpty)
            #expect(cell.role == .link && cell.attributes == .bold)
        }
    }

    @Test func theFastInitialisersMatchTheGeneralOne() {
        #expect(Cell(ascii: UInt8(ascii: "x"), role: .done, attributes: .dim) == Cell(text: "x", role: .done, attributes: .dim))
        for scalar in ["é", "日", "😀", "─"].flatMap(\.unicodeScalars) {
            #expect(Cell(scalar: scalar, role: .todo, attributes: []) == Cell(text: String(scalar), role: .todo))
        }
        #expect(Cell.continuation(role: .title, attributes: .underline) == Cell(text: "", role: .title, attributes: .underline))
        #expect(Cell(text: "x", role: .done) != Cell(text: "x", role: .todo))
        #expect(Cell(text: "x") != Cell(text: "y"))
    }

    /// A grapheme longer than the cell holds keeps its whole scalars that fit, never half of one.
    @Test func aLongerGraphemeKeepsTheWholeScalarsThatFit() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 40)
        let cell = Cell(text: zalgo)
        #expect(cell.text == "a" + String(repeating: "\u{301}", count: (Cell.capacity - 1) / 2))
        var grown = Cell(text: "e")
        grown.text.append("\u{301}")
        #expect(grown.text == "e\u{301}")
    }
}
