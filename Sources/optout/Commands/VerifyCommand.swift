import ArgumentParser
import ChecklistEngine

/// `optout verify`: the history's hash chain, the head and count at the top of the file, and
/// every tick and note against the history; what holds, or the first thing that does not.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that the progress file's history was not changed: its hash chain, its head, every tick and note against it, and every evidence file against its hash.",
        discussion: """
            Prints what holds, or the first thing that does not (naming the change by its number and time), \
            and exits with status 1 then. A progress file of schema version 1 is chained at its next change; \
            until then verify says so, and exits with status 1.
            """)

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            let store = try context.store()
            let report = Verification(evidence: EvidenceStore(beside: store)).run(try store.load())
            let dates = SpokenDate(context.language)
            if json {
                context.output.json(try VerifyDocument(report: report, dates: dates).json())
            } else {
                context.output.line(report.sentence(dates))
            }
            if !report.holds { throw ExitCode.failure }
        }
    }
}
