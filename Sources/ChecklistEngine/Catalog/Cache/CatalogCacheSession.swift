import Foundation

/// One catalog folder's load against its snapshot: answers with the cached platform of each
/// file whose key still matches, records what the loader parsed for the others, then writes
/// the snapshot back if it changed.
struct CatalogCacheSession {
    let cache: CatalogCache
    let catalogFolder: String
    let snapshotName: String
    /// Taken before any file is looked at (`CatalogFileKey.isSettled`).
    let now: Double
    /// The snapshot read, when it is one of this build for this folder.
    private var previous: CatalogSnapshot?
    private var previousExists: Bool
    private var next: [String: CatalogSnapshot.Entry] = [:]
    /// Keys of the files asked for and not found, for `record`.
    private var missed: [String: CatalogFileKey] = [:]
    /// Whether an entry was added or replaced.
    private var changed = false
    /// Files answered from the snapshot.
    private(set) var hits = 0

    init(cache: CatalogCache, catalogFolder: String) {
        self.cache = cache
        self.catalogFolder = catalogFolder
        self.snapshotName = cache.snapshotName(forCatalogFolder: catalogFolder)
        self.now = Date().timeIntervalSince1970
        let bytes = CacheFile.contents(atPath: cache.folder.appendingPathComponent(snapshotName).path)
        previousExists = bytes != nil
        if let bytes, let snapshot = CatalogSnapshot(decoding: bytes),
           snapshot.build == cache.build, snapshot.folder == catalogFolder {
            previous = snapshot
        }
    }

    /// The platform of `name` as cached, when the file is unchanged since; its origin is `url`.
    mutating func platform(named name: String, atPath path: String) -> Platform? {
        guard let key = CatalogFileKey(path: path) else { return nil }
        guard let entry = previous?.entries[name], entry.key == key,
              var platform = try? PlatformCoding.decode(entry.platform)
        else {
            missed[name] = key
            return nil
        }
        platform.origin = path
        next[name] = entry
        hits += 1
        return platform
    }

    /// What the loader made of a file `platform(named:atPath:)` did not answer for. Only a file
    /// without any problem is cached: the others are parsed every time, so their messages
    /// are said every time.
    mutating func record(_ result: CatalogLoader.FileResult, named name: String) {
        guard let key = missed.removeValue(forKey: name), result.issues.isEmpty, var platform = result.platform,
              key.isSettled(now: now, settle: cache.settleSeconds)
        else { return }
        platform.origin = nil
        next[name] = CatalogSnapshot.Entry(key: key, platform: PlatformCoding.encode(platform)[...])
        changed = true
    }

    /// Writes the snapshot when its entries changed (a file added, changed, settled or gone).
    func save() {
        // Entries kept are the very ones read: comparing names is enough.
        if let previous, !changed, previous.entries.count == next.count { return }
        let folder = cache.folder.path
        if next.isEmpty {
            if previousExists { CacheFile.remove(snapshotName, in: folder) }
            return
        }
        let snapshot = CatalogSnapshot(build: cache.build, folder: catalogFolder, entries: next)
        CacheFile.replace(snapshotName, in: folder, with: snapshot.encoded())
    }
}
