import ChecklistUI
import CNcursesw
import Testing
@testable import CursesTerminal

@Suite("KeyDecoder")
struct KeyDecoderTests {
    @Test func keyCodesBecomeKeys() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_BTAB, .backTab),
        ]
        for (code, key) in expected {
            #expect(KeyDecoder.key(code: code) == key, "code \(code)")
        }
    }

    /// The keypad's corners (a numeric keypad without Num Lock) move as the keys they stand for.
    @Test func keypadCornersMoveByPageAndEnd() {
        #expect(KeyDecoder.key(code: KEY_A1) == .home)
        #expect(KeyDecoder.key(code: KEY_A3) == .pageUp)
        #expect(KeyDecoder.key(code: KEY_C1) == .end)
        #expect(KeyDecoder.key(code: KEY_C3) == .pageDown)
    }

    @Test func functionKeysOneToTwelve() {
        for n in 1...12 {
            #expect(KeyDecoder.key(code: optout_key_f(Int32(n))) == .function(n))
        }
        #expect(KeyDecoder.key(code: optout_key_f(0)) == nil)
        #expect(KeyDecoder.key(code: optout_key_f(13)) == nil)
    }

    @Test func unknownCodesAreDropped() {
        #expect(KeyDecoder.key(code: KEY_MOUSE) == nil)
        #expect(KeyDecoder.key(code: KEY_RESIZE) == nil)
        #expect(KeyDecoder.key(code: 0) == nil)
    }

    @Test func controlCharactersBecomeNamedKeys() {
        #expect(KeyDecoder.key(character: 13) == .enter)
        #expect(KeyDecoder.key(character: 10) == .enter)
        #expect(KeyDecoder.key(character: 27) == .escape)
        #expect(KeyDecoder.key(character: 127) == .backspace)
        #expect(KeyDecoder.key(character: 8) == .backspace)
        #expect(KeyDecoder.key(character: 9) == .tab)
    }

    /// Raw mode: Ctrl-C arrives as 3, and quits through the binding table.
    @Test func controlLettersKeepTheirLetter() {
        #expect(KeyDecoder.key(character: 3) == .control("c"))
        #expect(KeyDecoder.key(character: 1) == .control("a"))
        #expect(KeyDecoder.key(character: 26) == .control("z"))
        #expect(KeyDecoder.key(character: 28) == .control("\\"))
        #expect(KeyDecoder.key(character: 29) == .control("]"))
        #expect(KeyDecoder.key(character: 30) == .control("^"))
        #expect(KeyDecoder.key(character: 31) == .control("_"))
    }

    @Test func nulAndC1ControlsAreDropped() {
        #expect(KeyDecoder.key(character: 0) == nil)
        for value: UInt32 in [0x80, 0x85, 0x9B, 0x9F] {
            #expect(KeyDecoder.key(character: value) == nil, "U+\(String(value, radix: 16))")
        }
    }

    @Test func printableCharactersPassThrough() {
        #expect(KeyDecoder.key(character: 0x20) == .character(" "))
        #expect(KeyDecoder.key(character: 0x71) == .character("q"))
        #expect(KeyDecoder.key(character: 0xA0) == .character("\u{A0}"))
        #expect(KeyDecoder.key(character: 0xE9) == .character("é"))
        #expect(KeyDecoder.key(character: 0x65E5) == .character("日"))
        #expect(KeyDecoder.key(character: 0x1F475) == .character("👵"))
    }

    /// A surrogate half is not a scalar: dropped, not a crash.
    @Test func invalidScalarsAreDropped() {
        #expect(KeyDecoder.key(character: 0xD800) == nil)
        #expect(KeyDecoder.key(character: 0x110000) == nil)
    }
}
