import ChecklistEngine

/// `optout tick --help` in the user's language: the layout of ArgumentParser's own help
/// (overview, usage, arguments, options, subcommands), its words from `HelpWords`.
struct HelpScreen {
    let command: CommandTree
    let words: HelpWords
    let groups: [HelpGroup]
    /// The columns to wrap to (the terminal's, else 80).
    let width: Int

    /// Where the help of an argument starts: as in ArgumentParser, or on a narrow terminal
    /// a little in, below its label.
    private var labelColumn: Int { width >= 60 ? 26 : 6 }

    func render() -> String {
        var sections: [[String]] = []
        var overview = wrap(words.text(.cliHelpOverview) + " " + words.abstract(command), indent: "")
        let discussion = words.discussion(command)
        if !discussion.isEmpty { overview += [""] + discussion.flatMap { wrap($0, indent: "") } }
        sections.append(overview)
        sections.append(usage())
        let arguments = command.visibleArguments
        let positionals = arguments.filter { $0.kind == .positional }
        if !positionals.isEmpty { sections.append(list(words.text(.cliHelpArguments), positionals.map(row))) }
        let options = arguments.filter { $0.kind != .positional }
        if !options.isEmpty { sections.append(list(words.text(.cliHelpOptions), options.map(row))) }
        sections += subcommands()
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    // MARK: Usage

    private func usage() -> [String] {
        var parts = [command.fullName]
        for argument in command.visibleArguments where !(argument.kind == .flag && ["--help", "--version"].contains(argument.key)) {
            parts.append(usageWord(argument))
        }
        if !command.isLeaf { parts.append("<" + words.text(.cliHelpSubcommandValue) + ">") }
        let heading = words.text(.cliHelpUsage) + " "
        // Continued under the command, or on a narrow terminal just in from the edge.
        return wrapWords(parts, first: heading, indent: String(repeating: " ", count: width >= 60 ? TextWidth.of(heading) : 2))
    }

    /// `<account>`, `[--note <note>]`, `<files> ...`: one word of the usage line.
    private func usageWord(_ argument: CommandTree.Argument) -> String {
        var word = words.synopsis(argument)
        if argument.isRepeating { word += " ..." }
        return argument.isOptional ? "[" + word + "]" : word
    }

    // MARK: Lists

    /// `  --note <note>           A note to keep...`, the help of long labels on the next line.
    private func row(_ argument: CommandTree.Argument) -> (label: String, help: String) {
        var label: String
        switch argument.kind {
        case .positional: label = "<" + words.value(argument.valueName ?? "") + ">"
        case .option: label = argument.spellings.joined(separator: ", ") + " <" + words.value(argument.valueName ?? "") + ">"
        case .flag: label = argument.spellings.joined(separator: ", ")
        }
        if argument.isRepeating, argument.kind == .positional { label += " ..." }
        return (label, words.help(argument, of: command) + words.notes(argument))
    }

    private func list(_ heading: String, _ rows: [(label: String, help: String)]) -> [String] {
        var lines = [heading]
        let indent = String(repeating: " ", count: labelColumn)
        for row in rows {
            let label = "  " + row.label
            if TextWidth.of(label) <= labelColumn - 2 {
                var help = wrap(row.help, indent: indent)
                if let first = help.first {
                    help[0] = TextWidth.pad(label, to: labelColumn) + first.dropFirst(labelColumn)
                }
                lines += help.isEmpty ? [label] : help
            } else {
                lines.append(label)
                if !row.help.isEmpty { lines += wrap(row.help, indent: indent) }
            }
        }
        return lines
    }

    /// The subcommands, under their groups (the root) or under one heading.
    private func subcommands() -> [[String]] {
        let shown = command.visibleSubcommands
        guard !shown.isEmpty else { return [] }
        let row = { (sub: CommandTree) in (label: sub.commandName, help: words.abstract(sub)) }
        var sections: [[String]] = []
        let grouped = command.superCommands == nil ? groups : []
        for group in grouped {
            let members = group.commands.compactMap { name in shown.first { $0.commandName == name } }
            if !members.isEmpty { sections.append(list(words.group(group.name).uppercased() + ":", members.map(row))) }
        }
        let rest = shown.filter { sub in !grouped.contains { $0.commands.contains(sub.commandName) } }
        if !rest.isEmpty { sections.append(list(words.text(.cliHelpSubcommands), rest.map(row))) }
        let help = ([command.superCommands?.first ?? command.commandName, "help"] + (command.superCommands == nil ? [] : [command.path]))
        let typed = (help + ["<" + words.text(.cliHelpSubcommandValue) + ">"]).joined(separator: " ")
        sections.append(wrap(words.text(.cliHelpSeeSubcommand, ["command": typed]), indent: "  "))
        return sections
    }

    // MARK: Wrapping

    /// `text` word-wrapped to the width, every line starting with `indent`. A no-break space
    /// (French before `:`) holds its two words together.
    private func wrap(_ text: String, indent: String) -> [String] {
        wrapWords(text.split(separator: " ").map(String.init), first: indent, indent: indent)
    }

    private func wrapWords(_ words: [String], first: String, indent: String) -> [String] {
        var lines: [String] = []
        var line = first
        var empty = true
        for word in words {
            if !empty, TextWidth.of(line) + 1 + TextWidth.of(word) > width {
                lines.append(line)
                line = indent
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(line)
        return lines
    }
}
