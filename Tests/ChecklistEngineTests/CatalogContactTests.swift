import Foundation
import Testing
@testable import ChecklistEngine

/// The December 2026 additions to the catalog format: a name in several languages, the
/// privacy contact, kind `no-training` with its statement, a step's own `last_verified`.
/// Every problem is one sentence at FILE:LINE:COLUMN.
@Suite struct CatalogContactTests {
    /// A valid platform with a contact; line numbers are in the comments.
    static let base = """
        id: example
        name: Example
        vendor: Example Inc
        kind: objection
        jurisdictions: [EU]
        effect: prospective
        confidence: verified
        last_verified: 2025-05-01
        sources: [{label: Help, url: "https://example.com/help"}]
        summary: {en: Object., fr: Opposez-vous.}
        steps:
          - id: first
            title: {en: First, fr: Premier}
        contact:
          controller: Example Ltd
          email: privacy@example.com
          country: IE
          authority: ie-dpc
          published: true
          last_verified: 2026-12-02
          confidence: verified
          sources:
            - {label: Example privacy policy, url: "https://example.com/privacy"}

        """
    // 14 contact:  15 controller  16 email  17 country  18 authority  19 published
    // 20 last_verified  21 confidence  22 sources  23 - {label...}

    static func edit(_ number: Int, _ lines: String...) -> String { CatalogValidationTests.edit(base, number, lines) }

    static func load(_ yaml: String) -> CatalogLoader.FileResult { CatalogValidationTests.load(yaml) }

    /// Refused, with `problem` at LINE:COLUMN, every problem one line (as `CatalogValidationTests`).
    func expectIssue(_ yaml: String, _ line: Int, _ column: Int, _ problem: CatalogIssue.Problem,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        CatalogValidationTests().expectIssue(yaml, line, column, problem, sourceLocation: sourceLocation)
    }

    @Test func theBaseFileLoadsWithItsContact() throws {
        let result = Self.load(Self.base)
        #expect(result.issues.isEmpty, "\(result.issues.map { $0.formatted(in: .en) })")
        let contact = try #require(result.platform?.contact)
        #expect(contact.controller == "Example Ltd" && contact.email == "privacy@example.com" && contact.country == "IE")
        #expect(contact.authority == "ie-dpc" && contact.published && contact.sources.count == 1)
    }

    @Test func aContactIsOptionalForAUserCatalog() throws {
        let lines = Self.base.components(separatedBy: "\n")
        let result = Self.load(lines[0..<13].joined(separator: "\n") + "\n")
        #expect(result.issues.isEmpty)
        #expect(try #require(result.platform).contact == nil)
    }

    @Test func anEmailMustBeAnEmail() {
        for bad in ["privacy", "privacy@", "@example.com", "privacy@example", "pri vacy@example.com", "a@b@example.com",
                    "privacy@example.c", "mailto:privacy@example.com"] {
            expectIssue(Self.edit(16, "  email: \"\(bad)\""), 16, 10, .badEmail(field: "contact.email", value: bad))
        }
        for good in ["privacy@example.com", "dpo.office+eu@mail.example.ie", "x@sub-domain.example.co.uk"] {
            #expect(YAMLReader.isEmail(good), "\(good)")
        }
    }

    @Test func aFormMustBeHTTPS() {
        expectIssue(Self.edit(16, "  form: http://example.com/form"), 16, 9,
                    .notHTTPS(field: "contact.form", value: "http://example.com/form"))
    }

    @Test func aCountryIsAnISOCodeFromTheRealList() {
        expectIssue(Self.edit(17, "  country: XX"), 17, 12, .badCountry(field: "contact.country", value: "XX"))
        expectIssue(Self.edit(17, "  country: ie"), 17, 12, .badCountry(field: "contact.country", value: "ie"))
        expectIssue(Self.edit(17, "  country: IRL"), 17, 12, .badCountry(field: "contact.country", value: "IRL"))
        // UK is not the ISO code for the United Kingdom (GB is).
        expectIssue(Self.edit(17, "  country: UK"), 17, 12, .badCountry(field: "contact.country", value: "UK"))
        #expect(Self.load(Self.edit(17, "  country: GB")).issues.isEmpty)
        #expect(CountryCodes.all.count == 249)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/iso3166.tab")))
    func theCountryListIsTzdatas() throws {
        let text = try String(contentsOfFile: "/usr/share/zoneinfo/iso3166.tab", encoding: .utf8)
        let codes = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").first.map(String.init) }
        #expect(Set(codes) == CountryCodes.all)
    }

    @Test func anAuthorityIsAnIDOfTheAgreedFormat() {
        for good in ["ie-dpc", "fr-cnil", "de-by-baylda", "de-nw-ldi", "nl-ap", "de-bfdi"] {
            #expect(YAMLReader.isAuthorityID(good), "\(good)")
        }
        for bad in ["IE-DPC", "ie", "ie-", "irl-dpc", "de-bay-baylda", "ie_dpc", "ie-dpc-x-y", "ie-d.pc"] {
            expectIssue(Self.edit(18, "  authority: \"\(bad)\""), 18, 14, .badAuthorityID(field: "contact.authority", value: bad))
        }
    }

    @Test func aPublishedContactNeedsARouteAndAnUnpublishedOneANote() {
        expectIssue(Self.edit(16), 18, 14, .contactWithoutRoute)
        #expect(Self.load(Self.edit(16, "  postal: [1 Main Street, Dublin 2, Ireland]")).issues.isEmpty)
        expectIssue(Self.edit(19, "  published: false"), 19, 14, .unpublishedContactWithoutNote)
        #expect(Self.load(Self.edit(19, "  published: false", "  note: {en: None published., fr: Aucun publié.}")).issues.isEmpty)
        expectIssue(Self.edit(19, "  published: false", "  note: {en: None published.}"), 20, 9,
                    .missingLanguage(field: "contact.note", language: .fr))
    }

    @Test func aContactNeedsASourceAndItsRequiredFields() {
        expectIssue(Self.edit(22, "  sources: []").replacingOccurrences(of: "    - {label: Example privacy policy, url: \"https://example.com/privacy\"}\n", with: ""),
                    22, 12, .missingField(field: "contact.sources[0]"))
        expectIssue(Self.edit(15), 15, 3, .missingField(field: "controller"))
        expectIssue(Self.edit(15, "  controler: Example Ltd"), 15, 3, .unknownField(field: "controler", suggestion: "controller"))
        expectIssue(Self.edit(21, "  confidence: sure"), 21, 15,
                    .badValue(field: "contact.confidence", value: "sure", allowed: ["verified", "reported", "unconfirmed"]))
    }

    // MARK: Name

    @Test func aNameIsABrandOrAPhraseInEachLanguage() throws {
        let phrase = try #require(Self.load(Self.edit(2, "name: {en: Example shared, fr: Exemple partagé}")).platform)
        #expect(phrase.name(in: .en) == "Example shared" && phrase.name(in: .fr) == "Exemple partagé")
        let brand = try #require(Self.load(Self.base).platform)
        #expect(brand.name(in: .fr) == "Example")
        expectIssue(Self.edit(2, "name: {en: Example shared}"), 2, 7, .missingLanguage(field: "name", language: .fr))
        expectIssue(Self.edit(2, "name: [Example]"), 2, 7, .expectedText(field: "name"))
    }

    // MARK: No training

    static let noTraining = """
        id: quiet
        name: Quiet
        vendor: Quiet Inc
        kind: no-training
        jurisdictions: [EU]
        effect: unknown
        confidence: reported
        last_verified: 2025-05-01
        recheck_days: 180
        sources: [{label: Blog, url: "https://example.com/blog"}]
        summary: {en: Says it does not train., fr: Dit ne pas entraîner.}
        statement:
          quote: We do not use your content to train AI
          source: {label: Quiet blog, url: "https://example.com/blog"}
          said: 2025-03-01
          confidence: reported
        steps: []

        """

    static func editNoTraining(_ number: Int, _ lines: String...) -> String {
        CatalogValidationTests.edit(noTraining, number, lines)
    }

    @Test func noTrainingHasAStatementARecheckAndMayHaveNoSteps() throws {
        let result = Self.load(Self.noTraining)
        #expect(result.issues.isEmpty, "\(result.issues.map { $0.formatted(in: .en) })")
        let platform = try #require(result.platform)
        #expect(platform.kind == .noTraining && platform.steps.isEmpty)
        #expect(platform.statement?.quote == "We do not use your content to train AI")
        #expect(platform.statement?.said == CalendarDay("2025-03-01"))
    }

    @Test func noTrainingWithoutStatementOrRecheckIsRefused() {
        expectIssue(Self.editNoTraining(9), 1, 1, .missingField(field: "recheck_days"))
        let withoutStatement = Self.noTraining.components(separatedBy: "\n").enumerated()
            .filter { !(11...15).contains($0.offset) }.map(\.element).joined(separator: "\n")
        expectIssue(withoutStatement, 1, 1, .missingField(field: "statement"))
        expectIssue(Self.editNoTraining(14), 13, 3, .missingField(field: "source"))
        expectIssue(Self.editNoTraining(14, "  source: {label: Quiet blog, url: \"http://example.com/blog\"}"), 14, 36,
                    .notHTTPS(field: "url", value: "http://example.com/blog"))
    }

    @Test func aStatementGoesOnlyWithNoTraining() {
        expectIssue(Self.editNoTraining(4, "kind: none"), 12, 1, .statementWithoutNoTraining(kind: "none"))
    }

    // MARK: Steps and freshness

    @Test func aStepMayCarryItsOwnLastVerifiedAndTheListShowsTheOldest() throws {
        let yaml = Self.edit(13, "    title: {en: First, fr: Premier}", "    last_verified: 2024-01-15")
        let platform = try #require(Self.load(yaml).platform)
        #expect(platform.steps[0].lastVerified == CalendarDay("2024-01-15"))
        #expect(CatalogAge.oldestVerified(platform) == CalendarDay("2024-01-15"))
        let today = try #require(CalendarDay("2025-06-01"))
        #expect(CatalogAge.days(platform, today: today) == today.daysSinceEpoch - (CalendarDay("2024-01-15")?.daysSinceEpoch ?? 0))
        #expect(CatalogAge.isDue(platform, today: today), "a step checked 503 days ago is past the default 365")
        expectIssue(Self.edit(13, "    title: {en: First, fr: Premier}", "    last_verified: last week"), 14, 20,
                    .badDate(field: "last_verified", value: "last week"))
    }

    @Test func theContactsDateCountsForFreshness() throws {
        let platform = try #require(Self.load(Self.edit(20, "  last_verified: 2023-02-01")).platform)
        #expect(CatalogAge.oldestVerified(platform) == CalendarDay("2023-02-01"))
    }

    // MARK: Confidence

    @Test func aVerifiedPlatformMayNotRelyOnAReportedStep() throws {
        let reported = try #require(Self.load(Self.edit(13, "    title: {en: First, fr: Premier}", "    confidence: reported")).platform)
        #expect(CatalogRules.stepsBelowClaim(reported).map(\.id) == ["first"])
        let optional = try #require(Self.load(Self.edit(13, "    title: {en: First, fr: Premier}", "    confidence: reported",
                                                        "    optional: true")).platform)
        #expect(CatalogRules.stepsBelowClaim(optional).isEmpty, "an optional step is not relied on")
        #expect(CatalogRules.stepsBelowClaim(try #require(Self.load(Self.base).platform)).isEmpty)
    }

    @Test func oneAlternativeThatMeetsTheClaimIsEnough() throws {
        func platform(_ first: String, _ second: String) throws -> Platform {
            try #require(Self.load(Self.edit(13, "    title: {en: First, fr: Premier}", "    any_of: true", "    steps:",
                                             "      - {id: app, title: {en: App, fr: Appli}, confidence: \(first)}",
                                             "      - {id: web, title: {en: Web, fr: Web}, confidence: \(second)}")).platform)
        }
        #expect(CatalogRules.stepsBelowClaim(try platform("verified", "reported")).isEmpty)
        #expect(CatalogRules.stepsBelowClaim(try platform("unconfirmed", "reported")).map(\.id) == ["app", "web"])
    }
}
