import Foundation

/// Where parsed catalog files are kept between runs, so a start decodes a compact snapshot
/// instead of parsing YAML (slow on a large catalog: docs/performance.md). One
/// snapshot file per catalog folder, `catalog-HASH.bin` in `$XDG_CACHE_HOME/optout`; within
/// it, one entry per file, so editing one file re-parses that file only. The cache is never
/// needed: any file of it may be deleted, and any that cannot be read is rebuilt.
public struct CatalogCache: Sendable {
    /// The cache folder, `$XDG_CACHE_HOME/optout`.
    public var folder: URL
    /// The program that writes and reads the snapshots: a snapshot from any other build (an
    /// update, a rebuild with another catalog reader) is not read.
    public var build: String
    /// Files changed less than this many seconds ago are parsed but not cached yet (see
    /// `CatalogFileKey.isSettled`). Tests that change files through other keys may set 0.
    public var settleSeconds: Double = 2

    public init(folder: URL, build: String) {
        self.folder = folder
        self.build = build
    }

    /// The cache of the environment's `$XDG_CACHE_HOME` (else `~/.cache`); nil when there is
    /// no home to put it in, or the running program cannot be identified.
    public init?(environment: [String: String]) {
        guard let folder = try? DataLocation(environment: environment).cacheFolder(),
              let build = Self.runningBuild()
        else { return nil }
        self.init(folder: folder, build: build)
    }

    /// The running executable's path and file key: any rebuild or reinstall changes it.
    static func runningBuild() -> String? {
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
              let key = CatalogFileKey(path: path)
        else { return nil }
        return "\(path) \(key.size) \(key.modifiedSeconds).\(key.modifiedNanoseconds) \(key.changedSeconds).\(key.changedNanoseconds) \(key.inode) \(key.device)"
    }

    /// The snapshot file of a catalog folder; the folder's path is also inside, so a hash
    /// collision only costs a re-parse.
    func snapshotName(forCatalogFolder path: String) -> String {
        var hash = StableHash()
        hash.combine(path)
        return "catalog-\(hash.hexDigest).bin"
    }

    /// Reads the snapshot of `catalogFolder`, ready to answer for its files.
    func open(catalogFolder: URL) -> CatalogCacheSession {
        CatalogCacheSession(cache: self, catalogFolder: catalogFolder.path)
    }
}
