/// Texts of a catalog file that lack a language optout speaks beyond the required ones:
/// `catalog validate` warns, once a file and language, and the file still loads (English
/// is shown, marked). A warning, never an error.
public struct MissingTranslation: Sendable, Equatable {
    public var file: String
    public var language: Language
    /// How many texts of the file lack it.
    public var count: Int
    /// Where the first such text is.
    public var line: Int
    public var column: Int

    /// `instagram.yaml:8:3: warning: 12 texts have no 'de' version (the first here); English is shown instead`.
    public func formatted(in language: Language) -> String {
        let code = self.language.rawValue
        let message = language == .fr
            ? "avertissement : \(count) texte\(count > 1 ? "s n'ont" : " n'a") pas de version « \(code) » (le premier ici) ; l'anglais est montré à la place"
            : "warning: \(count) text\(count == 1 ? " has" : "s have") no '\(code)' version (the first here); English is shown instead"
        return "\(file):\(line):\(column): \(message)"
    }
}
