import Foundation

/// Finds a SwiftPM resource bundle without the generated `Bundle.module`, which ends the
/// process when the bundle is missing; here a missing bundle is a clear error instead.
public enum ResourceLocator {
    /// The folder `<package>_<target>.resources` (or a sub-folder of it), or nil.
    public static func folder(bundle name: String, subfolder: String? = nil, environment: [String: String]) -> URL? {
        var candidates: [URL] = []
        if let override = environment["OPTOUT_RESOURCES"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
            // Beside the program (swift build, swift test), or in ../share/optout when installed.
            candidates += [folder, folder.deletingLastPathComponent().appendingPathComponent("share/optout")]
        }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        if let resources = Bundle.main.resourceURL { candidates.append(resources) }
        for base in candidates {
            var url = base.appendingPathComponent("\(name).resources")
            if let subfolder { url.appendPathComponent(subfolder) }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return url
            }
        }
        return nil
    }
}
