import ArgumentParser
import ChecklistEngine
import Foundation

/// `optout attach ACCOUNT STEP FILE`: the file is copied into the evidence folder first
/// (durably, under its hash), then the step records it, so a crash leaves at worst a file
/// nothing names, never a record without its file.
struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Keep a file as proof of a step: the confirmation email, a screenshot, the answer to a letter.",
        discussion: """
            The file is copied (never moved) into the evidence folder beside the progress file, named by its \
            SHA-256, and the step records its hash, name, size, type and when it was added; optout verify checks \
            it later. The same file is kept once, whatever the steps that refer to it. An email (.eml) is read \
            for its sender, recipient, date and subject. Refused, with nothing recorded: a missing or unreadable \
            file, a folder, a symbolic link, a pipe or device, a file over 25 MiB, a mailbox of several emails.
            """)

    @Argument(help: "The account: id, label, or platform id when it has one account.", completion: Completions.accounts) var account: String
    @Argument(help: "The step id (see 'optout catalog show PLATFORM').", completion: Completions.attachSteps) var step: String
    @Argument(help: "The file to keep: an email saved as .eml, a screenshot, a PDF.", completion: .file()) var file: String
    @Option(help: "A note to keep with the step, such as \"reply from Meta\".") var note: String?
    @Flag(help: "Tick the step too: at the email's own date when the file is an email that has one, else now.") var tick = false
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            let catalog = try context.catalog()
            let store = try context.store()
            let attachment: Attachment
            do throws(AttachFailure) {
                attachment = try store.attach(file, account: account, step: step, note: note, tick: tick, into: EvidenceStore(beside: store),
                                              catalog: catalog, at: context.now)
            } catch {
                switch error {
                case .progress(let error): throw error
                case .evidence(let error): throw error
                }
            }
            let (evidence, outcome, before, progress) = (attachment.evidence, attachment.outcome, attachment.before, attachment.progress)

            let dates = SpokenDate(context.language)
            context.output.line(evidence.sha256)
            context.output.line(EvidenceText(dates).line(evidence))
            var said = context.text(.cliAttachAttached, ["step": SafeText.line(step), "account": outcome.account])
            if tick, let done = progress.account(id: outcome.account)?.ticks[step] {
                let wasDone = (try? before.resolve(account))?.ticks[step] != nil
                if wasDone {
                    said += " " + context.text(.cliAttachAlreadyTicked, ["time": dates.dayTime(done.at)])
                } else if let date = evidence.email?.date, date == done.at {
                    said += " " + context.text(.cliAttachTickedAtEmailDate, ["time": dates.dayTime(done.at)])
                } else {
                    said += " " + context.text(.cliAttachTickedNow, ["time": dates.dayTime(done.at)])
                }
            }
            context.output.line(said + " " + StatusLine.of(outcome.account, progress: progress, catalog: catalog, context: context))
        }
    }
}

extension AttachCommand: AccountStepArguments {}
