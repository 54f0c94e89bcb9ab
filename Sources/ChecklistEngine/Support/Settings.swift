import Foundation

/// The user's preferences from `$XDG_CONFIG_HOME/optout/config.yaml`:
///
///     language: fr
///     theme: light
///
/// A broken file is reported and ignored; it never stops the program.
public struct Settings: Sendable, Equatable {
    public var language: Language?
    public var theme: String?

    public init(language: Language? = nil, theme: String? = nil) {
        self.language = language
        self.theme = theme
    }

    public static func load(from url: URL) -> (settings: Settings, issues: [CatalogIssue]) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (Settings(), []) }
        var reader = YAMLReader(file: url.path)
        guard let node = reader.parseFile(at: url) else {
            // An empty config file is fine.
            let onlyEmpty = reader.issues.allSatisfy { $0.problem == .empty }
            return (Settings(), onlyEmpty ? [] : reader.issues)
        }
        var settings = Settings()
        if let fields = reader.mapping(node, field: "config", known: ["language", "theme"]) {
            settings.language = fields["language"].flatMap { reader.oneOf($0, field: "language", as: Language.self) }
            settings.theme = fields["theme"].flatMap { reader.identifier($0, field: "theme") }
        }
        return (settings, reader.issues)
    }
}
