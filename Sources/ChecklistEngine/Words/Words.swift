/// The words of one language, from the compiled-in language files (`Languages/*.yaml`).
/// A language without a file, or a key its file lacks, reads as English.
public struct Words: Sendable {
    public let language: Language
    private let table: WordTable

    public init(_ language: Language) {
        self.language = language
        table = Self.substitute ?? WordTable.named(language.rawValue) ?? WordTable.en
    }

    /// For tests: a table every `Words` made inside `Words.$substitute.withValue(table) {...}`
    /// reads instead of its language's (the pseudo-language of the layout tests). A task-local
    /// value, so no global state: bound for one closure on one task, never bound in the program.
    @TaskLocal static var substitute: WordTable?

    init(languageCode: String) {
        language = .en
        table = WordTable.named(languageCode) ?? WordTable.en
    }

    /// The codes of the languages that have a file, sorted.
    public static var languageCodes: [String] { WordTable.all.map(\.code) }

    /// The text of `word`, each `{name}` replaced by `values["name"]` (said as `"\(value)"`).
    public func text(_ word: Word, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        Self.fill(table.texts[word.rawValue], values)
    }

    /// The form of `word` for `count` (or for the value its file names with `by`), with `{count}`
    /// and `values` filled in.
    public func plural(_ word: Word, count: Int, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        var values = values
        values["count"] = count
        guard let forms = table.plurals.first(where: { $0.word == word.rawValue }) else { return text(word, values) }
        let number = forms.by.flatMap { values[$0] as? Int } ?? count
        let form = table.pluralOne.contains(number) ? forms.one ?? forms.other : forms.other
        return Self.fill(form, values)
    }

    /// The text of the key spelled as in the files ("ui.key.quitLabel"), or nil when no such key.
    public func text(named key: String, _ values: [String: any CustomStringConvertible] = [:]) -> String? {
        Word.named(key).map { text($0, values) }
    }

    /// Whether this language's file has its own text for the key spelled `key` (not English
    /// standing in for a text it lacks, nor no such key at all).
    public func hasOwnText(named key: String) -> Bool {
        guard let word = Word.named(key) else { return false }
        return !table.untranslated.contains(word.rawValue)
    }

    public static func text(_ word: Word, in language: Language, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        Words(language).text(word, values)
    }

    /// Replaces `{name}` by its value; a name without a value stays as written.
    static func fill(_ text: String, _ values: [String: any CustomStringConvertible]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] else {
                out.append("{")
                rest = after
                continue
            }
            out += String(describing: value)
            rest = after[after.index(after: close)...]
        }
        return out + rest
    }
}

extension Word {
    /// The key as the language files spell it.
    public var key: String { WordTable.keys[rawValue] }

    /// The word whose key is `key`.
    public static func named(_ key: String) -> Word? {
        index[key].map(Word.init(rawValue:))
    }

    private static let index: [String: Int] = Dictionary(uniqueKeysWithValues: WordTable.keys.enumerated().map { ($1, $0) })
}
