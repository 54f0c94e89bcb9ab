/// A human text in several languages. Catalog texts always carry `en` and `fr`.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var values: [Language: String]

    public init(_ values: [Language: String]) { self.values = values }

    public init(en: String, fr: String) { self.values = [.en: en, .fr: fr] }

    /// The text in `language`, else English, else any language there is.
    public func text(in language: Language) -> String {
        values[language] ?? values[.en] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
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
