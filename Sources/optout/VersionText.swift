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
        let fr = CommandContext(choices: GlobalChoices(), environment: environment).language == .fr
        var lines = ["optout \(OptOut.version)"]
        // The shipped catalog alone: the user's own files do not change what was installed.
        let loaded = CatalogSet.load(userFolder: nil, environment: environment)
        if loaded.shippedFolderMissing {
            lines.append(fr ? "catalogue : introuvable (réinstallez optout)" : "catalog: missing (reinstall optout)")
        } else {
            let catalog = loaded.catalog
            let newest = catalog.platforms.map(\.lastVerified).max().map(String.init(describing:)) ?? "-"
            lines.append(fr
                ? "catalogue : révision \(catalog.revision), faits vérifiés jusqu'au \(newest) (\(catalog.platforms.count) plateformes)"
                : "catalog: revision \(catalog.revision), facts checked up to \(newest) (\(catalog.platforms.count) platforms)")
        }
        if isStaticBuild {
            lines.append(fr ? "compilation statique : le moteur Swift et Foundation sont dans le programme"
                : "static build: the Swift runtime and Foundation are inside the program")
        } else {
            lines.append(fr ? "compilation dynamique : le moteur Swift est chargé depuis la chaîne d'outils"
                : "dynamic build: the Swift runtime is loaded from the toolchain")
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
