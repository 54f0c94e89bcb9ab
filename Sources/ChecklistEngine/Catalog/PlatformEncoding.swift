/// Platforms and steps as JSON, with the catalog files' field names and every language,
/// for `optout catalog show --json`.
extension Platform: JSONRecord {
    public static var snakeCaseKeys: Bool { true }
    /// Where the file is now, not a fact of the platform.
    public static var unwrittenProperties: Set<String> { ["origin"] }
    public var derivedMembers: [(key: String, value: any Encodable)] { [("revision", revision)] }
}

extension Step: JSONRecord {
    public static var snakeCaseKeys: Bool { true }
    public var derivedMembers: [(key: String, value: any Encodable)] { [("revision", revision)] }
}
