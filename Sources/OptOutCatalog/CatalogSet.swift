import ChecklistEngine
import Foundation

/// The opt-out catalog as the program uses it: the shipped platform files, then the user's
/// own files in `$XDG_CONFIG_HOME/optout/catalog/`, which add platforms or replace a
/// shipped one with the same id.
public enum CatalogSet {
    /// The folder that holds the shipped platform files, or nil when the resources are missing.
    public static func shippedFolder(environment: [String: String]) -> URL? {
        ResourceLocator.folder(bundle: "optout_OptOutCatalog", subfolder: "Platforms", environment: environment)
    }

    public struct Loaded: Sendable {
        public var catalog: Catalog
        /// Problems in the user's files (those files are skipped, the rest loads).
        public var userIssues: [CatalogIssue]
        /// Problems in the shipped files: a packaging bug, reported all the same.
        public var shippedIssues: [CatalogIssue]
        public var shippedFolderMissing: Bool
    }

    public static func load(userFolder: URL?, environment: [String: String]) -> Loaded {
        var platforms: [Platform] = []
        var shippedIssues: [CatalogIssue] = []
        let shipped = shippedFolder(environment: environment)
        if let shipped {
            let result = CatalogLoader.load(directoryAt: shipped)
            platforms = result.platforms
            shippedIssues = result.issues
        }
        var userIssues: [CatalogIssue] = []
        if let userFolder {
            let result = CatalogLoader.load(directoryAt: userFolder)
            platforms += result.platforms  // later ones replace shipped ones with the same id
            userIssues = result.issues
        }
        return Loaded(catalog: Catalog(platforms: platforms), userIssues: userIssues, shippedIssues: shippedIssues,
                      shippedFolderMissing: shipped == nil)
    }
}
