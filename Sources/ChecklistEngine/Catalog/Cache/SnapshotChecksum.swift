/// A 64-bit checksum of the catalog snapshot's bytes, so a file damaged on disk (a bit flip,
/// a write cut short and then padded) is rebuilt rather than shown. Not cryptographic: the
/// cache folder is the user's own, as writable to them as the catalog folder itself. Four
/// lanes of eight bytes each, so a megabyte takes a fraction of a millisecond.
enum SnapshotChecksum {
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw -> UInt64 in
            let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
            var offset = 0
            while offset + 32 <= raw.count {
                lanes.0 = mix(lanes.0, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self), prime)
                lanes.1 = mix(lanes.1, raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self), prime)
                lanes.2 = mix(lanes.2, raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self), prime)
                lanes.3 = mix(lanes.3, raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self), prime)
                offset += 32
            }
            var hash = UInt64(raw.count) &* prime
            hash = mix(hash, lanes.0, prime)
            hash = mix(hash, lanes.1, prime)
            hash = mix(hash, lanes.2, prime)
            hash = mix(hash, lanes.3, prime)
            while offset < raw.count {
                hash = mix(hash, UInt64(raw[offset]), prime)
                offset += 1
            }
            return hash ^ (hash >> 31)
        }
    }

    @inline(__always)
    private static func mix(_ state: UInt64, _ value: UInt64, _ prime: UInt64) -> UInt64 {
        let mixed = (state ^ value) &* prime
        return mixed ^ (mixed >> 29)
    }
}
