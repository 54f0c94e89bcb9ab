/// How many colours the terminal can show, which decides how theme colours are drawn.
public enum ColorMode: String, Sendable, Hashable, CaseIterable {
    /// No colour at all (no support, `NO_COLOR`, or `--no-color`): attributes only.
    case none
    /// The eight basic colours; 256-colour values step down to the nearest of them.
    case basic8
    /// The 256-colour palette.
    case extended256

    /// The mode for a terminal reporting `colors` colours, unless colour is switched off.
    /// `directColor` terminals (terminfo `RGB`) read indices above 7 as RGB values, so only
    /// the basic eight are safe there.
    public static func detect(
        hasColors: Bool, colors: Int, directColor: Bool = false, noColorOption: Bool, environment: [String: String]
    ) -> ColorMode {
        if noColorOption || !(environment["NO_COLOR"] ?? "").isEmpty { return .none }
        guard hasColors, colors >= 8 else { return .none }
        if colors >= 256, !directColor { return .extended256 }
        return .basic8
    }
}
