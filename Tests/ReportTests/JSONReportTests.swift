import ChecklistEngine
import Foundation
import Testing

/// The JSON report read back and checked against its documented shape, by hand.
@Suite("JSON report")
struct JSONReportTests {
    /// The kind of value a field holds.
    indirect enum Shape: Sendable {
        case string, integer, boolean, time, day, localTime
        case oneOf([String])
        case nullable(Shape)
        case array(Shape)
        case object([String: Shape])
    }

    static let time = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"

    static let step: [String: Shape] = [
        "id": .string, "title": .string, "done": .boolean, "doneAt": .nullable(.time), "note": .nullable(.string),
        "optional": .boolean, "anyOf": .boolean, "milestone": .nullable(.oneOf(Milestone.allCases.map(\.rawValue))),
        "changed": .boolean, "steps": .array(.object([:])),  // children are checked with the same shape below
        "evidence": .array(.object(evidenceFile)),
    ]

    static let email: [String: Shape] = [
        "from": .nullable(.string), "to": .nullable(.string), "subject": .nullable(.string), "date": .nullable(.time),
    ]

    static let evidenceFile: [String: Shape] = [
        "sha256": .string, "name": .string, "size": .integer, "mediaType": .string, "added": .time, "email": .nullable(.object(email)),
    ]

    static let historyItem: [String: Shape] = [
        "at": .time, "action": .oneOf(HistoryEntry.Action.allCases.map(\.rawValue)), "step": .nullable(.string), "detail": .nullable(.string),
        "letter": .nullable(.oneOf(kinds)), "day": .nullable(.day),
    ]

    static let kinds = Letter.Kind.allCases.map(\.rawValue)

    static let letter: [String: Shape] = [
        "kind": .oneOf(kinds), "sentAt": .day, "dueAt": .day, "extendedAt": .nullable(.day), "extendedDueAt": .nullable(.day),
        "answeredAt": .nullable(.day), "late": .boolean, "note": .nullable(.string),
    ]

    static let account: [String: Shape] = [
        "id": .string, "platform": .string, "platformName": .string, "label": .nullable(.string),
        "status": .oneOf(AccountStatus.allCases.map(\.rawValue)), "done": .integer, "total": .integer,
        "coveredBy": .nullable(.string), "created": .time, "reviewed": .nullable(.time), "lastChange": .nullable(.time),
        "sentAt": .nullable(.time), "reviewReasons": .array(.string), "steps": .array(.object(step)),
        "history": .array(.object(historyItem)), "holder": .nullable(.string), "identifier": .nullable(.string),
        "letters": .array(.object(letter)), "nextAction": .nullable(.object(["kind": .oneOf(kinds), "from": .day])),
    ]

    static let source: [String: Shape] = ["label": .string, "url": .string]

    static let platform: [String: Shape] = [
        "id": .string, "name": .string, "vendor": .string, "group": .nullable(.string),
        "kind": .oneOf(PlatformKind.allCases.map(\.rawValue)), "jurisdictions": .array(.string), "legalBasis": .nullable(.string),
        "deadline": .nullable(.day), "effect": .oneOf(Effect.allCases.map(\.rawValue)),
        "confidence": .oneOf(Confidence.allCases.map(\.rawValue)), "lastVerified": .day, "recheckDays": .nullable(.integer),
        "summary": .string, "sources": .array(.object(source)),
        "statement": .nullable(.object(statement)), "contact": .nullable(.object(contact)),
    ]

    static let statement: [String: Shape] = [
        "quote": .string, "source": .object(source), "said": .nullable(.day), "confidence": .oneOf(Confidence.allCases.map(\.rawValue)),
    ]

    static let contact: [String: Shape] = [
        "controller": .string, "email": .nullable(.string), "form": .nullable(.string), "postal": .array(.string),
        "country": .string, "authority": .nullable(.string), "published": .boolean, "note": .nullable(.object(["en": .string, "fr": .string])),
        "lastVerified": .day, "confidence": .oneOf(Confidence.allCases.map(\.rawValue)), "sources": .array(.object(source)),
    ]

    static let summary: [String: Shape] = Dictionary(uniqueKeysWithValues: AccountStatus.allCases.map { ($0.rawValue, Shape.integer) })

    static let document: [String: Shape] = [
        "schemaVersion": .integer, "generatedAt": .time, "generatedAtLocal": .localTime, "timeZone": .string,
        "redacted": .boolean, "catalogRevision": .string, "language": .oneOf(["en", "fr"]), "summary": .object(summary),
        "chain": .nullable(.object(["count": .integer, "head": .string])),
        "accounts": .array(.object(account)), "platforms": .array(.object(platform)),
    ]

    /// Every problem with `value` against `shape`, with where it is.
    static func problems(_ value: JSONValue, _ shape: Shape, at path: String) -> [String] {
        func matches(_ text: String, _ pattern: String) -> Bool { text.range(of: pattern, options: .regularExpression) != nil }
        switch (shape, value) {
        case (.nullable, .null): return []
        case (.nullable(let inner), _): return problems(value, inner, at: path)
        case (.string, .string): return []
        case (.integer, .int): return []
        case (.boolean, .bool): return []
        case (.time, .string(let text)): return matches(text, time) ? [] : ["\(path): '\(text)' is not an ISO 8601 UTC time"]
        case (.day, .string(let text)): return matches(text, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$") ? [] : ["\(path): '\(text)' is not a day"]
        case (.localTime, .string(let text)):
            return matches(text, "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$") ? [] : ["\(path): '\(text)' is not a local time"]
        case (.oneOf(let allowed), .string(let text)): return allowed.contains(text) ? [] : ["\(path): '\(text)' is not one of \(allowed)"]
        case (.array(let inner), .array(let items)):
            return items.enumerated().flatMap { problems($1, inner, at: "\(path)[\($0)]") }
        case (.object(let fields), .object(let object)):
            // Children steps have the step shape.
            let fields = fields.isEmpty ? step : fields
            var found: [String] = []
            for key in Set(fields.keys).subtracting(object.keys).sorted() { found.append("\(path).\(key) is missing") }
            for key in Set(object.keys).subtracting(fields.keys).sorted() { found.append("\(path).\(key) is not in the schema") }
            for (key, inner) in fields.sorted(by: { $0.key < $1.key }) {
                if let child = object[key] { found += problems(child, inner, at: "\(path).\(key)") }
            }
            return found
        default:
            return ["\(path): expected \(shape), found \(value)"]
        }
    }

    func json(language: Language = .en, redact: Bool = false) throws -> Data {
        try ReportWriter.render(format: .json, progress: try Fixtures.progress(), catalog: Fixtures.catalog, now: Fixtures.now,
                                language: language, redact: redact, timeZone: Fixtures.timeZone)
    }

    @Test("Every key of the schema is there with its type, and no other", arguments: [(Language.en, false), (.fr, false), (.fr, true)])
    func matchesSchema(_ language: Language, _ redact: Bool) throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: try json(language: language, redact: redact))
        #expect(Self.problems(value, .object(Self.document), at: "$") == [])
        #expect(value["schemaVersion"] == .int(1))
        #expect(value["language"] == .string(language.rawValue))
        #expect(value["redacted"] == .bool(redact))
    }

    @Test("The hostile fixture also keeps the shape")
    func hostileMatchesSchema() throws {
        let data = try ReportWriter.render(format: .json, progress: Fixtures.hostileProgress, catalog: Fixtures.hostileCatalog,
                                           now: Fixtures.now, language: .en, timeZone: Fixtures.timeZone)
        let value = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(Self.problems(value, .object(Self.document), at: "$") == [])
    }

    @Test("A missing value is an explicit null, never a missing key")
    func explicitNulls() throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: try json())
        let facebook = try #require(value["accounts"]?.array?.first { $0["id"] == .string("facebook") })
        #expect(facebook["label"] == .null)
        #expect(facebook["reviewed"] == .null)
        #expect(facebook["coveredBy"] == .string("instagram"))
        let chat = try #require(value["platforms"]?.array?.first { $0["id"] == .string("examplechat") })
        #expect(chat["deadline"] == .null && chat["legalBasis"] == .null && chat["group"] == .null)
        let text = String(decoding: try json(), as: UTF8.self)
        #expect(text.contains("\"label\" : null"))
    }

    @Test("Keys are sorted in every object, so the bytes are stable")
    func sortedKeys() throws {
        let text = String(decoding: try json(language: .fr), as: UTF8.self)
        var stack: [[String]] = []
        var checked = 0
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("\""), let end = trimmed.dropFirst().firstIndex(of: "\""), trimmed[end...].hasPrefix("\" :") {
                stack[stack.count - 1].append(String(trimmed[trimmed.index(after: trimmed.startIndex)..<end]))
            }
            if trimmed.hasSuffix("{") { stack.append([]) }
            if trimmed.hasPrefix("}") {
                let keys = stack.removeLast()
                #expect(keys == keys.sorted(), "keys out of order: \(keys)")
                checked += 1
            }
        }
        #expect(stack.isEmpty && checked > 20)
    }

    @Test("The schema file in docs/ lists exactly the keys the document has")
    func schemaFileAgrees() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/status.schema.json")
        let schema = try JSONDecoder().decode(JSONValue.self, from: try Data(contentsOf: url))
        func required(_ node: JSONValue?) -> Set<String> {
            Set(node?["required"]?.array?.compactMap(\.string) ?? [])
        }
        func properties(_ node: JSONValue?) -> Set<String> {
            if case .object(let fields)? = node?["properties"] { return Set(fields.keys) }
            return []
        }
        let definitions = schema["$defs"]
        let expected: [(String, JSONValue?, [String: Shape])] = [
            ("document", schema, Self.document), ("summary", schema["properties"]?["summary"], Self.summary),
            ("account", definitions?["account"], Self.account), ("step", definitions?["step"], Self.step),
            ("historyItem", definitions?["historyItem"], Self.historyItem), ("platform", definitions?["platform"], Self.platform),
            ("source", definitions?["source"], Self.source), ("statement", definitions?["statement"], Self.statement),
            ("contact", definitions?["contact"], Self.contact), ("letter", definitions?["letter"], Self.letter),
            ("nextAction", definitions?["nextAction"], ["kind": .string, "from": .day]),
            ("evidenceFile", definitions?["evidenceFile"], Self.evidenceFile),
            ("email", definitions?["evidenceFile"]?["properties"]?["email"], Self.email),
        ]
        for (name, node, shape) in expected {
            #expect(required(node) == Set(shape.keys), "required keys of \(name)")
            #expect(properties(node) == Set(shape.keys), "properties of \(name)")
            #expect(node?["additionalProperties"] == .bool(false), "\(name) forbids other keys")
        }
    }

    @Test("Times are UTC; the local time and zone are given beside them")
    func times() throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: try json())
        #expect(value["generatedAt"] == .string("2025-06-03T12:05:00Z"))
        #expect(value["generatedAtLocal"] == .string("2025-06-03T14:05:00+02:00"))
        let step = value["accounts"]?.array?.first?["steps"]?.array?[1]
        #expect(step?["doneAt"] == .string("2025-05-21T19:42:00Z"))
    }
}
