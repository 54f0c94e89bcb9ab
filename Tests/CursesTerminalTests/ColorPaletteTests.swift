import ChecklistUI
import CNcursesw
import Testing
@testable import CursesTerminal

/// Without an open terminal `init_pair` only refuses; the numbering is what is tested.
@Suite("ColorPalette")
struct ColorPaletteTests {
    func palette(_ theme: Theme = .default, mode: ColorMode = .basic8, defaultColors: Bool = true, pairs: Int = 256) -> ColorPalette {
        ColorPalette(theme: theme, mode: mode, defaultColors: defaultColors, maximumPairs: pairs)
    }

    @Test func withoutColourEveryRoleUsesTheTerminalsPairAndKeepsItsMeaning() {
        let palette = palette(mode: .none)
        for role in Role.allCases {
            let look = palette.look(for: role, attributes: [])
            #expect(look.pair == 0, "\(role)")
            #expect(look.attributes == ColorPalette.curses(Theme.default.appearance(of: role, in: .none).attributes), "\(role)")
        }
        #expect(palette.look(for: .selection, attributes: []).attributes == optout_a_reverse())
        #expect(palette.look(for: .text, attributes: []).attributes == optout_a_normal())
    }

    @Test func rolesOfTheSameColoursShareOnePair() {
        let palette = palette()
        // Both green on the terminal's background in the default theme.
        #expect(palette.look(for: .done, attributes: []).pair == palette.look(for: .progressDone, attributes: []).pair)
        #expect(palette.look(for: .dim, attributes: []).pair == palette.look(for: .border, attributes: []).pair)
        #expect(palette.look(for: .done, attributes: []).pair != palette.look(for: .error, attributes: []).pair)
        let pairs = Set(Role.allCases.map { palette.look(for: $0, attributes: []).pair })
        #expect(pairs.allSatisfy { $0 >= 0 })
        #expect(pairs.contains(1))
    }

    @Test func theTerminalsOwnColoursArePairZero() {
        let palette = palette()
        #expect(palette.look(for: .text, attributes: []).pair == 0)
        #expect(palette.look(for: .todo, attributes: []).pair == 0)
    }

    /// Without `use_default_colors`, "default" means white on black: a pair of its own.
    @Test func withoutDefaultColoursDefaultIsWhiteOnBlack() {
        let palette = palette(defaultColors: false)
        #expect(palette.look(for: .text, attributes: []).pair != 0)
        #expect(palette.look(for: .text, attributes: []).pair == palette.look(for: .todo, attributes: []).pair)
    }

    /// Past the terminal's number of pairs, roles fall back to its own colours, never to a
    /// pair number it does not have.
    @Test func pairsStopAtTheTerminalsLimit() {
        let palette = palette(pairs: 3)
        let pairs = Role.allCases.map { palette.look(for: $0, attributes: []).pair }
        #expect(pairs.allSatisfy { (0..<3).contains($0) })
        #expect(Set(pairs) == [0, 1, 2])
    }

    @Test func askedAttributesAddToTheRoles() {
        let palette = palette()
        let heading = palette.look(for: .heading, attributes: [])
        #expect(heading.attributes == optout_a_bold())
        let underlined = palette.look(for: .heading, attributes: .underline)
        #expect(underlined.attributes == optout_a_bold() | optout_a_underline())
        #expect(underlined.pair == heading.pair)
    }

    @Test func everyAttributeHasItsCursesBit() {
        #expect(ColorPalette.curses([]) == optout_a_normal())
        #expect(ColorPalette.curses(.bold) == optout_a_bold())
        #expect(ColorPalette.curses(.reverse) == optout_a_reverse())
        #expect(ColorPalette.curses(.underline) == optout_a_underline())
        #expect(ColorPalette.curses(.dim) == optout_a_dim())
        #expect(ColorPalette.curses([.bold, .dim]) == optout_a_bold() | optout_a_dim())
    }
}
