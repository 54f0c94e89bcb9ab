/// A value written to JSON with every stored property as a member, a nil as an explicit
/// `null`: scripts see the same keys every time. The members come from the stored properties
/// themselves (`Mirror`), so a new property is written with no code of its own; decoding stays
/// synthesised (it reads `null` and a missing key alike).
public protocol JSONRecord: Encodable {
    /// Stored properties that are not written.
    static var unwrittenProperties: Set<String> { get }
    /// Values worked out from the stored ones and written beside them (a revision).
    var derivedMembers: [(key: String, value: any Encodable)] { get }
}

extension JSONRecord {
    public static var unwrittenProperties: Set<String> { [] }
    public var derivedMembers: [(key: String, value: any Encodable)] { [] }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: JSONRecordKey.self)
        for child in Mirror(reflecting: self).children {
            guard let label = child.label, !Self.unwrittenProperties.contains(label) else { continue }
            guard let value = child.value as? any Encodable else {
                throw EncodingError.invalidValue(child.value, .init(
                    codingPath: encoder.codingPath, debugDescription: "'\(label)' of \(Self.self) cannot be written as JSON"))
            }
            try container.encode(value, forKey: JSONRecordKey(label))
        }
        for member in derivedMembers { try container.encode(member.value, forKey: JSONRecordKey(member.key)) }
    }
}

/// Any key, by its text.
struct JSONRecordKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ text: String) { stringValue = text }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
