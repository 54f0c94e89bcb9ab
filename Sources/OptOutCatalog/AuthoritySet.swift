import ChecklistEngine
import Foundation

/// The supervisory authorities shipped with optout (`Authorities/*.yaml`), beside the
/// platforms of `CatalogSet`.
public enum AuthoritySet {
    /// The folder that holds the shipped authority files, or nil when the resources are missing.
    public static func shippedFolder(environment: [String: String]) -> URL? {
        ResourceLocator.folder(bundle: "optout_OptOutCatalog", subfolder: "Authorities", environment: environment)
    }

    public struct Loaded: Sendable {
        public var authorities: [Authority]
        /// Problems in the shipped files: a packaging bug, reported all the same.
        public var issues: [CatalogIssue]
        public var folderMissing: Bool
    }

    public static func load(environment: [String: String]) -> Loaded {
        guard let folder = shippedFolder(environment: environment) else { return Loaded(authorities: [], issues: [], folderMissing: true) }
        let result = AuthorityLoader.load(directoryAt: folder)
        // The national authority first, then its Länder.
        let sorted = result.authorities.sorted { ($0.country, $0.region ?? "") < ($1.country, $1.region ?? "") }
        return Loaded(authorities: sorted, issues: result.issues, folderMissing: false)
    }
}
