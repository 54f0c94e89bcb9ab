import Foundation

/// The user's preferences from `$XDG_CONFIG_HOME/optout/config.yaml`:
///
///     language: fr
///     theme: light
///     country: DE        # ISO 3166-1: names the user's data protection authority
///     region: DE-BY      # ISO 3166-2, Germany only: the Land's authority
///
/// A broken file is reported and ignored; it never stops the program.
public struct Settings: Sendable, Equatable {
    public var language: Language?
    public var theme: String?
    /// Upper case ISO 3166-1 alpha-2.
    public var country: String?
    /// `DE-xx`, only with `country: DE`.
    public var region: String?

    public init(language: Language? = nil, theme: String? = nil, country: String? = nil, region: String? = nil) {
        self.language = language
        self.theme = theme
        self.country = country
        self.region = region
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
        if let fields = reader.mapping(node, field: "config", known: ["language", "theme", "country", "region"]) {
            settings.language = fields["language"].flatMap { reader.oneOf($0, field: "language", as: Language.self) }
            settings.theme = fields["theme"].flatMap { reader.identifier($0, field: "theme") }
            settings.readPlace(fields, reader: &reader)
        }
        return (settings, reader.issues)
    }
}

extension Settings {
    /// `country` and `region`, in either case (`de`, `by` or `DE-BY`), kept upper case.
    mutating func readPlace(_ fields: YAMLReader.Fields, reader: inout YAMLReader) {
        if let node = fields["country"], let text = reader.string(node, field: "country") {
            country = PlaceCodes.country(text)
            if country == nil { reader.report(node, .authority(.badCountry(field: "country", value: SafeText.line(String(text.prefix(40)))))) }
        }
        if let node = fields["region"], let text = reader.string(node, field: "region") {
            region = PlaceCodes.germanLand(text)
            if region == nil {
                reader.report(node, .authority(.badRegion(field: "region", value: SafeText.line(String(text.prefix(40))))))
            } else if let country, country != "DE" {
                reader.report(node, .authority(.regionOutsideGermany(country: country)))
                region = nil
            }
        }
    }
}
