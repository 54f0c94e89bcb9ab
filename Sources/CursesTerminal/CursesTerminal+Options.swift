import ChecklistUI
import Foundation

extension CursesTerminal {
    /// How to open the terminal.
    public struct Options: Sendable {
        /// The theme to draw with; `apply(theme:)` changes it later.
        public var theme: Theme
        /// `--no-color`: attributes only, as with `NO_COLOR`.
        public var noColor: Bool
        /// Where `TERM`, `NO_COLOR` and `ESCDELAY` are read (the process's by default).
        public var environment: [String: String]

        public init(theme: Theme = .default, noColor: Bool = false,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.theme = theme
            self.noColor = noColor
            self.environment = environment
        }
    }
}
