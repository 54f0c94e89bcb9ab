import Yams

/// Reading the parts of a platform file added in December 2026: a name in several languages,
/// the privacy contact and the statement of a platform that says it does not train.
extension CatalogLoader {
    static let contactFields = [
        "controller", "email", "form", "postal", "country", "authority", "published", "note", "last_verified",
        "confidence", "sources",
    ]
    static let statementFields = ["quote", "source", "said", "confidence"]

    /// A brand as a plain string, or a phrase as a map of languages.
    static func readName(_ node: Node, reader: inout YAMLReader) -> PlatformName? {
        if case .mapping = node { return reader.localized(node, field: "name").map(PlatformName.phrase) }
        return reader.string(node, field: "name").map(PlatformName.brand)
    }

    static func readContact(_ node: Node, reader: inout YAMLReader) -> Contact? {
        guard let fields = reader.mapping(node, field: "contact", known: contactFields) else { return nil }
        let controller = reader.require(fields, "controller").flatMap { reader.string($0, field: "contact.controller") }
        let email = fields["email"].flatMap { reader.email($0, field: "contact.email") }
        let form = fields["form"].flatMap { reader.https($0, field: "contact.form") }
        let postal = fields["postal"].flatMap { readStrings($0, field: "contact.postal", reader: &reader) }
        let country = reader.require(fields, "country").flatMap { reader.country($0, field: "contact.country") }
        let authority = fields["authority"].flatMap { reader.authorityID($0, field: "contact.authority") }
        let published = reader.require(fields, "published").flatMap { reader.bool($0, field: "contact.published") }
        let note = fields["note"].flatMap { reader.localized($0, field: "contact.note", multiline: true) }
        let lastVerified = reader.require(fields, "last_verified").flatMap { reader.date($0, field: "contact.last_verified") }
        let confidence = reader.require(fields, "confidence").flatMap {
            reader.oneOf($0, field: "contact.confidence", as: Confidence.self)
        }
        let sources = reader.require(fields, "sources").flatMap { readSources($0, reader: &reader) }
        if let sources, sources.isEmpty, let node = fields["sources"] {
            reader.report(node, .missingField(field: "contact.sources[0]"))
        }
        if published == true, fields["email"] == nil, fields["form"] == nil, postal?.isEmpty ?? true,
           let node = fields["published"] {
            reader.report(node, .contactWithoutRoute)
        }
        if published == false, fields["note"] == nil, let node = fields["published"] {
            reader.report(node, .unpublishedContactWithoutNote)
        }
        guard let controller, let country, let published, let lastVerified, let confidence, let sources else { return nil }
        return Contact(
            controller: controller, email: email, form: form, postal: postal ?? [], country: country, authority: authority,
            published: published, note: note, lastVerified: lastVerified, confidence: confidence, sources: sources)
    }

    static func readStatement(_ node: Node, reader: inout YAMLReader) -> Statement? {
        guard let fields = reader.mapping(node, field: "statement", known: statementFields) else { return nil }
        let quote = reader.require(fields, "quote").flatMap { reader.string($0, field: "statement.quote", multiline: true) }
        let source = reader.require(fields, "source").flatMap { readSource($0, field: "statement.source", reader: &reader) }
        let said = fields["said"].flatMap { reader.date($0, field: "statement.said") }
        let confidence = reader.require(fields, "confidence").flatMap {
            reader.oneOf($0, field: "statement.confidence", as: Confidence.self)
        }
        guard let quote, let source, let confidence else { return nil }
        return Statement(quote: quote, source: source, said: said, confidence: confidence)
    }

    /// The rules between kind, statement and re-check period.
    static func checkKind(_ kind: PlatformKind?, _ fields: YAMLReader.Fields, reader: inout YAMLReader) {
        guard let kind else { return }
        if kind == .noTraining {
            if fields["statement"] == nil { reader.report(fields.node, .missingField(field: "statement")) }
            if fields["recheck_days"] == nil { reader.report(fields.node, .missingField(field: "recheck_days")) }
        } else if let node = fields.keys["statement"] {
            reader.report(node, .statementWithoutNoTraining(kind: kind.rawValue))
        }
    }
}

extension YAMLReader {
    /// A text `isValid` accepts; else `problem` is reported with what was found.
    mutating func text(_ node: Node, field: String, isValid: (String) -> Bool,
                       problem: (_ field: String, _ value: String) -> CatalogIssue.Problem) -> String? {
        guard let text = string(node, field: field) else { return nil }
        guard isValid(text) else {
            report(node, problem(field, SafeText.line(text)))
            return nil
        }
        return text
    }

    /// An email address: one `@`, something before it, a domain with a dot after it, no space.
    mutating func email(_ node: Node, field: String) -> String? {
        text(node, field: field, isValid: Self.isEmail, problem: CatalogIssue.Problem.badEmail)
    }

    static func isEmail(_ text: String) -> Bool { EmailAddress.isValid(text) }

    /// An ISO 3166-1 alpha-2 code, in capitals (`IE`).
    mutating func country(_ node: Node, field: String) -> String? {
        text(node, field: field, isValid: CountryCodes.all.contains, problem: CatalogIssue.Problem.badCountry)
    }

    /// A supervisory authority's id, as `Authorities/` names its files: `ie-dpc`, `de-by-baylda`.
    mutating func authorityID(_ node: Node, field: String) -> String? {
        text(node, field: field, isValid: Self.isAuthorityID, problem: CatalogIssue.Problem.badAuthorityID)
    }

    /// `^[a-z]{2}(-[a-z]{2})?-[a-z0-9]+$`.
    static func isAuthorityID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        func letters(_ part: Substring) -> Bool { part.count == 2 && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) } }
        func name(_ part: Substring) -> Bool {
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
        switch parts.count {
        case 2: return letters(parts[0]) && name(parts[1])
        case 3: return letters(parts[0]) && letters(parts[1]) && name(parts[2])
        default: return false
        }
    }
}
