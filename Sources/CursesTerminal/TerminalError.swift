import ChecklistEngine

/// Why the full-screen terminal cannot start. Each says what to do in one sentence.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, a CI job).
    case notATerminal
    /// `TERM` is unset or empty.
    case terminalUnset
    /// `TERM` names a type this system's terminfo does not know.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (`dumb` and the like).
    case noCursorAddressing(String)
    /// A terminal is already open in this process.
    case alreadyOpen

    public func message(in language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .notATerminal:
            return fr ? "optout a besoin d'un terminal, or son entrée ou sa sortie n'en est pas un ; pour du texte simple, utilisez « optout status »."
                : "optout needs a terminal, but its input or output is not one; for plain text, use 'optout status'."
        case .terminalUnset:
            return fr ? "La variable TERM n'est pas définie, optout ne sait donc pas piloter ce terminal ; définissez-la (par exemple TERM=xterm-256color)."
                : "TERM is not set, so optout cannot tell how to drive this terminal; set it (for example TERM=xterm-256color)."
        case .unknownTerminal(let name):
            let name = Self.clean(name)
            return fr ? "Le type de terminal « \(name) » (TERM) est inconnu de ce système ; choisissez un type connu, comme xterm-256color."
                : "The terminal type '\(name)' (TERM) is unknown to this system; set TERM to a known type such as xterm-256color."
        case .noCursorAddressing(let name):
            let name = Self.clean(name)
            return fr ? "Le terminal « \(name) » ne sait pas déplacer le curseur, ce dont la liste plein écran a besoin ; utilisez « optout status » ou un autre TERM."
                : "The terminal '\(name)' cannot move the cursor, which the full-screen checklist needs; use 'optout status' or another TERM."
        case .alreadyOpen:
            return fr ? "Le terminal est déjà ouvert par optout ; fermez-le avant d'en ouvrir un autre."
                : "The terminal is already open in optout; close it before opening another."
        }
    }

    public var description: String { message(in: .en) }

    private static func clean(_ name: String) -> String { SafeText.line(String(name.prefix(64))) }
}
