import ChecklistEngine
import ChecklistUI
import Foundation

/// Writes the report or the dossier the `e` key asks for into a folder (the current one in
/// the program). The dossier reads the evidence files one at a time as it is written.
struct Exporter {
    let folder: URL
    let catalog: Catalog
    let now: Date
    let language: Language
    /// Where the dossier finds the evidence files.
    let evidence: EvidenceStore

    func export(_ progress: UserProgress, as format: ExportFormat, overwrite: Bool) -> Action {
        let name = format.defaultFileName(for: CalendarDay(now, timeZone: .current))
        let url = folder.appendingPathComponent(name)
        if !overwrite, FileManager.default.fileExists(atPath: url.path) {
            return .exportExists(format, path: url.path)
        }
        do {
            let report = Report(progress: progress, catalog: catalog, now: now, language: language, redact: false)
            switch format {
            case .report(let reportFormat):
                try DurableFile.write(try ReportWriter.render(report, format: reportFormat), to: url, mode: format.fileMode)
            case .dossier:
                let dossier = Dossier(report: report, progress: progress, store: evidence)
                try DurableFile.stream(to: url, mode: format.fileMode) { write in
                    try dossier.write { try write(Data($0.utf8)) }
                }
            }
            return .exported(path: url.path)
        } catch let error as ProgressError {
            return .exportFailed(message: error.message(in: language))
        } catch {
            return .exportFailed(message: Words.text(.uiMessageReportNotWritten, in: language))
        }
    }
}
