import ChecklistEngine
import ChecklistUI
import Testing

@Suite struct TextWidthTests {
    @Test func ascii() {
        #expect(TextWidth.of("a") == 1)
        #expect(TextWidth.of("optout") == 6)
        #expect(TextWidth.of("") == 0)
    }

    @Test func accents() {
        #expect(TextWidth.of("é") == 1)  // precomposed
        #expect(TextWidth.of("e\u{301}") == 1)  // e + combining acute: one character
        #expect(TextWidth.of("Résumé") == 6)
        #expect(TextWidth.of("\u{301}" as Unicode.Scalar) == 0)
    }

    @Test func eastAsianWide() {
        #expect(TextWidth.of("日") == 2)
        #expect(TextWidth.of("日本語") == 6)
        #expect(TextWidth.of("한국어") == 6)
        #expect(TextWidth.of("Ａ") == 2)  // full-width A
        #expect(TextWidth.of("ｱ") == 1)  // half-width katakana
        #expect(TextWidth.of("\u{1100}\u{1161}") == 2)  // Hangul from jamo
    }

    @Test func emoji() {
        #expect(TextWidth.of("😀") == 2)
        #expect(TextWidth.of("✅") == 2)
        #expect(TextWidth.of("❤\u{FE0F}") == 2)  // emoji presentation
        #expect(TextWidth.of("❤") == 1)  // text presentation by default
        #expect(TextWidth.of("👍🏽") == 2)  // with a skin tone
        #expect(TextWidth.of("👨‍👩‍👧") == 2)  // joined family: one character
        #expect(TextWidth.of("✓") == 1)
    }

    @Test func invisible() {
        #expect(TextWidth.of("\u{200B}") == 0)  // zero-width space
        #expect(TextWidth.of("\u{7}" as Character) == 0)
        #expect(TextWidth.of("\u{9B}" as Character) == 0)  // C1 CSI
    }

    @Test func truncateAndPad() {
        #expect(TextWidth.truncate("Résumé", to: 4) == "Rés…")
        #expect(TextWidth.truncate("日本語", to: 4) == "日…")
        #expect(TextWidth.truncate("日本語", to: 6) == "日本語")
        #expect(TextWidth.truncate("abc", to: 0) == "")
        #expect(TextWidth.pad("日", to: 4) == "日  ")
        #expect(TextWidth.of(TextWidth.pad("日本語", to: 5)) == 5)
        #expect(TextWidth.prefix("日本", fitting: 3) == ("日", 2))
    }

    @Test func wrapKeepsEveryLineWithinTheWidth() {
        let text = "Objecting to Meta's AI training: ouvrez le formulaire 日本語の説明 and submit it"
        for columns in 4...30 {
            let lines = TextWidth.wrap(text, to: columns)
            #expect(lines.allSatisfy { TextWidth.of($0) <= columns }, "columns \(columns): \(lines)")
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
        #expect(TextWidth.wrap("a b\n\nc", to: 10) == ["a b", "", "c"])
    }

    @Test func wrapEndsWhenACharacterIsWiderThanTheLine() {
        // A wide character in a one-column line used to loop for ever.
        #expect(TextWidth.wrap("日本", to: 1) == ["日", "本"])
        #expect(TextWidth.wrap("a日b", to: 1) == ["a", "日", "b"])
        #expect(TextWidth.wrap("x 日", to: 1) == ["x", "日"])
        #expect(TextWidth.wrap("anything", to: 0) == [])
    }
}
