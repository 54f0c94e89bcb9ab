/// A platform's name: a brand, the same in every language ("Instagram"), or a phrase given
/// in each language ("Meta: info shared by others").
public enum PlatformName: Hashable, Sendable, Encodable, ExpressibleByStringLiteral {
    case brand(String)
    case phrase(LocalizedText)

    public init(stringLiteral value: String) { self = .brand(value) }

    /// The name as the user reads it in `language`.
    public func text(in language: Language) -> String {
        switch self {
        case .brand(let name): name
        case .phrase(let text): text.text(in: language)
        }
    }

    /// Every spelling, for search.
    public var allTexts: [String] {
        switch self {
        case .brand(let name): [name]
        case .phrase(let text): Language.allCases.compactMap { text.values[$0] }
        }
    }

    /// A brand as a string, a phrase as its map of languages, as the catalog file has it.
    public func encode(to encoder: Encoder) throws {
        switch self {
        case .brand(let name): try name.encode(to: encoder)
        case .phrase(let text): try text.encode(to: encoder)
        }
    }
}
