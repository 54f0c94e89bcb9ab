import Foundation

/// The progress file written and read by hand, byte for byte as `ProgressCoding`'s
/// JSONEncoder writes it (pretty, sorted keys, slashes unescaped): Foundation's coders are
/// slow on a large file, and a tick both reads and writes it. On reading,
/// anything but the shape written here returns nil, and Foundation's decoder does the work,
/// with its error messages.
enum ProgressJSON {
    /// The JSON, as JSONEncoder writes it.
    static func encode(_ progress: UserProgress) -> Data {
        ProgressJSONWriter.encode(progress, newline: false)
    }

    /// The file's bytes: the JSON and a final line break.
    static func encodeFile(_ progress: UserProgress) -> Data {
        ProgressJSONWriter.encode(progress, newline: true)
    }

    /// The progress, when `data` is exactly the shape written (any order of keys and any
    /// white space); nil otherwise.
    static func decode(_ data: Data) -> UserProgress? {
        ProgressJSONReader.decode(data)
    }
}
