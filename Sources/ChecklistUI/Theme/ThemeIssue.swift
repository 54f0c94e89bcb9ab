import ChecklistEngine

/// A problem met while loading a theme. Loading never fails: each problem is reported and
/// the rest of the theme (or the default) is used.
public enum ThemeIssue: Hashable, Sendable, Error {
    /// A problem inside a theme file, with its FILE:LINE:COLUMN.
    case file(CatalogIssue)
    /// No theme file has this name.
    case notFound(name: String, available: [String])
    /// `extends` leads back to a theme already in the chain.
    case cycle(file: String, line: Int, column: Int, chain: [String])

    public func message(in language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .file(let issue):
            return issue.formatted(in: language)
        case .notFound(let name, let available):
            let list = available.joined(separator: ", ")
            return fr ? "aucun thème « \(name) » (disponibles : \(list))" : "no theme named '\(name)' (available: \(list))"
        case .cycle(let file, let line, let column, let chain):
            let path = chain.joined(separator: " → ")
            return "\(file):\(line):\(column): "
                + (fr ? "« extends » tourne en rond (\(path)) ; la chaîne s'arrête là" : "'extends' goes round in a circle (\(path)); the chain stops there")
        }
    }

    /// The message with file paths cut to their last component, for a one-line status bar.
    public func shortMessage(in language: Language) -> String {
        switch self {
        case .file(var issue):
            issue.file = Self.lastComponent(issue.file)
            return issue.formatted(in: language)
        case .cycle(let file, let line, let column, let chain):
            return ThemeIssue.cycle(file: Self.lastComponent(file), line: line, column: column, chain: chain).message(in: language)
        case .notFound:
            return message(in: language)
        }
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// A theme as loaded, with every problem met on the way.
public struct ThemeLoadResult: Sendable, Hashable {
    public var theme: Theme
    public var issues: [ThemeIssue]
    /// The requested theme could not be used at all (missing or unreadable): `theme` is
    /// the default.
    public var usedDefault: Bool

    public init(theme: Theme, issues: [ThemeIssue] = [], usedDefault: Bool = false) {
        self.theme = theme
        self.issues = issues
        self.usedDefault = usedDefault
    }

    /// One line for the status bar, or nil when all went well:
    /// "theme 'x': FILE:LINE:COLUMN: problem (+2 more); using default".
    public func summary(themeName: String, in language: Language) -> String? {
        guard let first = issues.first else { return nil }
        let fr = language == .fr
        var line = (fr ? "thème « \(themeName) » : " : "theme '\(themeName)': ") + first.shortMessage(in: language)
        if issues.count > 1 {
            line += fr ? " (+\(issues.count - 1) autres)" : " (+\(issues.count - 1) more)"
        }
        if usedDefault {
            line += fr ? " ; thème par défaut utilisé" : "; using default"
        } else {
            line += fr ? " ; le reste du thème est utilisé" : "; using the rest of the theme"
        }
        return line
    }
}
