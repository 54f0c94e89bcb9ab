import Foundation

/// Finds a SwiftPM resource bundle without the generated `Bundle.module`, which ends the
/// process when the bundle is missing; here a missing bundle is a clear error instead.
public enum ResourceLocator {
    /// The folder `<package>_<target>.resources` (or a sub-folder of it), or nil.
    public static func folder(bundle name: String, subfolder: String? = nil, environment: [String: String]) -> URL? {
        func found(in base: URL) -> URL? {
            var url = base.appendingPathComponent("\(name).resources")
            if let subfolder { url.appendPathComponent(subfolder) }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
            return url
        }
        if let override = environment["OPTOUT_RESOURCES"], !override.isEmpty, let url = found(in: URL(fileURLWithPath: override)) {
            return url
        }
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
            // Beside the program (swift build, swift test), or in ../share/optout when installed.
            for base in [folder, folder.deletingLastPathComponent().appendingPathComponent("share/optout")] {
                if let url = found(in: base) { return url }
            }
        }
        // Last, because making `Bundle.main` lists the program's whole folder (thousands of
        // files in .build/release) on every start.
        var bundles = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let resources = Bundle.main.resourceURL { bundles.append(resources) }
        return bundles.lazy.compactMap(found(in:)).first
    }
}
