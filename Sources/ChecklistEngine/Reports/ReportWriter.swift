import Foundation

/// The one entry point for reports: the command line and the full-screen view both call it.
public enum ReportWriter {
    /// Builds the report of `progress` at `now` and writes it in `format` as UTF-8 bytes.
    /// `timeZone` is the reader's: local times are shown in it, with UTC beside them.
    public static func render(
        format: ReportFormat, progress: UserProgress, catalog: Catalog, now: Date, language: Language,
        redact: Bool = false, timeZone: TimeZone = .current
    ) throws -> Data {
        let report = Report(progress: progress, catalog: catalog, now: now, language: language, redact: redact, timeZone: timeZone)
        return try render(report, format: format)
    }

    /// Writes a report already built.
    public static func render(_ report: Report, format: ReportFormat) throws -> Data {
        switch format {
        case .markdown: Data(MarkdownReport().render(report).utf8)
        case .html: Data(HTMLReport().render(report).utf8)
        case .json: try JSONReport().render(report)
        case .csv: Data(CSVReport().render(report).utf8)
        }
    }
}
