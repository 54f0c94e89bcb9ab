/// The parsed platforms of one catalog folder, as the cache file keeps them:
///
///     "optout-catalog\n"   magic, 15 bytes
///     varint               format version
///     string               build (`CatalogCache.build`)
///     string               the catalog folder's path
///     varint               number of entries, then for each:
///         string           file name in the folder
///         varint ×7        size, mtime s (zigzag) and ns, ctime s (zigzag) and ns, inode, device
///         varint, bytes    the platform (`PlatformCoding`), length first
///     8 bytes              checksum of all of the above (`SnapshotChecksum`), little-endian
///
/// Strings are a varint length and UTF-8. Decoding the header and index is cheap; each
/// platform is decoded only when its file's key still matches.
struct CatalogSnapshot: Sendable {
    struct Entry: Equatable, Sendable {
        var key: CatalogFileKey
        /// A `PlatformCoding` platform; a slice of the file read, not a copy.
        var platform: ArraySlice<UInt8>
    }

    static let magic = Array("optout-catalog\n".utf8)
    /// Bump when the layout above changes.
    static let formatVersion: UInt64 = 1
    /// More files than any catalog folder has; a count above it is damage.
    static let maximumEntries = 100_000

    var build: String
    var folder: String
    /// By file name.
    var entries: [String: Entry]

    init(build: String, folder: String, entries: [String: Entry] = [:]) {
        self.build = build
        self.folder = folder
        self.entries = entries
    }

    func encoded() -> [UInt8] {
        var writer = BinaryWriter(capacity: 64 + entries.values.reduce(0) { $0 + $1.platform.count + 64 })
        writer.append(Self.magic)
        writer.varint(Self.formatVersion)
        writer.string(build)
        writer.string(folder)
        writer.count(entries.count)
        for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
            writer.string(name)
            let key = entry.key
            writer.varint(key.size)
            writer.signed(key.modifiedSeconds)
            writer.signed(key.modifiedNanoseconds)
            writer.signed(key.changedSeconds)
            writer.signed(key.changedNanoseconds)
            writer.varint(key.inode)
            writer.varint(key.device)
            writer.count(entry.platform.count)
            writer.append(entry.platform)
        }
        writer.fixed64(SnapshotChecksum.of(writer.bytes[...]))
        return writer.bytes
    }

    /// The snapshot in `bytes`, or nil when they are anything else: another format version, a
    /// truncated or damaged file, someone else's file.
    init?(decoding bytes: [UInt8]) {
        guard bytes.count >= Self.magic.count + 8, bytes.starts(with: Self.magic) else { return nil }
        let body = bytes[..<(bytes.count - 8)]
        var trailer = BinaryReader(bytes[(bytes.count - 8)...])
        guard let checksum = try? trailer.fixed64(), checksum == SnapshotChecksum.of(body) else { return nil }
        var reader = BinaryReader(body[(body.startIndex + Self.magic.count)...])
        do throws(BinaryReader.Malformed) {
            guard try reader.varint() == Self.formatVersion else { return nil }
            build = try reader.string()
            folder = try reader.string()
            let count = try reader.count(limit: Self.maximumEntries)
            entries = [:]
            entries.reserveCapacity(BinaryReader.reservation(for: count))
            for _ in 0..<count {
                let name = try reader.string()
                let key = CatalogFileKey(
                    size: try reader.varint(), modifiedSeconds: try reader.signed(), modifiedNanoseconds: try reader.signed(),
                    changedSeconds: try reader.signed(), changedNanoseconds: try reader.signed(),
                    inode: try reader.varint(), device: try reader.varint())
                let platform = try reader.slice(try reader.count(limit: Int.max))
                guard entries.updateValue(Entry(key: key, platform: platform), forKey: name) == nil else { return nil }
            }
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }
}
