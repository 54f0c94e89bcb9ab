import Foundation
import Yams

/// Loads catalog files (YAML, one platform a file) and validates them, reporting every
/// problem as `FILE:LINE:COLUMN: message`. A file with any problem yields no platform.
public enum CatalogLoader {
    static let platformFields = [
        "id", "name", "vendor", "group", "kind", "jurisdictions", "legal_basis", "deadline", "effect",
        "confidence", "last_verified", "recheck_days", "sources", "summary", "steps", "statement", "contact",
    ]
    static let stepFields = [
        "id", "title", "detail", "url", "steps", "any_of", "optional", "milestone", "fields", "confidence", "last_verified",
    ]
    static let sourceFields = ["label", "url"]
    /// Deeper step trees are refused: no real route has more than a handful of levels.
    public static let maximumStepDepth = 12

    /// The result of loading one file.
    public struct FileResult: Sendable {
        public var platform: Platform?
        public var issues: [CatalogIssue]
        /// Only counted when asked (`warnings`): languages some texts lack, beyond the required.
        public var missingTranslations: [MissingTranslation] = []
    }

    /// Whose file it is: a shipped file needs English and French in every text, a user's own
    /// only English. Either may have the other languages; a text without one shows in English.
    public enum Origin: Sendable {
        case shipped
        case user

        public var requiredLanguages: [Language] { self == .shipped ? [.en, .fr] : [.en] }
    }

    public static func load(fileAt url: URL, displayName: String? = nil, origin: Origin = .shipped, warnings: Bool = false) -> FileResult {
        var reader = YAMLReader(file: displayName ?? url.path)
        reader.requiredLanguages = origin.requiredLanguages
        reader.countsMissingTranslations = warnings && origin == .shipped
        guard let node = reader.parseFile(at: url) else { return FileResult(platform: nil, issues: reader.issues) }
        var platform = readPlatform(node, reader: &reader)
        platform?.origin = url.path
        return FileResult(platform: reader.issues.isEmpty ? platform : nil, issues: reader.issues,
                          missingTranslations: reader.missingTranslations)
    }

    public static func load(text: String, file: String, origin: Origin = .shipped) -> FileResult {
        var reader = YAMLReader(file: file)
        reader.requiredLanguages = origin.requiredLanguages
        guard let node = reader.parse(text) else { return FileResult(platform: nil, issues: reader.issues) }
        let platform = readPlatform(node, reader: &reader)
        return FileResult(platform: reader.issues.isEmpty ? platform : nil, issues: reader.issues)
    }

    /// Every `*.yaml` / `*.yml` file of a folder, in name order. A missing folder is no error.
    public static func load(directoryAt url: URL) -> (platforms: [Platform], issues: [CatalogIssue]) {
        let result = load(directoryAt: url, cache: nil)
        return (result.platforms, result.issues)
    }

    /// The result of loading a folder.
    public struct DirectoryResult: Sendable {
        public var platforms: [Platform] = []
        public var issues: [CatalogIssue] = []
        /// Files read from the cache rather than parsed.
        public var cachedFiles = 0
        /// Every catalog file of the folder.
        public var files = 0
    }

    /// As `load(directoryAt:)`, taking the files unchanged since the last run from `cache`
    /// and caching the files parsed. Problems are found and said exactly as without a cache:
    /// a file with any is never cached.
    public static func load(directoryAt url: URL, cache: CatalogCache?, origin: Origin = .shipped) -> DirectoryResult {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) { return DirectoryResult() }
            return DirectoryResult(issues: [CatalogIssue(file: url.path, line: 1, column: 1, problem: .unreadable(reason: YAMLReader.reason(error)))])
        }
        var result = DirectoryResult()
        var session = cache?.open(catalogFolder: url)
        // The file's path joined as a string: a URL for each file (19 K instructions, a
        // millisecond of a start for 54 files) is made only for a file the cache misses.
        var folder = url.path
        if !folder.hasSuffix("/") { folder += "/" }
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            result.files += 1
            if let platform = session?.platform(named: name, atPath: folder + name) {
                result.platforms.append(platform)
                continue
            }
            let loaded = load(fileAt: url.appendingPathComponent(name), origin: origin)
            session?.record(loaded, named: name)
            if let platform = loaded.platform { result.platforms.append(platform) }
            result.issues.append(contentsOf: loaded.issues)
        }
        session?.save()
        result.cachedFiles = session?.hits ?? 0
        return result
    }

    // MARK: Reading

    static func readPlatform(_ node: Node, reader: inout YAMLReader) -> Platform? {
        guard let fields = reader.mapping(node, field: "platform", known: platformFields) else { return nil }
        let id = reader.require(fields, "id").flatMap { reader.identifier($0, field: "id") }
        let name = reader.require(fields, "name").flatMap { readName($0, reader: &reader) }
        let vendor = reader.require(fields, "vendor").flatMap { reader.string($0, field: "vendor") }
        let group = fields["group"].flatMap { reader.identifier($0, field: "group") }
        let kind = reader.require(fields, "kind").flatMap { reader.oneOf($0, field: "kind", as: PlatformKind.self) }
        let jurisdictions = reader.require(fields, "jurisdictions").flatMap { readStrings($0, field: "jurisdictions", reader: &reader) }
        let legalBasis = fields["legal_basis"].flatMap { reader.localized($0, field: "legal_basis", multiline: true) }
        let deadline = fields["deadline"].flatMap { reader.date($0, field: "deadline") }
        let effect = reader.require(fields, "effect").flatMap { reader.oneOf($0, field: "effect", as: Effect.self) }
        let confidence = reader.require(fields, "confidence").flatMap { reader.oneOf($0, field: "confidence", as: Confidence.self) }
        let lastVerified = reader.require(fields, "last_verified").flatMap { reader.date($0, field: "last_verified") }
        let recheckDays = fields["recheck_days"].flatMap { reader.positiveInt($0, field: "recheck_days") }
        let sources = reader.require(fields, "sources").flatMap { readSources($0, reader: &reader) }
        let summary = reader.require(fields, "summary").flatMap { reader.localized($0, field: "summary", multiline: true) }
        let statement = fields["statement"].flatMap { readStatement($0, reader: &reader) }
        let contact = fields["contact"].flatMap { readContact($0, reader: &reader) }
        checkKind(kind, fields, reader: &reader)

        var steps: [Step] = []
        var seen: Set<String> = []
        if let stepsNode = fields["steps"] {
            steps = readSteps(stepsNode, depth: 1, seen: &seen, reader: &reader) ?? []
        }
        let needsSteps = kind.map { !$0.offersNoOptOut } ?? false
        if needsSteps, steps.isEmpty, fields["steps"] == nil {
            reader.report(fields.node, .missingField(field: "steps"))
        } else if needsSteps, steps.isEmpty, let stepsNode = fields["steps"], reader.issues.isEmpty {
            reader.report(stepsNode, .noSteps)
        }
        if let sources, sources.isEmpty, let node = fields["sources"] {
            reader.report(node, .missingField(field: "sources[0]"))
        }

        guard let id, let name, let vendor, let kind, let jurisdictions, let effect, let confidence,
              let lastVerified, let sources, let summary
        else { return nil }
        return Platform(
            id: id, name: name, vendor: vendor, group: group, kind: kind, jurisdictions: jurisdictions,
            legalBasis: legalBasis, deadline: deadline, effect: effect, confidence: confidence,
            lastVerified: lastVerified, recheckDays: recheckDays, sources: sources, summary: summary, steps: steps,
            statement: statement, contact: contact
        )
    }

    static func readStrings(_ node: Node, field: String, reader: inout YAMLReader) -> [String]? {
        guard let items = reader.list(node, field: field) else { return nil }
        let values = items.compactMap { reader.string($0, field: field) }
        return values.count == items.count ? values : nil
    }

    static func readSources(_ node: Node, reader: inout YAMLReader) -> [Source]? {
        guard let items = reader.list(node, field: "sources") else { return nil }
        var sources: [Source] = []
        for item in items {
            if let source = readSource(item, field: "sources[]", reader: &reader) { sources.append(source) }
        }
        return sources.count == items.count ? sources : nil
    }

    static func readSource(_ node: Node, field: String, reader: inout YAMLReader) -> Source? {
        guard let fields = reader.mapping(node, field: field, known: sourceFields) else { return nil }
        let label = reader.require(fields, "label").flatMap { reader.string($0, field: "label") }
        let url = reader.require(fields, "url").flatMap { reader.https($0, field: "url") }
        guard let label, let url else { return nil }
        return Source(label: label, url: url)
    }

    static func readSteps(_ node: Node, depth: Int, seen: inout Set<String>, reader: inout YAMLReader) -> [Step]? {
        guard depth <= maximumStepDepth else {
            reader.report(node, .tooDeep(limit: maximumStepDepth))
            return nil
        }
        guard let items = reader.list(node, field: "steps") else { return nil }
        var steps: [Step] = []
        for item in items {
            if let step = readStep(item, depth: depth, seen: &seen, reader: &reader) { steps.append(step) }
        }
        return steps.count == items.count ? steps : nil
    }

    static func readStep(_ node: Node, depth: Int, seen: inout Set<String>, reader: inout YAMLReader) -> Step? {
        guard let fields = reader.mapping(node, field: "step", known: stepFields) else { return nil }
        let id = reader.require(fields, "id").flatMap { reader.identifier($0, field: "id") }
        if let id, let idNode = fields["id"] {
            if seen.contains(id) { reader.report(idNode, .duplicateStepID(id: id)) }
            seen.insert(id)
        }
        let title = reader.require(fields, "title").flatMap { reader.localized($0, field: "title") }
        let detail = fields["detail"].flatMap { reader.localized($0, field: "detail", multiline: true) }
        let url = fields["url"].flatMap { reader.https($0, field: "url") }
        let anyOf = fields["any_of"].flatMap { reader.bool($0, field: "any_of") } ?? false
        let optional = fields["optional"].flatMap { reader.bool($0, field: "optional") } ?? false
        let milestone = fields["milestone"].flatMap { reader.oneOf($0, field: "milestone", as: Milestone.self) }
        let confidence = fields["confidence"].flatMap { reader.oneOf($0, field: "confidence", as: Confidence.self) }
        let lastVerified = fields["last_verified"].flatMap { reader.date($0, field: "last_verified") }
        var formFields: [LocalizedText] = []
        if let node = fields["fields"], let items = reader.list(node, field: "fields") {
            formFields = items.compactMap { reader.localized($0, field: "fields[]") }
        }
        var children: [Step] = []
        if let node = fields["steps"] {
            children = readSteps(node, depth: depth + 1, seen: &seen, reader: &reader) ?? []
        }
        if anyOf, fields["steps"] == nil, let node = fields["any_of"], let id {
            reader.report(node, .anyOfWithoutChildren(id: id))
        }
        if milestone != nil, fields["steps"] != nil, let node = fields["milestone"], let id {
            reader.report(node, .milestoneOnParent(id: id))
        }
        guard let id, let title else { return nil }
        return Step(
            id: id, title: title, detail: detail, url: url, steps: children, anyOf: anyOf, optional: optional,
            milestone: milestone, fields: formFields, confidence: confidence, lastVerified: lastVerified
        )
    }
}
