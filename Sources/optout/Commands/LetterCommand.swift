import ArgumentParser
import ChecklistEngine
import Foundation

extension Letter.Kind: ExpressibleByArgument {}

/// `optout letter ...`: the letters of the route that needs no form: what was sent when, and
/// what came back. Each records a history entry, like a tick.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Write the letters of an account and record them: the objection sent, the answer's extension, the answer.",
        discussion: """
            The answer to an objection is due one month after it was sent (GDPR Article 12(3)), three months \
            once the controller says it extends. After that the account is overdue: send the reminder, \
            then the complaint to a supervisory authority.
            """,
        subcommands: [Write.self, Sent.self, Extended.self, Answered.self])

    struct Sent: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sent", abstract: "Record that a letter went out (today unless --on says another day).")

        @Argument(help: "The account: id, label, or platform id when it has one account.", completion: Completions.accounts) var account: String
        @Option(help: "Which letter: the one due next unless said, else the objection.") var kind: Letter.Kind?
        @Option(help: ArgumentHelp("The day it went out, or arrived for a postal letter: YYYY-MM-DD.", valueName: "date")) var on: String?
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let day = try LetterDay.parse(on, context)
                let (progress, outcome, catalog) = try context.apply(.sendLetter(account: account, kind: kind, on: day))
                guard let letter = LetterDay.changed(outcome, progress) else { return }
                context.output.line(context.text(.cliLetterRecordedSent, [
                    "account": outcome.account, "kind": letter.kind.name(in: context.language), "day": LetterDay.say(letter.sentOn, context),
                ]) + " " + StatusLine.of(outcome.account, progress: progress, catalog: catalog, context: context))
            }
        }
    }

    struct Extended: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extended", abstract: "Record that the controller said it needs two more months to answer the objection.")

        @Argument(help: "The account.", completion: Completions.accounts) var account: String
        @Option(help: ArgumentHelp("The day it said so: YYYY-MM-DD (today unless said).", valueName: "date")) var on: String?
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let day = try LetterDay.parse(on, context)
                let (progress, outcome, catalog) = try context.apply(.markExtended(account: account, on: day))
                guard let letter = LetterDay.changed(outcome, progress), let extended = letter.extendedOn else { return }
                context.output.line(context.text(.cliLetterRecordedExtended, ["account": outcome.account, "day": LetterDay.say(extended, context)])
                    + " " + StatusLine.of(outcome.account, progress: progress, catalog: catalog, context: context))
                // Article 12(3): an extension is said within the first month, or it does not count.
                if letter.extendedDueOn == nil {
                    context.output.line(context.text(.cliLetterExtendedTooLate, ["due": LetterDay.say(letter.dueOn, context)]))
                }
            }
        }
    }

    struct Answered: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "answered", abstract: "Record that an answer came (today unless --on says another day).")

        @Argument(help: "The account.", completion: Completions.accounts) var account: String
        @Option(help: "Which letter it answers: the last one awaiting an answer unless said.") var kind: Letter.Kind?
        @Option(help: ArgumentHelp("The day it came: YYYY-MM-DD.", valueName: "date")) var on: String?
        @Option(help: "What the answer said, such as \"refused: legitimate interest\".") var note: String?
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let day = try LetterDay.parse(on, context)
                let (progress, outcome, catalog) = try context.apply(.markAnswered(account: account, kind: kind, on: day, note: note))
                guard let answered = progress.history.last?.day else { return }
                context.output.line(context.text(.cliLetterRecordedAnswered, ["account": outcome.account, "day": LetterDay.say(answered, context)])
                    + " " + StatusLine.of(outcome.account, progress: progress, catalog: catalog, context: context))
            }
        }
    }
}

/// The days of the letter commands: read from `--on`, said back in the user's language.
enum LetterDay {
    /// `--on` as a day, or nil for today; a text that is no `YYYY-MM-DD` day is one sentence.
    static func parse(_ text: String?, _ context: CommandContext) throws -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(text.trimmingCharacters(in: .whitespaces)) else {
            throw CommandFailure(context.text(.cliLetterDayUnreadable, ["text": SafeText.line(String(text.prefix(40)))]))
        }
        return day
    }

    static func say(_ day: CalendarDay, _ context: CommandContext) -> String { SpokenDate.day(day, in: context.language) }

    /// The letter the change recorded: the one the last history entry names, on its day.
    static func changed(_ outcome: ChangeOutcome, _ progress: UserProgress) -> Letter? {
        guard let entry = progress.history.last, entry.account == outcome.account,
              let account = progress.account(id: outcome.account) else { return nil }
        switch entry.action {
        case .letterSent: return account.letters.last { $0.kind == entry.letter && $0.sentOn == entry.day }
        default: return account.letters.last { $0.kind == entry.letter }
        }
    }
}
