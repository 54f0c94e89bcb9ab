import ChecklistUI
import CNcursesw

/// The curses attributes and colour pair of every role, for one theme and colour mode.
/// Pairs are shared between roles with the same colours, and numbered from 1.
struct ColorPalette {
    struct Look {
        var attributes: attr_t
        var pair: Int16
    }

    let mode: ColorMode
    private var looks: [Role: Look] = [:]

    /// Builds the palette and declares its pairs to curses (`init_pair`).
    /// `defaultColors` is whether `use_default_colors` worked; without it the terminal's own
    /// colours are taken to be white on black.
    init(theme: Theme, mode: ColorMode, defaultColors: Bool, maximumPairs: Int) {
        self.mode = mode
        var pairs: [PairKey: Int16] = [:]
        for role in Role.allCases {
            let appearance = theme.appearance(of: role, in: mode)
            var pair: Int16 = 0
            if mode != .none {
                let key = PairKey(
                    foreground: Self.curses(appearance.foreground, defaultColors: defaultColors, fallback: Int16(COLOR_WHITE)),
                    background: Self.curses(appearance.background, defaultColors: defaultColors, fallback: Int16(COLOR_BLACK)))
                if key.foreground == -1, key.background == -1 {
                    pair = 0  // pair 0 is the terminal's own colours
                } else if let existing = pairs[key] {
                    pair = existing
                } else if pairs.count + 1 < maximumPairs {
                    pair = Int16(pairs.count + 1)
                    pairs[key] = pair
                    init_pair(pair, key.foreground, key.background)
                }
            }
            looks[role] = Look(attributes: Self.curses(appearance.attributes), pair: pair)
        }
    }

    /// How to draw a cell of `role` that also asks for `attributes`.
    func look(for role: Role, attributes: Attributes) -> Look {
        var look = looks[role] ?? Look(attributes: optout_a_normal(), pair: 0)
        if !attributes.isEmpty { look.attributes |= Self.curses(attributes) }
        return look
    }

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    private static func curses(_ color: ThemeColor?, defaultColors: Bool, fallback: Int16) -> Int16 {
        switch color {
        case .index(let value): return Int16(value)
        case .default, nil: return defaultColors ? -1 : fallback
        }
    }

    static func curses(_ attributes: Attributes) -> attr_t {
        var result = optout_a_normal()
        if attributes.contains(.bold) { result |= optout_a_bold() }
        if attributes.contains(.reverse) { result |= optout_a_reverse() }
        if attributes.contains(.underline) { result |= optout_a_underline() }
        if attributes.contains(.dim) { result |= optout_a_dim() }
        return result
    }
}
