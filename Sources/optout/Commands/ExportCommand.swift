import ArgumentParser
import ChecklistEngine
import Foundation

extension ExportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.description) }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a report of every account and step, with times, notes and sources: the proof to keep.",
        discussion: """
            Without --output the report goes to optout-report-YYYY-MM-DD.<ext> in the current folder \
            (or in the folder --output names). The dossier (--format dossier) is one HTML page for an \
            authority or a lawyer: the report, then every evidence file with its SHA-256 and whether it \
            is still intact, emails with their headers and text, screenshots shown; it goes to \
            optout-dossier-YYYY-MM-DD.html, which only you can read. An existing file is only replaced \
            with --force. Formats are described in docs/report-formats.md.
            """)

    @Option(name: .long, help: ArgumentHelp("The kind of file to write.", valueName: "format"))
    var format: ExportFormat = .report(.markdown)

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write, a folder to write it in, or - for standard output.", valueName: "file"), completion: .file())
    var output: String?

    @Flag(name: .long, help: "Replace labels by numbers (Instagram 1, Instagram 2...) and leave out notes and change details, to share the report; a dossier also leaves out the senders, recipients and texts of emails, and images.")
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
            guard case .report(let reportFormat) = format else {
                return try writeDossier(Dossier(report: report, progress: progress, store: EvidenceStore(beside: store)), store: store, context: context)
            }
            let data: Data
            do {
                data = try ReportWriter.render(report, format: reportFormat)
            } catch {
                throw CommandFailure(context.text(.cliExportTheReportCouldNot, ["error": "\(error)"]))
            }
            if output == "-" {
                context.output.standardOutput(data)
                return
            }
            let url = try destination(day: report.localDay, store: store, context: context)
            try DurableFile.write(data, to: url, mode: format.fileMode)
            context.output.line(confirmation(path: url.path, accounts: report.accounts.count, format: reportFormat, context: context))
        }
    }

    /// The file to write: `--output`, a default name inside an `--output` folder, or a default
    /// name here (`OutputDestination`, as `letter write` does it).
    private func destination(day: CalendarDay, store: ProgressStore, context: CommandContext) throws -> URL {
        try OutputDestination.resolve(output: output, defaultName: format.defaultFileName(for: day), force: force, store: store, context: context)
    }

    /// The dossier is written as it is made, one evidence file at a time.
    private func writeDossier(_ dossier: Dossier, store: ProgressStore, context: CommandContext) throws {
        if output == "-" {
            dossier.write { context.output.standardOutput(Data($0.utf8)) }
            return
        }
        let url = try destination(day: dossier.report.localDay, store: store, context: context)
        var tally = DossierTally()
        try DurableFile.stream(to: url, mode: format.fileMode) { write in
            tally = try dossier.write { try write(Data($0.utf8)) }
        }
        let path = SafeText.line(url.path)
        var text = tally.total == 0 ? context.text(.cliExportDossierWrittenEmpty, ["path": path])
            : context.words.plural(.cliExportDossierWritten, count: tally.total, ["path": path, "tally": tally.text(in: context.language)])
        if redact { text += " " + context.text(.cliExportDossierRedacted) }
        context.output.line(text)
    }

    private func confirmation(path: String, accounts: Int, format: ReportFormat, context: CommandContext) -> String {
        let path = SafeText.line(path)
        var text = context.words.plural(.cliExportReportWritten, count: accounts, ["path": path, "format": format.displayName])
        if redact {
            text += " " + context.text(.cliExportLabelsAreReplacedBy)
        }
        return text
    }
}
