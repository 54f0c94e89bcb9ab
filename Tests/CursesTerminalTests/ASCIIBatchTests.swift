import ChecklistUI
import Testing
@testable import CursesTerminal

@Suite("ASCIIBatch")
struct ASCIIBatchTests {
    func glyph(_ x: Int, _ text: String, width: Int = 1, role: Role = .text, attributes: Attributes = []) -> ScreenDiff.Glyph {
        ScreenDiff.Glyph(x: x, text: text, width: width, role: role, attributes: attributes)
    }

    /// Feeds glyphs as `CursesTerminal.draw` does; returns what each call answered.
    func answers(_ batch: inout ASCIIBatch, start: ScreenDiff.Glyph?, append glyphs: [ScreenDiff.Glyph]) -> [Bool] {
        var answers: [Bool] = []
        if let start { answers.append(batch.start(with: start)) }
        for glyph in glyphs { answers.append(batch.append(glyph)) }
        return answers
    }

    @Test func anEmptyBatchTakesNothingUntilStarted() {
        var batch = ASCIIBatch()
        let taken = answers(&batch, start: nil, append: [glyph(0, "a")])
        #expect(taken == [false])
        #expect(batch.bytes.isEmpty)
    }

    @Test func neighboursOfOneLookJoin() {
        var batch = ASCIIBatch()
        let taken = answers(&batch, start: glyph(3, "o", role: .done, attributes: .bold),
                            append: [glyph(4, "k", role: .done, attributes: .bold), glyph(5, "!", role: .done, attributes: .bold)])
        #expect(taken == [true, true, true])
        #expect(batch.x == 3)
        #expect(batch.bytes == Array("ok!".utf8))
        #expect(batch.role == .done)
        #expect(batch.attributes == .bold)
    }

    @Test func aGapAnotherRoleOrOtherAttributesEndTheBatch() {
        var batch = ASCIIBatch()
        let taken = answers(&batch, start: glyph(0, "a"),
                            append: [glyph(2, "b"), glyph(1, "b", role: .link), glyph(1, "b", attributes: .underline)])
        #expect(taken == [true, false, false, false])
        #expect(batch.bytes == Array("a".utf8))
    }

    /// Only printable ASCII is sent as a string: anything else gets its own move and cell.
    @Test func nonASCIIIsNeverBatched() {
        var batch = ASCIIBatch()
        let others = ["é", "\u{7F}", "\u{1F}", "e\u{301}"].map { glyph(1, $0) } + [glyph(1, "日", width: 2)]
        let taken = answers(&batch, start: glyph(0, "a"), append: others)
        #expect(taken == [true] + others.map { _ in false })
        #expect(batch.bytes == Array("a".utf8))
        let wide = answers(&batch, start: glyph(5, "日", width: 2), append: [])
        #expect(wide == [false])
        #expect(batch.bytes.isEmpty)
    }

    @Test func startingAgainForgetsTheOldBatch() {
        var batch = ASCIIBatch()
        let first = answers(&batch, start: glyph(0, "a"), append: [glyph(1, "b")])
        let second = answers(&batch, start: glyph(10, "z", role: .error), append: [glyph(2, "c")])
        #expect(first == [true, true])
        #expect(second == [true, false])
        #expect(batch.x == 10)
        #expect(batch.bytes == Array("z".utf8))
        #expect(batch.role == .error)
    }
}
