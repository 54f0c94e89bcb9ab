import Foundation

/// Platforms and steps as JSON, with every language, for `optout catalog show --json`:
/// written by `jsonEncoder`, whose keys are the catalog files' field names (`last_verified`).
extension Platform: JSONRecord {
    /// Where the file is now, not a fact of the platform.
    public static var unwrittenProperties: Set<String> { ["origin"] }
    public var derivedMembers: [(key: String, value: any Encodable)] { [("revision", revision)] }

    /// `ProgressCoding.encoder`'s layout, with snake_case keys as the YAML has them.
    public static var jsonEncoder: JSONEncoder {
        let encoder = ProgressCoding.encoder
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }
}

extension Step: JSONRecord {
    public var derivedMembers: [(key: String, value: any Encodable)] { [("revision", revision)] }
}
