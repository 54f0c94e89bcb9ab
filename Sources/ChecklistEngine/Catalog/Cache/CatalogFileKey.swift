#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What identifies one version of a catalog file without reading it: its size, change and
/// modification times to the nanosecond, inode and device. An edit in place changes the size
/// or the times; a file replaced by rename changes the inode; `touch -d` or `cp -p` can set the
/// mtime back, but not the ctime.
struct CatalogFileKey: Hashable, Sendable {
    var size: UInt64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var changedSeconds: Int64
    var changedNanoseconds: Int64
    var inode: UInt64
    var device: UInt64

    init(size: UInt64, modifiedSeconds: Int64, modifiedNanoseconds: Int64, changedSeconds: Int64,
         changedNanoseconds: Int64, inode: UInt64, device: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedSeconds = changedSeconds
        self.changedNanoseconds = changedNanoseconds
        self.inode = inode
        self.device = device
    }

    /// The key of the regular file at `path` (symbolic links followed), or nil when it is
    /// missing or anything else: such a path is left to the loader, which says what is wrong.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec, changed = info.st_ctimespec
        #else
        let modified = info.st_mtim, changed = info.st_ctim
        #endif
        self.init(size: UInt64(max(0, info.st_size)),
                  modifiedSeconds: Int64(modified.tv_sec), modifiedNanoseconds: Int64(modified.tv_nsec),
                  changedSeconds: Int64(changed.tv_sec), changedNanoseconds: Int64(changed.tv_nsec),
                  inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }

    /// Whether the file was last touched at least `settle` seconds before `now` (seconds since
    /// 1970). Timestamps are as coarse as a jiffy (ext4) or two seconds (FAT): a file written
    /// again within that tick, to the same size, keeps this very key, so only a file older than
    /// the coarsest tick is cached. `now` is taken before the file is read.
    func isSettled(now: Double, settle: Double) -> Bool {
        let latest = max(Double(modifiedSeconds) + Double(modifiedNanoseconds) / 1e9,
                         Double(changedSeconds) + Double(changedNanoseconds) / 1e9)
        return now - latest >= settle
    }
}
