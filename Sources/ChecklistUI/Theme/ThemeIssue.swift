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
        switch self {
        case .file(let issue):
            return issue.formatted(in: language)
        case .notFound(let name, let available):
            return Words.text(.uiThemeNotFound, in: language, ["name": name, "list": available.joined(separator: ", ")])
        case .cycle(let file, let line, let column, let chain):
            return Words.text(.uiThemeCycle, in: language,
                              ["file": file, "line": line, "column": column, "path": chain.joined(separator: " → ")])
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
        let words = Words(language)
        var line = words.text(.uiThemeSummary, ["theme": themeName, "problem": first.shortMessage(in: language)])
        if issues.count > 1 {
            line += words.text(.uiThemeMoreIssues, ["count": issues.count - 1])
        }
        line += words.text(usedDefault ? .uiThemeUsingDefault : .uiThemeUsingRest)
        return line
    }
}
