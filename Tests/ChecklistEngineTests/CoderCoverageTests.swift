import Foundation
import Testing
@testable import ChecklistEngine

/// Every stored property of `Platform`, `Step`, `Account`, `Tick` and `HistoryEntry` goes
/// through every coder: a fully populated value is written and read back by each, and each
/// property (found with `Mirror`, so a new one is checked with no change here) must be set
/// before and still set after. A property a coder forgets fails here, by name.
@Suite struct CoderCoverageTests {
    /// A platform with every field set, somewhere in its tree for the steps' fields (one step
    /// cannot hold them all: a milestone goes on a leaf, `any_of` on a parent).
    static let fullYAML = """
        id: full
        name: {en: Full example, fr: Exemple complet}
        vendor: Example
        group: example
        kind: no-training
        jurisdictions: [EU]
        legal_basis: {en: GDPR Article 21, fr: RGPD article 21}
        deadline: 2025-05-27
        effect: retroactive
        confidence: reported
        last_verified: 2025-05-01
        recheck_days: 30
        sources:
          - {label: Example help, url: "https://example.com/help"}
        summary: {en: Object., fr: Opposez-vous.}
        statement:
          quote: We do not train on your content
          source: {label: Example blog, url: "https://example.com/blog"}
          said: 2025-03-01
          confidence: verified
        contact:
          controller: Example Ltd
          email: privacy@example.com
          form: https://example.com/privacy-form
          postal: [1 Main Street, Dublin 2, Ireland]
          country: IE
          authority: ie-dpc
          published: true
          note: {en: Replies in a month., fr: Répond en un mois.}
          last_verified: 2026-12-01
          confidence: reported
          sources:
            - {label: Example privacy policy, url: "https://example.com/privacy"}
        steps:
          - id: route
            title: {en: Route, fr: Voie}
            detail: {en: Either way., fr: L'une ou l'autre.}
            url: https://example.com/form
            any_of: true
            confidence: unconfirmed
            last_verified: 2025-04-01
            steps:
              - id: app
                title: {en: App, fr: Application}
                milestone: submitted
                fields:
                  - {en: Email, fr: E-mail}
          - id: keep
            title: {en: Keep proof, fr: Gardez une preuve}
            optional: true

        """

    static let created = Fixtures.time("2025-06-01T09:00:00Z")
    static let later = Fixtures.time("2025-06-02T09:00:00Z")

    static func fullPlatform() throws -> Platform {
        var platform = try Fixtures.platform(fullYAML)
        platform.origin = "/catalog/full.yaml"
        return platform
    }

    static func fullProgress() -> UserProgress {
        let tick = Tick(at: later, catalogRevision: "catalog-rev", stepRevision: "step-rev")
        let letter = Letter(kind: .objection, sentOn: day("2025-06-01"), extendedOn: day("2025-06-20"), answeredOn: day("2025-08-01"),
                            note: "refused")
        let account = Account(
            id: "full", platform: "full", label: "@me", created: created, coveredBy: "other",
            ticks: ["app": tick], notes: ["app": "sent"], reviewed: later, holder: "Marie Dupont", identifier: "me@example.com",
            letters: [letter, Letter(kind: .reminder, sentOn: day("2025-07-10"))],
            evidence: ["app": [fullEvidence, Evidence(sha256: String(repeating: "b", count: 64), name: "shot.png", size: 9, mediaType: .png, added: later)]])
        let entry = HistoryEntry(at: later, action: .letterAnswered, account: "full", platform: "full", step: "app", detail: "sent",
                                 letter: .objection, day: day("2025-08-01"), evidence: String(repeating: "a", count: 64))
        return UserProgress(accounts: [account], history: [entry])
    }

    /// An email kept as evidence, every field and header set (a quote and a line break in
    /// the subject, to go through the writers' escapes).
    static let fullEvidence = Evidence(
        sha256: String(repeating: "a", count: 64), name: "confirmation.eml", size: 26_214_400, mediaType: .email, added: later,
        email: EmailSummary(from: "Meta <noreply@meta.com>", to: "marie@example.com", subject: "Your \"objection\" é", date: created))

    static func day(_ text: String) -> CalendarDay {
        CalendarDay(text) ?? CalendarDay(created, timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
    }

    @Test func theLoaderFillsEveryPropertyAndTheCacheKeepsIt() throws {
        let platform = try Self.fullPlatform()
        expectFilled(platform, except: [], "loaded platform")
        expectFilled(try #require(platform.contact), except: [], "loaded contact")
        expectFilled(try #require(platform.statement), except: [], "loaded statement")
        expectEverySet(platform.allSteps, "loaded step")

        let cached = try PlatformCoding.decode(ArraySlice(PlatformCoding.encode(platform)))
        // The cache leaves out where the file is: it is found again at load.
        expectFilled(cached, except: ["origin"], "platform from the cache")
        expectFilled(try #require(cached.contact), except: [], "contact from the cache")
        expectFilled(try #require(cached.statement), except: [], "statement from the cache")
        expectEverySet(cached.allSteps, "step from the cache")
        var withOrigin = cached
        withOrigin.origin = platform.origin
        #expect(withOrigin == platform)
    }

    @Test func catalogJSONHasEveryProperty() throws {
        let platform = try Self.fullPlatform()
        let data = try Platform.jsonEncoder.encode(platform)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for name in StoredProperties.names(of: platform) where name != "origin" {
            #expect(object[Self.snakeCase(name)] != nil, "catalog JSON lacks '\(name)'")
        }
        let contact = try #require(object["contact"] as? [String: Any])
        for name in StoredProperties.names(of: try #require(platform.contact)) {
            #expect(contact[Self.snakeCase(name)] != nil, "catalog JSON of a contact lacks '\(name)'")
        }
        let step = try #require((object["steps"] as? [[String: Any]])?.first)
        for name in StoredProperties.names(of: platform.steps[0]) {
            #expect(step[Self.snakeCase(name)] != nil, "catalog JSON of a step lacks '\(name)'")
        }
    }

    @Test(arguments: [false, true])
    func theProgressCodersCarryEveryProperty(foundation: Bool) throws {
        let progress = Self.fullProgress()
        expectFilled(progress.accounts[0], except: [], "account")
        expectFilled(try #require(progress.accounts[0].ticks["app"]), except: [], "tick")
        expectFilled(progress.history[0], except: [], "history entry")
        expectFilled(progress.accounts[0].letters[0], except: [], "letter")
        expectFilled(Self.fullEvidence, except: [], "evidence")
        expectFilled(try #require(Self.fullEvidence.email), except: [], "email summary")

        let data = foundation ? try ProgressCoding.encoder.encode(progress) : ProgressJSONWriter.encode(progress, newline: true)
        let read = foundation
            ? try ProgressCoding.decoder.decode(UserProgress.self, from: data)
            : try #require(ProgressJSONReader.decode(data), "the hand-written reader refused what the writer wrote")
        let account = try #require(read.accounts.first)
        expectFilled(account, except: [], "account read back")
        expectFilled(try #require(account.ticks["app"]), except: [], "tick read back")
        expectFilled(try #require(read.history.first), except: [], "history entry read back")
        expectFilled(try #require(account.letters.first), except: [], "letter read back")
        let evidence = try #require(account.evidence["app"]?.first)
        expectFilled(evidence, except: [], "evidence read back")
        expectFilled(try #require(evidence.email), except: [], "email summary read back")
        #expect(read == progress)
        // Both writers give the same bytes, so either reader takes what the other wrote.
        #expect(ProgressJSONWriter.encode(progress, newline: false) == (try ProgressCoding.encoder.encode(progress)))
    }

    @Test func theStatusDocumentCarriesEveryFact() throws {
        let platform = try Self.fullPlatform()
        // A no-training platform and a covered account have no review reasons: a second
        // account, not covered, on an objection platform, has them.
        var objection = platform
        objection.id = "full-objection"
        objection.kind = .objection
        objection.statement = nil
        let catalog = Catalog(platforms: [platform, objection])
        var progress = Self.fullProgress()
        var uncovered = progress.accounts[0]
        uncovered.id = "full-2"
        uncovered.platform = objection.id
        uncovered.coveredBy = nil
        // An objection unanswered: the next letter is due (`nextAction`).
        uncovered.letters = [Letter(kind: .objection, sentOn: Self.day("2025-06-01"))]
        progress.accounts.append(uncovered)
        // Long past `recheck_days`, so the account has a reason to be reviewed.
        let now = Fixtures.days(400, after: Self.later)
        let document = StatusDocument(
            progress: progress, evaluations: StatusEvaluator(catalog: catalog, now: now).evaluate(progress),
            catalogRevision: catalog.revision, language: .en, generatedAt: now, redact: false,
            timeZone: TimeZone(identifier: "UTC") ?? .current)
        let read = try ProgressCoding.decoder.decode(StatusDocument.self, from: document.json())
        #expect(read == document)

        expectEverySet(read.platforms, "platform facts read back")
        let facts = try #require(read.platforms.first)
        expectFilled(try #require(facts.contact), except: [], "contact read back")
        expectFilled(try #require(read.platforms.compactMap(\.statement).first), except: [], "statement read back")
        // Every fact of the platform is in the report, but the steps (given per account) and
        // where the file is.
        let factNames = Set(StoredProperties.names(of: facts))
        for name in StoredProperties.names(of: platform) where !["steps", "origin"].contains(name) {
            #expect(factNames.contains(name), "the report's platform facts lack '\(name)'")
        }
        expectEverySet(read.accounts, "account entry read back")
        let account = try #require(read.accounts.first)
        let entryNames = Set(StoredProperties.names(of: account))
        // Ticks, notes and evidence are given per step.
        for name in StoredProperties.names(of: progress.accounts[0]) where !["ticks", "notes", "evidence"].contains(name) {
            #expect(entryNames.contains(name), "the status document's account lacks '\(name)'")
        }
        expectEverySet(account.steps.flatMap { [$0] + $0.steps }, "step entry read back")
        expectFilled(try #require(account.history.first), except: [], "history item read back")
        // The letter as the document gives it: every day, `late`, the note; and what to send next.
        expectEverySet(account.letters, "letter entry read back")
        let letterNames = Set(StoredProperties.names(of: try #require(account.letters.first)))
        for name in ["kind", "sentAt", "dueAt", "extendedAt", "extendedDueAt", "answeredAt", "late", "note"] {
            #expect(letterNames.contains(name), "the status document's letter lacks '\(name)'")
        }
        #expect(read.accounts.contains { $0.nextAction != nil })
    }

    @Test func theBlankCheckSeesAMissingProperty() {
        // The check itself can fail: a value with a field left empty is caught, by name.
        let account = Account(id: "a", platform: "p", created: Self.created)
        #expect(Set(StoredProperties.blank(in: account)) == [
            "label", "coveredBy", "ticks", "notes", "reviewed", "holder", "identifier", "letters", "evidence",
        ])
    }

    // MARK: Checks

    /// `lastVerified` as `last_verified`, as the catalog's JSON spells it.
    static func snakeCase(_ name: String) -> String {
        name.reduce(into: "") { out, character in
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
    }

    private func expectFilled(_ value: Any, except: Set<String>, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for name in StoredProperties.blank(in: value) where !except.contains(name) {
            Issue.record("\(what): '\(name)' is not set", sourceLocation: sourceLocation)
        }
    }

    /// Each stored property is set on at least one of `values`.
    private func expectEverySet<Value>(_ values: [Value], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let first = values.first else {
            Issue.record("\(what): none", sourceLocation: sourceLocation)
            return
        }
        let blankEverywhere = values.map { Set(StoredProperties.blank(in: $0)) }.reduce(Set(StoredProperties.names(of: first))) { $0.intersection($1) }
        for name in blankEverywhere.sorted() {
            Issue.record("\(what): '\(name)' is set on none", sourceLocation: sourceLocation)
        }
    }
}

/// A value's stored properties, by `Mirror`.
enum StoredProperties {
    static func names(of value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap(\.label)
    }

    /// The stored properties holding nothing: nil, an empty collection or text, false, zero.
    static func blank(in value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap { child in
            guard let label = child.label, isBlank(child.value) else { return nil }
            return label
        }
    }

    static func isBlank(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.isEmpty
        case .collection, .dictionary, .set: return mirror.children.isEmpty
        default: break
        }
        switch value {
        case let text as String: return text.isEmpty
        case let flag as Bool: return !flag
        case let number as Int: return number == 0
        default: return false
        }
    }
}
