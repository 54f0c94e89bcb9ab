/// A human text in several languages. Shipped catalog texts always carry `en` and `fr`,
/// a user's catalog at least `en`.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var values: [Language: String]

    public init(_ values: [Language: String]) { self.values = values }

    public init(en: String, fr: String) { self.values = [.en: en, .fr: fr] }

    /// The text in `language`, else English, else any language there is.
    public func text(in language: Language) -> String {
        values[language] ?? values[.en] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// The language `text(in:)` reads: `language`, else English, else the first there is.
    public func source(for language: Language) -> Language? {
        if values[language] != nil { return language }
        if values[.en] != nil { return .en }
        return values.keys.sorted().first
    }

    /// As `text(in:)`, with "[EN] " before a text that is not in `language`, so that nobody
    /// takes it for a translation. For catalog texts; the words of the UI are never marked.
    public func marked(in language: Language) -> String {
        guard let source = source(for: language), source != language else { return text(in: language) }
        return "[" + source.rawValue.uppercased() + "] " + text(in: language)
    }

    public init(from decoder: Decoder) throws {
        let raw = try [String: String](from: decoder)
        var values: [Language: String] = [:]
        for (key, value) in raw { if let language = Language(rawValue: key) { values[language] = value } }
        self.values = values
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: LanguageKey.self)
        for (language, value) in values.sorted(by: { $0.key < $1.key }) {
            try container.encode(value, forKey: LanguageKey(stringValue: language.rawValue))
        }
    }

    private struct LanguageKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
