#if canImport(Glibc)
import Glibc
#endif

/// What `optout export --format` writes: a report in one of the `ReportFormat`s, or the
/// dossier. The dossier is not a `ReportFormat`: it needs the evidence folder besides the
/// report, and holds personal data (emails, screenshots), so it is written 0600.
public enum ExportFormat: Hashable, Sendable, CustomStringConvertible {
    case report(ReportFormat)
    case dossier

    /// The report formats, then the dossier, as `--format` lists them.
    public static let allCases: [ExportFormat] = ReportFormat.allCases.map(ExportFormat.report) + [.dossier]

    /// A report format's names and extensions (`md`, `htm`), or `dossier`; any case.
    public init?(name: String) {
        if name.lowercased() == "dossier" {
            self = .dossier
        } else if let format = ReportFormat(name: name) {
            self = .report(format)
        } else {
            return nil
        }
    }

    /// The name `--format` takes.
    public var description: String {
        switch self {
        case .report(let format): format.rawValue
        case .dossier: "dossier"
        }
    }

    /// `optout-dossier-2025-06-03.html`, dated as the reports are.
    public func defaultFileName(for day: CalendarDay) -> String {
        switch self {
        case .report(let format): format.defaultFileName(for: day)
        case .dossier: "optout-dossier-\(day).html"
        }
    }

    /// Reports are for sharing (0644); a dossier holds the emails and screenshots (0600).
    public var fileMode: mode_t {
        switch self {
        case .report: 0o644
        case .dossier: 0o600
        }
    }
}
