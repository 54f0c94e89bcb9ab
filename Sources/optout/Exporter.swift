import ChecklistEngine
import ChecklistUI
import Foundation

/// Writes the report the `e` key asks for into the current folder.
struct Exporter {
    let context: CommandContext
    let catalog: Catalog

    func export(_ progress: UserProgress, as choice: ExportChoice, overwrite: Bool) -> Action {
        guard let format = ReportFormat(rawValue: choice.rawValue) else {
            return .exportFailed(message: choice.rawValue)
        }
        let now = context.now
        let name = format.defaultFileName(for: CalendarDay(now, timeZone: .current))
        let url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(name)
        if !overwrite, FileManager.default.fileExists(atPath: url.path) {
            return .exportExists(choice, path: url.path)
        }
        do {
            let data = try ReportWriter.render(format: format, progress: progress, catalog: catalog, now: now, language: context.language)
            try DurableFile.write(data, to: url, mode: 0o644)
            return .exported(path: url.path)
        } catch let error as ProgressError {
            return .exportFailed(message: error.message(in: context.language))
        } catch {
            return .exportFailed(message: context.say("The report could not be written.", "Le rapport n'a pas pu être écrit."))
        }
    }
}
