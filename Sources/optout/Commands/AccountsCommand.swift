import ArgumentParser
import ChecklistEngine
import Foundation

struct AccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts",
        abstract: "Add, list, label, link or remove the accounts you track.",
        subcommands: [Add.self, List.self, Remove.self, Label.self, Details.self, Cover.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Track an account of a platform (see 'optout catalog list').")

        @Argument(help: "The platform id, such as instagram.", completion: Completions.platforms) var platform: String
        @Option(help: "A name for the account, such as @marie or \"Grandma\".") var label: String?
        @Option(help: "Who the account belongs to, as a letter is signed: \"Marie Dupont\" (stays in the progress file).")
        var holder: String?
        @Option(help: "What the platform knows the account by: its email, username or phone number (stays in the progress file).")
        var identifier: String?
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let (_, outcome, _) = try context.apply(.addAccount(platform: platform, label: label, holder: holder, identifier: identifier))
                context.output.line(context.text(.cliAccountsAddedAccount, ["account": outcome.account]))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts you track.")

        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let catalog = try context.catalog()
                let progress = try context.store().load()
                let evaluations = StatusEvaluator(catalog: catalog, now: context.now).evaluate(progress)
                if json {
                    struct Entry: Encodable {
                        var id: String, platform: String, label: String?, created: Date, coveredBy: String?, status: AccountStatus
                        var holder: String?, identifier: String?
                    }
                    let entries = evaluations.map {
                        Entry(id: $0.account.id, platform: $0.account.platform, label: $0.account.label,
                              created: $0.account.created, coveredBy: $0.account.coveredBy, status: $0.status,
                              holder: $0.account.holder, identifier: $0.account.identifier)
                    }
                    context.output.json(try ProgressCoding.encoder.encode(["accounts": entries]))
                    return
                }
                if evaluations.isEmpty {
                    context.output.line(context.text(.cliAccountsNoAccountsYetAdd))
                    return
                }
                for evaluation in evaluations {
                    let account = evaluation.account
                    var line = account.id + "  " + SafeText.line(evaluation.platform?.name(in: context.language) ?? account.platform)
                    if let label = account.label { line += "  " + SafeText.line(label) }
                    if let holder = account.holder { line += "  " + SafeText.line(holder) }
                    if let identifier = account.identifier { line += "  <" + SafeText.line(identifier) + ">" }
                    line += "  (" + evaluation.status.label(in: context.language) + ")"
                    if let cover = account.coveredBy { line += context.text(.cliAccountsCoveredBy) + cover }
                    context.output.line(line)
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Stop tracking an account (its history stays in the file).")

        @Argument(help: "The account: id, label, or platform id when it has one account.", completion: Completions.accounts) var account: String
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let (_, outcome, _) = try context.apply(.removeAccount(account: account))
                context.output.line(context.text(.cliAccountsRemovedAccount, ["account": outcome.account]))
            }
        }
    }

    struct Label: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "label", abstract: "Give an account a new label (empty to remove it).")

        @Argument(help: "The account.", completion: Completions.accounts) var account: String
        @Argument(help: "The new label.") var label: String
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let (_, outcome, _) = try context.apply(.relabel(account: account, label: label))
                context.output.line(context.text(.cliAccountsLabelledAccount, ["account": outcome.account]))
            }
        }
    }

    /// `accounts set`: the holder and identifier a letter needs.
    struct Details: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Say who an account belongs to and what the platform knows it by, for its letters (empty to remove).")

        @Argument(help: "The account.", completion: Completions.accounts) var account: String
        @Option(help: "Who the account belongs to, as a letter is signed: \"Marie Dupont\".") var holder: String?
        @Option(help: "The email, username or phone number the platform knows the account by.") var identifier: String?
        @OptionGroup var options: GlobalOptions

        func validate() throws {
            guard holder != nil || identifier != nil else {
                throw ValidationError(Words.text(.cliHolderHolderOrIdentifier, in: Language.fromEnvironment(ProcessInfo.processInfo.environment)))
            }
        }

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                // Both are checked before either is saved: a refused identifier leaves the holder as it was.
                if let holder { _ = try UserProgress.validPersonal(holder, .holder) }
                if let identifier { _ = try UserProgress.validPersonal(identifier, .identifier) }
                if let holder {
                    let (_, outcome, _) = try context.apply(.setHolder(account: account, holder: holder))
                    let word: Word = holder.trimmingCharacters(in: .whitespaces).isEmpty ? .cliHolderHolderRemoved : .cliHolderHolderSaved
                    context.output.line(context.text(word, ["account": outcome.account]))
                }
                if let identifier {
                    let (_, outcome, _) = try context.apply(.setIdentifier(account: account, identifier: identifier))
                    let word: Word = identifier.trimmingCharacters(in: .whitespaces).isEmpty ? .cliHolderIdentifierRemoved : .cliHolderIdentifierSaved
                    context.output.line(context.text(word, ["account": outcome.account]))
                }
            }
        }
    }

    struct Cover: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cover",
            abstract: "Mark an account as covered by the objection of a linked account of the same group (Meta).")

        @Argument(help: "The covered account.", completion: Completions.accounts) var account: String
        @Option(help: "The account whose objection covers it.", completion: Completions.accounts) var by: String?
        @Flag(help: "Mark it as no longer covered.") var none = false
        @OptionGroup var options: GlobalOptions

        func validate() throws {
            // Exactly one of the two.
            guard (by != nil) != none else { throw ValidationError(Words.text(.cliAccountsByOrNone, in: options.refusalLanguage)) }
        }

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let (_, outcome, _) = try context.apply(.setCoveredBy(account: account, coveredBy: by))
                if let by {
                    context.output.line(context.text(.cliAccountsAccountIsCoveredBy, ["account": outcome.account, "by": by]))
                } else {
                    context.output.line(context.text(.cliAccountsAccountIsNoLonger, ["account": outcome.account]))
                }
            }
        }
    }
}
