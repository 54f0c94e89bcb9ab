/// The languages optout speaks. English and French have every word; the others fall back
/// to English where a word or a catalog text is not written in them yet.
public enum Language: String, Codable, CaseIterable, Sendable, Comparable {
    case en
    case fr
    case de
    case es
    case it
    case nl

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Parses a code such as `fr`, `de_AT.UTF-8`, `nl-BE` or `es_ES@euro`: the two letters
    /// before any `_`, `-`, `.` or `@`; nil when they name none of the languages.
    public init?(code: String) {
        let letters = code.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }
        guard letters.count == 2, let language = Language(rawValue: letters.lowercased()) else { return nil }
        self = language
    }

    /// The language the environment asks for, by POSIX precedence (LC_ALL, LC_MESSAGES, LANG).
    /// `C`/`POSIX` and unknown languages give English. The locale need not be installed.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(code: value) ?? .en
        }
        return .en
    }

    /// `--lang` first, then `language:` in the config file, then the environment.
    /// `option` is already checked (`Language(rawValue:)`); an unknown one is passed over.
    public static func chosen(option: String?, config: Language?, environment: [String: String]) -> Language {
        option.flatMap(Language.init(rawValue:)) ?? config ?? fromEnvironment(environment)
    }

    /// "en, fr, de, es, it or nl": the codes there are, for a sentence in `language`.
    public static func codes(in language: Language) -> String {
        let codes = allCases.map(\.rawValue)
        let or = switch language {
        case .fr: "ou"
        case .de: "oder"
        case .es: "o"
        case .it: "o"
        case .nl: "of"
        case .en: "or"
        }
        return codes.dropLast().joined(separator: ", ") + " " + or + " " + (codes.last ?? "")
    }
}
