/// Finds each text of the manual in the words file: for English the command definitions'
/// own text, for another language its translation, falling back to English and noting it.
/// The notes are what `generate-manual --strict` refuses: an option without its French
/// is a page that drifted.
struct ManualLookup {
    let words: ManualWords
    let tree: CommandTree
    /// Texts the words file lacks, as "commands.tick.--note".
    private(set) var missing: [String] = []

    init(words: ManualWords, tree: CommandTree) {
        self.words = words
        self.tree = tree
    }

    /// The help text `english` of `key` (`abstract`, `--note`, `account`) of `command`.
    mutating func text(_ english: String?, command: CommandTree, key: String) -> String {
        let english = english ?? ""
        guard words.translates, !english.isEmpty else { return english }
        if let text = words.commands?[command.path]?[key] { return text }
        missing.append("commands.\(command.path).\(key)")
        return english
    }

    /// The discussion of `command`, split into its paragraphs.
    mutating func paragraphs(_ english: String?, command: CommandTree) -> [String] {
        guard let english, !english.isEmpty else { return [] }
        return text(english, command: command, key: "discussion").split(separator: "\n").map(String.init)
    }

    /// The help of an option every command takes.
    mutating func option(_ english: String?, key: String) -> String {
        let english = english ?? ""
        guard words.translates, !english.isEmpty else { return english }
        if let text = words.options?[key] { return text }
        missing.append("options.\(key)")
        return english
    }

    /// A value name (`file`) as this language says it.
    mutating func value(_ english: String) -> String {
        guard words.translates, !english.isEmpty else { return english }
        if let text = words.values?[english] { return text }
        missing.append("values.\(english)")
        return english
    }

    mutating func group(_ english: String) -> String {
        guard words.translates else { return english }
        if let text = words.groups?[english] { return text }
        missing.append("groups.\(english)")
        return english
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

    /// Translations of commands, options, groups or views that no longer exist.
    func stale(groups: [String]) -> [String] {
        var stale: [String] = []
        let commands = Dictionary([tree] + tree.visibleCommands) { $0.path }
        for (path, texts) in words.commands ?? [:] {
            guard let command = commands[path] else { stale.append("commands.\(path)"); continue }
            let keys = Set(["abstract", "discussion"] + command.visibleArguments.map(\.key))
            stale += texts.keys.filter { !keys.contains($0) }.map { "commands.\(path).\($0)" }
        }
        let globals = Set(tree.visibleArguments.map(\.key))
        stale += (words.options ?? [:]).keys.filter { !globals.contains($0) }.map { "options.\($0)" }
        stale += (words.groups ?? [:]).keys.filter { !groups.contains($0) }.map { "groups.\($0)" }
        let views = Set(KeyReference.views.map(\.rawValue))
        stale += words.views.keys.filter { !views.contains($0) }.map { "views.\($0)" }
        return stale.sorted()
    }
}

private extension Dictionary where Key == String, Value == CommandTree {
    init(_ commands: [CommandTree], key: (CommandTree) -> String) {
        self.init(commands.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}
