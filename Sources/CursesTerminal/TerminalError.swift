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
        switch self {
        case .notATerminal:
            return Words.text(.uiTerminalOptoutNeedsATerminal, in: language)
        case .terminalUnset:
            return Words.text(.uiTerminalTermIsNotSet, in: language)
        case .unknownTerminal(let name):
            let name = Self.clean(name)
            return Words.text(.uiTerminalTheTerminalTypeTerm, in: language, ["name": name])
        case .noCursorAddressing(let name):
            let name = Self.clean(name)
            return Words.text(.uiTerminalTheTerminalCannotMove, in: language, ["name": name])
        case .alreadyOpen:
            return Words.text(.uiTerminalTheTerminalIsAlready, in: language)
        }
    }

    public var description: String { message(in: .en) }

    private static func clean(_ name: String) -> String { SafeText.line(String(name.prefix(64))) }
}
