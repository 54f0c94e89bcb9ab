import ArgumentParser
import ChecklistEngine
import Foundation
import OptOutCatalog

/// What the shell completes for arguments whose values live in the user's files: platform
/// ids from the catalog, accounts (ids and labels) and step ids from the progress file.
/// ArgumentParser's completion scripts call `optout ---completion …`, which runs these.
/// Nothing here may print to stderr (the shell shows it over the command line) or fail:
/// a completion that cannot be computed is simply empty.
enum Completions {
    static let platforms = CompletionKind.custom { words, _, _ in
        guard let catalog = try? context(words).loadedCatalog().catalog else { return [] }
        return shellSafe(catalog.platforms.map(\.id))
    }

    static let accounts = CompletionKind.custom { words, _, _ in
        guard let progress = try? context(words).store().load() else { return [] }
        var seen = Set<String>()
        return shellSafe(progress.accounts.map(\.id) + progress.accounts.compactMap(\.label)).filter { seen.insert($0).inserted }
    }

    /// Only words that no shell expands: the Bourne-again shell's script hands the candidates to `compgen -W`,
    /// which expands `$(…)`, backquotes and variables in them, so a label such as
    /// `$(touch x)` would run on Tab. Such a label is simply not offered (its id still is).
    static func shellSafe(_ words: [String]) -> [String] {
        words.filter { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
                CharacterSet.alphanumerics.contains(scalar) || "@._+-:,=%/".unicodeScalars.contains(scalar)
            }
        }
    }

    /// Where the shipped authorities are: written into the scripts, no call back needed.
    static let countries = CompletionKind.list(PlaceCodes.europeanEconomicArea)
    static let regions = CompletionKind.list(PlaceCodes.germanLaender)

    /// The ids of the shipped supervisory authorities, for `letter write --authority`.
    static let authorities = CompletionKind.custom { _, _, _ in
        shellSafe(AuthoritySet.load(environment: ProcessInfo.processInfo.environment).authorities.map(\.id))
    }

    static let themes = CompletionKind.custom { words, _, _ in
        shellSafe(context(words).themeLoader().availableNames())
    }

    /// Steps of the account named earlier on the line that `tick` may tick (leaves not done yet).
    static let stepsToTick = steps(TickCommand.self) { step, account in step.isLeaf && account.ticks[step.id] == nil }
    /// Steps of that account that are ticked.
    static let tickedSteps = steps(UntickCommand.self) { step, account in account.ticks[step.id] != nil }
    /// Every step of that account that can hold a note.
    static let noteSteps = steps(NoteCommand.self) { step, _ in step.isLeaf }
    /// Every step of that account: each may keep a file as proof.
    static let attachSteps = steps(AttachCommand.self) { _, _ in true }
    /// The steps of that account that keep a file.
    static let evidenceSteps = steps(EvidenceCommand.Remove.self) { step, account in account.evidence[step.id]?.isEmpty == false }

    /// The steps of the account that the words before the cursor name, for a command of type
    /// `command` whose arguments are ACCOUNT STEP [...]: the words are parsed by that very
    /// command, with placeholders for what is still to type, so `--data FILE` counts as well.
    private static func steps<C: ParsableCommand & AccountStepArguments>(
        _ command: C.Type, _ keep: @escaping @Sendable (Step, Account) -> Bool
    ) -> CompletionKind {
        .custom { words, index, _ in
            guard let start = words.firstIndex(of: C.configuration.commandName ?? ""), start < index else { return [] }
            let typed = Array(words[(start + 1)..<index]).map(unquoted)
            guard let parsed = (1...2).lazy.compactMap({ try? C.parse(typed + Array(repeating: "_", count: $0)) }).first else { return [] }
            let context = CommandContext(choices: parsed.options.choices)
            guard let progress = try? context.store().load(), let account = try? progress.resolve(parsed.account),
                  let platform = try? context.loadedCatalog().catalog.platform(id: account.platform)
            else { return [] }
            return shellSafe(platform.allSteps.filter { keep($0, account) }.map(\.id))
        }
    }

    /// The context of the line being completed: only `--data` matters (which progress file).
    private static func context(_ words: [String]) -> CommandContext {
        var data: String?
        for (index, word) in words.enumerated() {
            if word == "--data", index + 1 < words.count { data = unquoted(words[index + 1]) }
            if word.hasPrefix("--data=") { data = unquoted(String(word.dropFirst("--data=".count))) }
        }
        return CommandContext(choices: GlobalChoices(data: data))
    }

    /// The shells pass words as typed; the usual quoting of a file name or label is removed.
    private static func unquoted(_ word: String) -> String {
        for quote in ["'", "\""] where word.count >= 2 && word.hasPrefix(quote) && word.hasSuffix(quote) {
            return String(word.dropFirst().dropLast())
        }
        return word.replacingOccurrences(of: "\\ ", with: " ")
    }
}

/// A command whose first two arguments are ACCOUNT and STEP (tick, untick, note).
protocol AccountStepArguments {
    var account: String { get }
    var options: GlobalOptions { get }
}

extension TickCommand: AccountStepArguments {}
extension UntickCommand: AccountStepArguments {}
extension NoteCommand: AccountStepArguments {}
