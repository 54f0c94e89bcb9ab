/// Every platform optout knows, shipped and the user's own.
public struct Catalog: Sendable {
    /// Sorted by vendor, then name.
    public private(set) var platforms: [Platform]
    private var indexByID: [String: Int]
    /// Each platform's flattened tree and blank evaluation, parallel to `platforms`.
    private var outlines: [PlatformOutline]

    public init(platforms: [Platform]) {
        var byID: [String: Platform] = [:]
        for platform in platforms { byID[platform.id] = platform }  // a later one replaces
        self.platforms = byID.values.sorted {
            ($0.vendor.lowercased(), $0.name.lowercased(), $0.id) < ($1.vendor.lowercased(), $1.name.lowercased(), $1.id)
        }
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

    /// Changes whenever any platform's steps change.
    public var revision: String {
        var hash = StableHash()
        for platform in platforms.sorted(by: { $0.id < $1.id }) { hash.combine(platform.revision) }
        return hash.hexDigest
    }
}
