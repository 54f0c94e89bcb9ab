import ChecklistEngine
import Foundation
import OptOutCatalog
#if canImport(Glibc)
import Glibc
#endif

/// What `optout --version` says: the program's version, the shipped catalog's revision and
/// the date its newest facts were checked, and whether the Swift runtime is inside the binary.
enum VersionText {
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let language = CommandContext(choices: GlobalChoices(), environment: environment).language
        var lines = ["optout \(OptOut.version)"]
        // The shipped catalog alone: the user's own files do not change what was installed.
        let loaded = CatalogSet.load(userFolder: nil, environment: environment)
        if loaded.shippedFolderMissing {
            lines.append(Words.text(.cliVersionCatalogMissingReinstallOptout, in: language))
        } else {
            let catalog = loaded.catalog
            let newest = catalog.platforms.map(\.lastVerified).max().map(String.init(describing:)) ?? "-"
            lines.append(Words(language).plural(.cliVersionCatalogRevisionFactsChecked, count: catalog.platforms.count,
                                                ["revision": catalog.revision, "newest": newest, "platforms": catalog.platforms.count]))
        }
        if isStaticBuild {
            lines.append(Words.text(.cliVersionStaticBuildTheSwift, in: language))
        } else {
            lines.append(Words.text(.cliVersionDynamicBuildTheSwift, in: language))
        }
        return lines.joined(separator: "\n")
    }

    /// A binary built with `--static-swift-stdlib` has no libswiftCore.so loaded.
    static var isStaticBuild: Bool {
        guard let handle = dlopen("libswiftCore.so", RTLD_NOW | RTLD_NOLOAD) else { return true }
        dlclose(handle)
        return false
    }
}
