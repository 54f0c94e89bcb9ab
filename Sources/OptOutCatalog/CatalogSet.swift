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
        /// The cache used (nil without a home, or when asked for none), and how many of the
        /// catalog files came from it.
        public var cache: CatalogCache?
        public var cachedFiles = 0
        public var files = 0
    }

    /// Loads both folders; files unchanged since the last run come from the cache in
    /// `$XDG_CACHE_HOME/optout` (`CatalogCache`).
    public static func load(userFolder: URL?, environment: [String: String]) -> Loaded {
        load(userFolder: userFolder, environment: environment, cache: CatalogCache(environment: environment))
    }

    /// Loads both folders with `cache`, or parsing every file when it is nil.
    public static func load(userFolder: URL?, environment: [String: String], cache: CatalogCache?) -> Loaded {
        var platforms: [Platform] = []
        var shippedIssues: [CatalogIssue] = []
        var cachedFiles = 0
        var files = 0
        let shipped = shippedFolder(environment: environment)
        if let shipped {
            let result = CatalogLoader.load(directoryAt: shipped, cache: cache)
            platforms = result.platforms
            shippedIssues = result.issues
            cachedFiles += result.cachedFiles
            files += result.files
        }
        var userIssues: [CatalogIssue] = []
        if let userFolder {
            let result = CatalogLoader.load(directoryAt: userFolder, cache: cache, origin: .user)
            platforms += result.platforms  // later ones replace shipped ones with the same id
            userIssues = result.issues
            cachedFiles += result.cachedFiles
            files += result.files
        }
        return Loaded(catalog: Catalog(platforms: platforms), userIssues: userIssues, shippedIssues: shippedIssues,
                      shippedFolderMissing: shipped == nil, cache: cache, cachedFiles: cachedFiles, files: files)
    }
}
