/// A text the user reads, named by its key: `.uiKeyQuitLabel` is `ui.key.quitLabel`. The names
/// are generated (Word.generated.swift) from `Languages/en.yaml`.
public struct Word: Hashable, Sendable, CaseIterable {
    /// The key's place in `Languages/en.yaml`, and in every language's table.
    public let rawValue: Int

    init(rawValue: Int) { self.rawValue = rawValue }

    public static var allCases: [Word] { (0..<count).map(Word.init(rawValue:)) }
}

/// One language file, compiled in: its texts by `Word.rawValue`, and the plural forms of the
/// keys that say a number. Built by `scripts/generate-words`; `Words` reads it.
struct WordTable: Sendable {
    let code: String
    /// The language's own name ("Français"), from the file's `meta.name`.
    let name: String
    /// The counts said with the `one` form: [1] in English, [0, 1] in French ("0 compte").
    let pluralOne: [Int]
    let texts: [String]
    let plurals: [PluralForms]
    /// The keys the file lacks, by `Word.rawValue`: their texts are English standing in.
    var untranslated: [Int] = []

    static func named(_ code: String) -> WordTable? { all.first { $0.code == code } }
}

/// The forms of one key that says a number, by CLDR category; `other` is always there.
struct PluralForms: Sendable {
    let word: Int
    /// The placeholder whose number chooses the form, when not the count (`by: settled`).
    var by: String? = nil
    var zero: String? = nil
    var one: String? = nil
    var two: String? = nil
    var few: String? = nil
    var many: String? = nil
    let other: String
}
