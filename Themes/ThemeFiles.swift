import ChecklistEngine
import Foundation

/// The theme files shipped with optout, found in the resource bundle that SwiftPM builds
/// beside the executable. The generated `Bundle.module` is not used: it stops the program
/// when the bundle is missing, and a missing theme must only mean "use the built-in default".
public enum ThemeFiles {
    /// The bundle's folder name, as SwiftPM names it (`PACKAGE_TARGET.resources`).
    public static let bundleName = "optout_OptOutThemes.resources"

    /// The folder holding the shipped `.yaml` files, or nil when it cannot be found; found
    /// as the catalog's folder is (`OPTOUT_RESOURCES`, else beside the program).
    public static func folder(environment: [String: String]) -> URL? {
        ResourceLocator.folder(bundle: String(bundleName.dropLast(".resources".count)), subfolder: "themes", environment: environment)
    }

    /// The shipped theme names, sorted.
    public static func names(environment: [String: String]) -> [String] { urls(environment: environment).keys.sorted() }

    /// Every shipped theme file by name; empty when the bundle is missing.
    public static func urls(environment: [String: String]) -> [String: URL] {
        guard let folder = folder(environment: environment),
              let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else { return [:] }
        var urls: [String: URL] = [:]
        for file in files where file.pathExtension == "yaml" {
            urls[file.deletingPathExtension().lastPathComponent] = file
        }
        return urls
    }

    public static func url(named name: String, environment: [String: String]) -> URL? { urls(environment: environment)[name] }

    /// The text of a shipped theme file.
    public static func contents(named name: String, environment: [String: String]) -> String? {
        guard let url = url(named: name, environment: environment), let data = try? Data(contentsOf: url) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
