/// The languages every human text in optout exists in.
public enum Language: String, Codable, CaseIterable, Sendable, Comparable {
    case en
    case fr

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Parses a code such as `fr`, `fr_FR.UTF-8` or `en-GB`; nil when it names neither language.
    public init?(code: String) {
        let prefix = code.lowercased().prefix(2)
        guard let language = Language(rawValue: String(prefix)) else { return nil }
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
}
