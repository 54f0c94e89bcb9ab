/// The formats a report can be written in, spelt as `optout export --format` takes them.
public enum ReportFormat: String, CaseIterable, Sendable, Codable {
    case markdown
    case html
    case json
    case csv

    /// Also accepts the file extensions (`md`, `htm`), case-insensitively.
    public init?(name: String) {
        switch name.lowercased() {
        case "markdown", "md": self = .markdown
        case "html", "htm": self = .html
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }

    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .csv: "csv"
        }
    }

    public var mediaType: String {
        switch self {
        case .markdown: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .json: "application/json"
        case .csv: "text/csv; charset=utf-8; header=present"
        }
    }

    /// The name for the reader ("Markdown", "HTML"...), the same in every language.
    public var displayName: String {
        switch self {
        case .markdown: "Markdown"
        case .html: "HTML"
        case .json: "JSON"
        case .csv: "CSV"
        }
    }

    /// `optout-report-2025-06-03.md`: dated, so exports of different days sit side by side.
    public func defaultFileName(for day: CalendarDay) -> String {
        "optout-report-\(day).\(fileExtension)"
    }
}
