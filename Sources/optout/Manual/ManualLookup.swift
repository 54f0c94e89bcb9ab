import ChecklistEngine

/// Finds each text of the manual: the help of the commands, options and groups in the
/// language files (`HelpWords`, the words of `--help`), the rest in `man/LANG.yaml`. It notes
/// every help text the page's language lacks (English stands in) and every text kept for
/// something that no longer exists: what `generate-manual --strict` refuses, so an option
/// added without its French stops the package instead of drifting.
struct ManualLookup {
    let words: ManualWords
    let help: HelpWords
    /// Texts the language lacks, as "help.tick.--note (fr)" or "views.search".
    private(set) var missing: [String] = []

    init(words: ManualWords, tree: CommandTree) {
        self.words = words
        help = HelpWords(Language(rawValue: words.language) ?? .en, root: tree)
    }

    var tree: CommandTree { help.root }

    mutating func abstract(_ command: CommandTree) -> String {
        note(HelpWords.key(command, "abstract"), english: command.abstract)
        return help.abstract(command)
    }

    /// The discussion of `command`, split into its paragraphs.
    mutating func paragraphs(_ command: CommandTree) -> [String] {
        note(HelpWords.key(command, "discussion"), english: command.discussion)
        return help.discussion(command)
    }

    mutating func help(_ argument: CommandTree.Argument, of command: CommandTree) -> String {
        note(help.key(argument, of: command), english: argument.abstract)
        return help.help(argument, of: command)
    }

    /// A value name (`file`) as this language says it.
    mutating func value(_ english: String) -> String {
        if let key = HelpWords.valueKey(english) { note(key, english: english) }
        return help.value(english)
    }

    mutating func group(_ english: String) -> String {
        note(HelpWords.groupKey(english), english: english)
        return help.group(english)
    }

    /// Every language names every view: the raw value is no title.
    mutating func view(_ raw: String) -> String {
        if let text = words.views[raw] { return text }
        missing.append("views.\(raw)")
        return raw
    }

    mutating func phrase(_ key: String) -> String {
        if let text = words.phrases[key] { return text }
        missing.append("phrases.\(key)")
        return key.replacingOccurrences(of: "_", with: " ")
    }

    /// Help texts of the language files and view titles of the words file for commands,
    /// options, groups or views that no longer exist.
    func stale(groups: [HelpGroup]) -> [String] {
        let expected = Set(HelpWords.expected(root: tree, groups: groups).map(\.key))
        let views = Set(KeyReference.views.map(\.rawValue))
        return (Word.allCases.map(\.key).filter { HelpWords.isHelpKey($0) && !expected.contains($0) }
            + words.views.keys.filter { !views.contains($0) }.map { "views.\($0)" }).sorted()
    }

    private mutating func note(_ key: String, english: String?) {
        guard let english, !english.isEmpty, !help.words.hasOwnText(named: key) else { return }
        missing.append("\(key) (\(help.language.rawValue))")
    }
}
