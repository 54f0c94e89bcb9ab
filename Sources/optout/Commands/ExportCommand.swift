import ArgumentParser
import ChecklistEngine
import Foundation

extension ReportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a report of every account and step, with times, notes and sources: the proof to keep.",
        discussion: """
            Without --output the report goes to optout-report-YYYY-MM-DD.<ext> in the current folder \
            (or in the folder --output names). An existing file is only replaced with --force. \
            Formats are described in docs/report-formats.md.
            """)

    @Option(name: .long, help: ArgumentHelp("The kind of file to write.", valueName: "format"))
    var format: ReportFormat = .markdown

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write, a folder to write it in, or - for standard output.", valueName: "file"), completion: .file())
    var output: String?

    @Flag(name: .long, help: "Replace labels by numbers (Instagram 1, Instagram 2...) and leave out notes and change details, to share the report.")
    var redact = false

    @Flag(name: .long, help: "Replace the file if it exists.")
    var force = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            let catalog = try context.catalog()
            let store = try context.store()
            let progress = try store.load()
            let report = Report(progress: progress, catalog: catalog, now: context.now, language: context.language,
                                redact: redact, timeZone: .current)
            let data: Data
            do {
                data = try ReportWriter.render(report, format: format)
            } catch {
                throw CommandFailure(context.text(.cliExportTheReportCouldNot, ["error": "\(error)"]))
            }
            if output == "-" {
                context.output.standardOutput(data)
                return
            }
            let url = try OutputDestination.resolve(output: output, defaultName: format.defaultFileName(for: report.localDay), force: force,
                                                    store: store, context: context)
            try DurableFile.write(data, to: url, mode: 0o644)
            context.output.line(confirmation(path: url.path, accounts: report.accounts.count, context: context))
        }
    }

    private func confirmation(path: String, accounts: Int, context: CommandContext) -> String {
        let path = SafeText.line(path)
        var text = context.words.plural(.cliExportReportWritten, count: accounts, ["path": path, "format": format.displayName])
        if redact {
            text += " " + context.text(.cliExportLabelsAreReplacedBy)
        }
        return text
    }
}
