import ArgumentParser
import ChecklistEngine
import Foundation

struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick",
        abstract: "Mark a step of an account as done, now (the time is kept as evidence).")

    @Argument(help: "The account: id, label, or platform id when it has one account.", completion: Completions.accounts) var account: String
    @Argument(help: "The step id (see 'optout catalog show PLATFORM').", completion: Completions.stepsToTick) var step: String
    @Option(help: "A note to keep with the step, such as \"confirmation email received\".") var note: String?
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            let (progress, outcome, catalog) = try context.apply(.tick(account: account, step: step, note: note))
            context.output.line(context.text(.cliTickTickedOf, ["step": step, "account": outcome.account])
                + " " + StatusLine.of(outcome.account, progress: progress, catalog: catalog, context: context))
        }
    }
}

struct UntickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "untick", abstract: "Mark a step of an account as not done.")

    @Argument(help: "The account.", completion: Completions.accounts) var account: String
    @Argument(help: "The step id.", completion: Completions.tickedSteps) var step: String
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            let (progress, outcome, catalog) = try context.apply(.untick(account: account, step: step))
            context.output.line(context.text(.cliTickUntickedOf, ["step": step, "account": outcome.account])
                + " " + StatusLine.of(outcome.account, progress: progress, catalog: catalog, context: context))
        }
    }
}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Attach a note to a step of an account (empty to remove it).")

    @Argument(help: "The account.", completion: Completions.accounts) var account: String
    @Argument(help: "The step id.", completion: Completions.noteSteps) var step: String
    @Argument(help: "The note.") var text: String
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            let (_, outcome, _) = try context.apply(.setNote(account: account, step: step, note: text))
            context.output.line(context.text(.cliTickNoteSavedOnOf, ["step": step, "account": outcome.account]))
        }
    }
}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Say an account's ticks still hold after a catalog change or a re-check (status needs-review).")

    @Argument(help: "The account.", completion: Completions.accounts) var account: String
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            let (progress, outcome, catalog) = try context.apply(.markReviewed(account: account))
            context.output.line(context.text(.cliTickReviewed, ["account": outcome.account])
                + " " + StatusLine.of(outcome.account, progress: progress, catalog: catalog, context: context))
        }
    }
}

/// "Status: in progress (2/5)." after a change; "Status: submitted; awaiting an answer until 15 April 2026."
enum StatusLine {
    static func of(_ accountID: String, progress: UserProgress, catalog: Catalog, context: CommandContext) -> String {
        guard let account = progress.account(id: accountID) else { return "" }
        let evaluation = StatusEvaluator(catalog: catalog, now: context.now).evaluate(account)
        let counts = evaluation.total > 0 ? " (\(evaluation.done)/\(evaluation.total))" : ""
        let letters = evaluation.letters.summary(in: context.language).map { context.text(.reportLettersSeparator) + $0 } ?? ""
        return context.text(.cliTickStatus) + evaluation.status.label(in: context.language) + counts + letters + "."
    }
}
