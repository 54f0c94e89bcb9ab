import ChecklistEngine
import Foundation

/// Where a command that writes a file (`export`, `letter write`) puts it: the `--output`
/// file, its default name inside an `--output` folder, or its default name in the current
/// folder. Never the progress file or its backup; never an existing file without `--force`.
enum OutputDestination {
    static func resolve(output: String?, defaultName: String, force: Bool, store: ProgressStore, context: CommandContext) throws -> URL {
        let manager = FileManager.default
        var url = URL(fileURLWithPath: output ?? manager.currentDirectoryPath).standardizedFileURL
        var isFolder: ObjCBool = false
        if output == nil || (manager.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue) {
            url.appendPathComponent(defaultName)
        }
        let path = SafeText.line(url.path)
        let protected = [store.url, store.fileURL, store.backupURL].map { $0.standardizedFileURL.resolvingSymlinksInPath().path }
        if protected.contains(url.resolvingSymlinksInPath().path) {
            throw CommandFailure(context.text(.cliExportIsYourProgressFile, ["path": path]))
        }
        let folder = url.deletingLastPathComponent().path
        if !manager.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw CommandFailure(context.text(.cliExportTheFolderDoesNot, ["folder": SafeText.line(folder)]))
        }
        // attributesOfItem does not follow a symbolic link, so a dangling link counts as existing too.
        if !force, (try? manager.attributesOfItem(atPath: url.path)) != nil {
            throw CommandFailure(context.text(.cliExportAlreadyExistsAddForce, ["path": path]))
        }
        return url
    }
}
