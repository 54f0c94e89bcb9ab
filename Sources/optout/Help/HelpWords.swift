import ChecklistEngine

/// The words of the command line's help in one language, from the language files, found by
/// the command's path and the argument's name (Languages/README.md, "The command line's help"):
///
///     help.tick.abstract              the command's one line (help.optout.abstract: the program's)
///     help.tick.discussion            its paragraphs, when it has some
///     help.tick.--note                an option or a flag, by its long name
///     help.tick.account               a positional argument, by its value name
///     help.optout.--data              an option every command takes (the root's own)
///     cli.help.value.file             a value name, as in `--data <file>`
///     cli.help.group.keep-the-proof   a group of `optout --help`
///
/// A key no language file has (a command added since) reads as the definition's English,
/// so help never lacks a line; HelpWordsTests names every such key.
struct HelpWords {
    let words: Words
    let root: CommandTree

    init(_ language: Language, root: CommandTree) {
        words = Words(language)
        self.root = root
    }

    var language: Language { words.language }

    // MARK: Keys

    static func key(_ command: CommandTree, _ part: String) -> String {
        "help." + command.path.replacingOccurrences(of: " ", with: ".") + "." + part
    }

    /// An option every command takes is said once, under the root.
    func key(_ argument: CommandTree.Argument, of command: CommandTree) -> String {
        Self.key(isGlobal(argument) ? root : command, argument.key)
    }

    func isGlobal(_ argument: CommandTree.Argument) -> Bool {
        argument.kind != .positional && root.visibleArguments.contains { $0.key == argument.key }
    }

    /// The key of a value name; nil for one that is no word (`en|fr|de|es|it|nl`), shown as it is.
    static func valueKey(_ name: String) -> String? {
        guard let first = name.first, first.isASCII, first.isLetter,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return nil }
        return "cli.help.value." + name
    }

    /// "Keep the proof" is `cli.help.group.keep-the-proof`.
    static func groupKey(_ name: String) -> String {
        "cli.help.group." + name.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }

    // MARK: Texts

    func abstract(_ command: CommandTree) -> String {
        text(Self.key(command, "abstract"), english: command.abstract)
    }

    /// The discussion, one string per paragraph.
    func discussion(_ command: CommandTree) -> [String] {
        guard let english = command.discussion, !english.isEmpty else { return [] }
        return text(Self.key(command, "discussion"), english: english).split(separator: "\n").map(String.init)
    }

    func help(_ argument: CommandTree.Argument, of command: CommandTree) -> String {
        text(key(argument, of: command), english: argument.abstract)
    }

    /// `file` as this language names a value (`Datei`).
    func value(_ name: String) -> String {
        guard let key = Self.valueKey(name) else { return name }
        return text(key, english: name)
    }

    func group(_ name: String) -> String {
        text(Self.groupKey(name), english: name)
    }

    /// `<Konto>`, `--note <Notiz>`, `--json`: the argument as the usage line shows it.
    func synopsis(_ argument: CommandTree.Argument) -> String {
        let value = "<" + self.value(argument.valueName ?? "") + ">"
        switch argument.kind {
        case .positional: return value
        case .option: return argument.key + " " + value
        case .flag: return argument.key
        }
    }

    /// " (values: markdown, html; default: markdown)": what an option takes, when it says.
    func notes(_ argument: CommandTree.Argument) -> String {
        guard argument.kind == .option else { return "" }
        var notes: [String] = []
        if let values = argument.allValues, !values.isEmpty { notes.append(text(.cliHelpValues, ["values": values.joined(separator: ", ")])) }
        if let value = argument.defaultValue { notes.append(text(.cliHelpDefault, ["value": value])) }
        return notes.isEmpty ? "" : " (" + notes.joined(separator: text(.uiDetailListSeparator)) + ")"
    }

    /// A text of the help screen itself (`cli.help.usage`).
    func text(_ word: Word, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        words.text(word, values)
    }

    private func text(_ key: String, english: String?) -> String {
        words.text(named: key) ?? english ?? ""
    }

    // MARK: What the files must hold

    /// Every key the command tree asks of the language files, with the definitions' English:
    /// what HelpWordsTests and `generate-manual --strict` hold the files to.
    static func expected(root: CommandTree, groups: [HelpGroup]) -> [(key: String, english: String)] {
        let words = HelpWords(.en, root: root)
        var expected: [(key: String, english: String)] = []
        func add(_ key: String, _ english: String?) {
            guard let english, !english.isEmpty, !expected.contains(where: { $0.key == key }) else { return }
            expected.append((key, english))
        }
        for command in [root] + root.documentedCommands {
            add(key(command, "abstract"), command.abstract)
            add(key(command, "discussion"), command.discussion)
            for argument in command.visibleArguments {
                add(words.key(argument, of: command), argument.abstract)
                if argument.kind != .flag, let name = argument.valueName, let valueKey = valueKey(name) { add(valueKey, name) }
            }
        }
        for group in groups { add(groupKey(group.name), group.name) }
        return expected
    }

    /// Whether `key` is one `expected` may hold: the parts of the files this type reads.
    static func isHelpKey(_ key: String) -> Bool {
        key.hasPrefix("help.") || key.hasPrefix("cli.help.value.") || key.hasPrefix("cli.help.group.")
    }
}
