import ChecklistEngine

/// A usage error in the user's language, in two lines: what is wrong, and where to read more.
///
///     optout: optout tick has no option --bogus; did you mean --note?
///     See 'optout tick --help'.
struct UsageMessage {
    let problem: UsageProblem
    let scan: ArgumentScan
    let words: HelpWords

    var lines: [String] {
        let command = words.root.command(at: scan.path) ?? words.root
        return ["optout: " + sentence(command), words.text(.cliUsageSeeHelp, ["help": command.fullName + " --help"])]
    }

    private func sentence(_ command: CommandTree) -> String {
        let name = quoted(command.fullName)
        switch problem {
        case .unknownOption(let option):
            let near = Self.nearest(option, among: (command.arguments ?? []).flatMap(\.spellings).filter { $0.hasPrefix("--") })
            return near.map { words.text(.cliUsageUnknownOptionNear, ["command": name, "option": quoted(option), "suggestion": $0]) }
                ?? words.text(.cliUsageUnknownOption, ["command": name, "option": quoted(option)])
        case .missingValue(let option):
            let synopsis = command.argument(spelled: option).map(words.synopsis) ?? option
            return words.text(.cliUsageMissingValue, ["option": option, "synopsis": synopsis])
        case .unexpectedValue(let option, let value):
            return words.text(.cliUsageUnexpectedValue, ["option": option, "value": quoted(value)])
        case .extraArguments(let values):
            if let unknown = scan.unknownCommand, values.first == unknown {
                let near = Self.nearest(unknown, among: command.visibleSubcommands.map(\.commandName))
                return near.map { words.text(.cliUsageUnknownCommandNear, ["command": name, "name": quoted(unknown), "suggestion": $0]) }
                    ?? words.text(.cliUsageUnknownCommand, ["command": name, "name": quoted(unknown)])
            }
            return words.words.plural(.cliUsageExtraArguments, count: values.count,
                                      ["command": name, "arguments": values.map(quoted).joined(separator: ", ")])
        case .missingArgument(let property):
            let argument = Self.argument(property, in: command)
            return words.text(.cliUsageMissingArgument, ["command": name, "argument": argument.map(words.synopsis) ?? property])
        case .badValue(let value, let option, let property):
            let argument = option.flatMap(command.argument(spelled:)) ?? Self.argument(property, in: command)
            let label = option ?? argument.map(words.synopsis) ?? property
            if let values = argument?.allValues, !values.isEmpty {
                return words.text(.cliUsageBadValueOneOf, ["option": label, "values": values.joined(separator: ", "), "value": quoted(value)])
            }
            return words.text(.cliUsageBadValue, ["option": label, "value": quoted(value)])
        case .missingCommand:
            return words.text(.cliUsageMissingCommand, ["command": name, "commands": command.visibleSubcommands.map(\.commandName).joined(separator: ", ")])
        case .invalidOption(let option):
            return words.text(.cliUsageInvalidOption, ["option": quoted(option)])
        case .sentence(let text), .english(let text):
            return text
        }
    }

    /// What the person typed, quoted as the language quotes, made safe and kept short.
    private func quoted(_ text: String) -> String {
        let safe = SafeText.line(text)
        return words.text(.cliUsageQuoted, ["text": TextWidth.of(safe) > 60 ? TextWidth.truncate(safe, to: 60) : safe])
    }

    /// The argument whose property is `property`: a positional is named by it, an option by
    /// it in kebab case (`restoreBackup` is `--restore-backup`).
    private static func argument(_ property: String, in command: CommandTree) -> CommandTree.Argument? {
        let kebab = property.reduce(into: "") { out, c in out += c.isUppercase ? "-" + c.lowercased() : String(c) }
        return (command.arguments ?? []).first { argument in
            argument.kind == .positional ? argument.valueName == property : argument.preferredName?.name == kebab
        }
    }

    /// The candidate closest to `typed`, when it is close (as ArgumentParser suggests options).
    static func nearest(_ typed: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(typed, $0)) }.filter { $0.1 < 4 && $0.1 < max(typed.count, 2) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let old = row[j]
                row[j] = a[i - 1] == b[j - 1] ? previous : 1 + min(previous, row[j], row[j - 1])
                previous = old
            }
        }
        return row[b.count]
    }
}
