import Synchronization

/// Every platform optout knows, shipped and the user's own.
public struct Catalog: Sendable {
    /// Sorted by vendor, then name.
    public private(set) var platforms: [Platform]
    private var indexByID: [String: Int]
    /// Each platform's flattened tree and blank evaluation, parallel to `platforms`.
    private var outlines: [PlatformOutline]
    private let revisionMemo = RevisionMemo()

    public init(platforms: [Platform]) {
        var byID: [String: Platform] = [:]
        for platform in platforms { byID[platform.id] = platform }  // a later one replaces
        // Each key made once and positions sorted, not platforms: lowercasing twice a comparison
        // and moving whole platforms took 2.7 M instructions of every start for 53 platforms.
        let unsorted = Array(byID.values)
        let keys = unsorted.map { ($0.vendor.lowercased(), $0.name(in: .en).lowercased(), $0.id) }
        self.platforms = keys.indices.sorted { keys[$0] < keys[$1] }.map { unsorted[$0] }
        var index: [String: Int] = [:]
        for (offset, platform) in self.platforms.enumerated() { index[platform.id] = offset }
        self.indexByID = index
        self.outlines = self.platforms.map(PlatformOutline.init)
    }

    public func platform(id: String) -> Platform? {
        indexByID[id].map { platforms[$0] }
    }

    func outline(id: String) -> PlatformOutline? {
        indexByID[id].map { outlines[$0] }
    }

    /// The platform and its outline with one lookup (the evaluator asks for both, per account).
    func platformAndOutline(id: String) -> (Platform, PlatformOutline)? {
        indexByID[id].map { (platforms[$0], outlines[$0]) }
    }

    /// Changes whenever any platform's steps change. Hashed once (every tick records it, and
    /// hashing a large catalog is slow).
    public var revision: String {
        revisionMemo.value.withLock { cached in
            if let cached { return cached }
            var hash = StableHash()
            for position in platforms.indices.sorted(by: { platforms[$0].id < platforms[$1].id }) {
                hash.combine(outlines[position].revision)
            }
            cached = hash.hexDigest
            return hash.hexDigest
        }
    }

    /// Step `id` of platform `platformID`, without walking the tree.
    func step(id: String, inPlatform platformID: String) -> Step? {
        guard let outline = outline(id: platformID), let position = outline.index[id] else { return nil }
        return outline.nodes[position].step
    }
}

/// The catalog's revision once computed; shared by copies of the catalog, which never change.
private final class RevisionMemo: Sendable {
    let value = Mutex<String?>(nil)
}
