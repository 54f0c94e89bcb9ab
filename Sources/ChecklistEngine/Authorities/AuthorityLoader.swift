import Foundation
import Yams

/// Loads supervisory authority files (YAML, one authority a file) as strictly as platform
/// files, reporting every problem as `FILE:LINE:COLUMN: message`. A file with any problem
/// yields no authority.
public enum AuthorityLoader {
    static let authorityFields = [
        "id", "country", "region", "name", "scope", "website", "complaint", "last_verified", "confidence", "sources",
    ]
    static let complaintFields = ["form", "email", "postal", "languages"]

    public struct FileResult: Sendable {
        public var authority: Authority?
        public var issues: [CatalogIssue]
    }

    public static func load(fileAt url: URL, displayName: String? = nil) -> FileResult {
        var reader = YAMLReader(file: displayName ?? url.path)
        guard let node = reader.parseFile(at: url) else { return FileResult(authority: nil, issues: reader.issues) }
        let authority = readAuthority(node, reader: &reader)
        return FileResult(authority: reader.issues.isEmpty ? authority : nil, issues: reader.issues)
    }

    public static func load(text: String, file: String) -> FileResult {
        var reader = YAMLReader(file: file)
        guard let node = reader.parse(text) else { return FileResult(authority: nil, issues: reader.issues) }
        let authority = readAuthority(node, reader: &reader)
        return FileResult(authority: reader.issues.isEmpty ? authority : nil, issues: reader.issues)
    }

    /// Every `*.yaml` / `*.yml` file of a folder, in name order; an id used twice is a problem
    /// of the second file. A missing folder is no error.
    public static func load(directoryAt url: URL) -> (authorities: [Authority], issues: [CatalogIssue]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { return ([], []) }
            return ([], [CatalogIssue(file: url.path, line: 1, column: 1, problem: .unreadable(reason: YAMLReader.reason(error)))])
        }
        var authorities: [Authority] = []
        var issues: [CatalogIssue] = []
        var files: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let file = url.appendingPathComponent(name)
            let loaded = load(fileAt: file)
            issues += loaded.issues
            guard let authority = loaded.authority else { continue }
            if let other = files[authority.id] {
                issues.append(CatalogIssue(file: file.path, line: 1, column: 1,
                                           problem: .authority(.duplicateID(id: authority.id, otherFile: other))))
                continue
            }
            files[authority.id] = file.path
            authorities.append(authority)
        }
        return (authorities, issues)
    }

    // MARK: Reading

    static func readAuthority(_ node: Node, reader: inout YAMLReader) -> Authority? {
        guard let fields = reader.mapping(node, field: "authority", known: authorityFields) else { return nil }
        let id = reader.require(fields, "id").flatMap { reader.identifier($0, field: "id") }
        let country = reader.require(fields, "country").flatMap { readCountry($0, field: "country", reader: &reader) }
        let region = fields["region"].flatMap { readRegion($0, field: "region", reader: &reader) }
        let name = reader.require(fields, "name").flatMap { readNames($0, reader: &reader) }
        let scope = fields["scope"].flatMap { reader.localized($0, field: "scope", multiline: true) }
        let website = fields["website"].flatMap { reader.https($0, field: "website") }
        let complaint = reader.require(fields, "complaint").flatMap { readComplaint($0, reader: &reader) }
        let lastVerified = reader.require(fields, "last_verified").flatMap { reader.date($0, field: "last_verified") }
        let confidence = reader.require(fields, "confidence").flatMap { reader.oneOf($0, field: "confidence", as: Confidence.self) }
        let sources = reader.require(fields, "sources").flatMap { CatalogLoader.readSources($0, reader: &reader) }
        if let sources, sources.isEmpty, let node = fields["sources"] {
            reader.report(node, .missingField(field: "sources[0]"))
        }
        if let country, region != nil, country != "DE", let node = fields["region"] {
            reader.report(node, .authority(.regionOutsideGermany(country: country)))
        }
        if let country, let name, let expected = PlaceCodes.officialLanguages[country],
           !expected.contains(where: { name[$0] != nil }), let node = fields["name"] {
            reader.report(node, .authority(.missingOwnLanguage(country: country, expected: expected)))
        }
        if let id, let country, let node = fields["id"] {
            var prefix = country.lowercased() + "-"
            if let region { prefix = region.lowercased() + "-" }
            if !id.hasPrefix(prefix) { reader.report(node, .authority(.idPrefix(id: id, expected: prefix))) }
        }
        guard let id, let country, let name, let complaint, let lastVerified, let confidence, let sources else { return nil }
        return Authority(id: id, country: country, region: region, name: name, scope: scope, website: website,
                         complaint: complaint, lastVerified: lastVerified, confidence: confidence, sources: sources)
    }

    static func readCountry(_ node: Node, field: String, reader: inout YAMLReader) -> String? {
        guard let text = reader.string(node, field: field) else { return nil }
        // Upper case as the standard writes it: `fr` is refused so every file reads alike.
        guard text.count == 2, PlaceCodes.country(text) == text else {
            reader.report(node, .authority(.badCountry(field: field, value: SafeText.line(String(text.prefix(40))))))
            return nil
        }
        return text
    }

    static func readRegion(_ node: Node, field: String, reader: inout YAMLReader) -> String? {
        guard let text = reader.string(node, field: field) else { return nil }
        guard text.hasPrefix("DE-"), PlaceCodes.germanLand(text) == text else {
            reader.report(node, .authority(.badRegion(field: field, value: SafeText.line(String(text.prefix(40))))))
            return nil
        }
        return text
    }

    /// `name`: a mapping from ISO 639-1 codes to texts, with `en`.
    static func readNames(_ node: Node, reader: inout YAMLReader) -> [String: String]? {
        guard case .mapping(let mapping) = node else {
            reader.report(node, .expectedMapping(field: "name"))
            return nil
        }
        var names: [String: String] = [:]
        var ok = true
        for (keyNode, value) in mapping {
            guard let code = keyNode.string, PlaceCodes.languages.contains(code) else {
                reader.report(keyNode, .authority(.badLanguageCode(field: "name", value: SafeText.line(String((keyNode.string ?? "").prefix(20))))))
                ok = false
                continue
            }
            guard let text = reader.string(value, field: "name.\(code)") else {
                ok = false
                continue
            }
            names[code] = text
        }
        if ok, names["en"] == nil {
            reader.report(node, .missingLanguage(field: "name", language: .en))
            ok = false
        }
        return ok ? names : nil
    }

    static func readComplaint(_ node: Node, reader: inout YAMLReader) -> Authority.Complaint? {
        guard let fields = reader.mapping(node, field: "complaint", known: complaintFields) else { return nil }
        let form = fields["form"].flatMap { reader.https($0, field: "complaint.form") }
        let email = fields["email"].flatMap { readEmail($0, field: "complaint.email", reader: &reader) }
        let postal = fields["postal"].flatMap { CatalogLoader.readStrings($0, field: "complaint.postal", reader: &reader) }
        let languages = reader.require(fields, "languages").flatMap { readLanguages($0, reader: &reader) }
        let given = ["form", "email", "postal"].filter { fields[$0] != nil }
        if given.isEmpty {
            reader.report(node, .authority(.noComplaintRoute))
        } else if let postal, postal.isEmpty, let postalNode = fields["postal"] {
            reader.report(postalNode, .emptyText(field: "complaint.postal"))
        }
        guard let languages, (fields["form"] == nil) == (form == nil), (fields["email"] == nil) == (email == nil),
              (fields["postal"] == nil) == (postal == nil), !given.isEmpty
        else { return nil }
        return Authority.Complaint(form: form, email: email, postal: postal ?? [], languages: languages)
    }

    public static func readEmail(_ node: Node, field: String, reader: inout YAMLReader) -> String? {
        guard let text = reader.string(node, field: field) else { return nil }
        guard PlaceCodes.isEmail(text) else {
            reader.report(node, .authority(.badEmail(field: field, value: SafeText.line(String(text.prefix(80))))))
            return nil
        }
        return text
    }

    static func readLanguages(_ node: Node, reader: inout YAMLReader) -> [String]? {
        guard let items = reader.list(node, field: "complaint.languages") else { return nil }
        if items.isEmpty {
            reader.report(node, .authority(.noLanguages))
            return nil
        }
        var codes: [String] = []
        for item in items {
            guard let code = reader.string(item, field: "complaint.languages") else { continue }
            if PlaceCodes.languages.contains(code) {
                codes.append(code)
            } else {
                reader.report(item, .authority(.badLanguageCode(field: "complaint.languages", value: SafeText.line(String(code.prefix(20))))))
            }
        }
        return codes.count == items.count ? codes : nil
    }
}
