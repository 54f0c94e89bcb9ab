import ChecklistEngine
import ChecklistUI
import Foundation

/// Writes the report the `e` key asks for into a folder (the current one in the program).
struct Exporter {
    let folder: URL
    let catalog: Catalog
    let now: Date
    let language: Language

    func export(_ progress: UserProgress, as format: ReportFormat, overwrite: Bool) -> Action {
        let name = format.defaultFileName(for: CalendarDay(now, timeZone: .current))
        let url = folder.appendingPathComponent(name)
        if !overwrite, FileManager.default.fileExists(atPath: url.path) {
            return .exportExists(format, path: url.path)
        }
        do {
            let data = try ReportWriter.render(format: format, progress: progress, catalog: catalog, now: now, language: language)
            try DurableFile.write(data, to: url, mode: 0o644)
            return .exported(path: url.path)
        } catch let error as ProgressError {
            return .exportFailed(message: error.message(in: language))
        } catch {
            return .exportFailed(message: Words.text(.uiMessageReportNotWritten, in: language))
        }
    }
}
