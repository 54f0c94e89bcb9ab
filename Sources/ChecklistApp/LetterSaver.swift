import ChecklistEngine
import ChecklistUI
import Foundation

/// Writes a letter the letter view asks for into a folder (the current one in the program):
/// readable by its owner only, since it holds a name and an identifier.
struct LetterSaver {
    let folder: URL
    let language: Language

    func save(_ text: String, name: String, overwrite: Bool) -> LetterOutcome {
        let url = folder.appendingPathComponent(name)
        if !overwrite, FileManager.default.fileExists(atPath: url.path) {
            return .exists(text: text, name: name, path: url.path)
        }
        do {
            try DurableFile.write(Data(text.utf8), to: url, mode: 0o600)
            return .saved(path: url.path)
        } catch {
            return .notSaved(message: Words.text(.uiLetterNotSaved, in: language, ["path": url.path]))
        }
    }
}
