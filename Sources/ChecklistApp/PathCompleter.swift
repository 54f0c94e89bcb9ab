import ChecklistUI
import Foundation

/// Tab in the path field: the names in the typed folder that start with the typed rest, as a
/// shell completes them. `~` at the start stands for the home folder, and stays in the text.
struct PathCompleter {
    let home: String?

    /// `~/x` as the file system knows it.
    func expand(_ path: String) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    func complete(_ typed: String) -> PathCompletion {
        let slash = typed.lastIndex(of: "/")
        let folderText = slash.map { String(typed[...$0]) } ?? ""
        let prefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let folder = folderText.isEmpty ? "." : expand(folderText)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return PathCompletion(typed: typed, completed: typed, noMatch: true)
        }
        // Hidden names only when asked for, as shells do.
        let matches = names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
            .map { name -> String in
                var isFolder: ObjCBool = false
                let full = (folder as NSString).appendingPathComponent(name)
                return FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) && isFolder.boolValue ? name + "/" : name
            }
        guard let first = matches.first else { return PathCompletion(typed: typed, completed: typed, noMatch: true) }
        if matches.count == 1 { return PathCompletion(typed: typed, completed: folderText + first) }
        let common = matches.dropFirst().reduce(first) { shared, name in String(shared.commonPrefix(with: name)) }
        return PathCompletion(typed: typed, completed: folderText + common, candidates: matches)
    }
}
