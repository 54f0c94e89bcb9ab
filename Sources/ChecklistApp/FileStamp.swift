import Foundation

/// Size and modification time: enough to notice another process's save.
struct FileStamp: Equatable {
    var size: UInt64
    var modified: Date

    init?(of url: URL) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        self.size = size.uint64Value
        self.modified = modified
    }
}
