import Foundation
import Testing
@testable import ChecklistEngine

/// A small catalog written inline, so the engine tests never depend on the shipped platform
/// files. `instagram` uses every field the format has.
enum Fixtures {
    /// Every field of a platform and of a step; an `any_of` group, an optional step, both milestones.
    static let instagramYAML = """
        id: instagram
        name: Instagram
        vendor: Meta
        group: meta
        kind: objection
        jurisdictions: [EU, EEA, UK]
        legal_basis:
          en: GDPR Article 21 (right to object)
          fr: RGPD article 21 (droit d'opposition)
        deadline: 2025-05-27
        effect: prospective
        confidence: verified
        last_verified: 2025-05-01
        recheck_days: 180
        sources:
          - label: Meta privacy centre
            url: https://www.facebook.com/privacy/genai/
          - label: CNIL
            url: https://www.cnil.fr/fr/ia-meta
        summary:
          en: |
            Object to Meta using your Instagram posts
            to train its AI.
          fr: Opposez-vous à l'utilisation de vos publications Instagram pour entraîner l'IA de Meta.
        steps:
          - id: open-form
            title:
              en: Open the objection form
              fr: Ouvrez le formulaire d'opposition
            detail:
              en: Sign in first.
              fr: Connectez-vous d'abord.
            url: https://help.instagram.com/contact/767264225370182
          - id: object
            title: {en: Object, fr: Opposez-vous}
            any_of: true
            steps:
              - id: object-app
                title: {en: In the app, fr: Dans l'application}
              - id: object-web
                title: {en: On the web, fr: Sur le web}
                confidence: reported
          - id: send
            title: {en: Send the form, fr: Envoyez le formulaire}
            milestone: submitted
            fields:
              - {en: Your email address, fr: Votre adresse e-mail}
              - {en: Your country, fr: Votre pays}
          - id: keep-proof
            title: {en: Keep a screenshot, fr: Gardez une capture d'écran}
            optional: true
          - id: confirmation
            title: {en: Confirmation email received, fr: E-mail de confirmation reçu}
            milestone: confirmed
            optional: true

        """

    /// A plain parent with an optional child, and a required `confirmed` milestone; no `recheck_days`.
    static let facebookYAML = """
        id: facebook
        name: Facebook
        vendor: Meta
        group: meta
        kind: objection
        jurisdictions: [EU]
        effect: prospective
        confidence: verified
        last_verified: 2025-05-01
        sources:
          - {label: Meta help, url: "https://www.facebook.com/help/"}
        summary: {en: Object on Facebook., fr: Opposez-vous sur Facebook.}
        steps:
          - id: sign-in
            title: {en: Sign in, fr: Connectez-vous}
          - id: form
            title: {en: Fill in the form, fr: Remplissez le formulaire}
            steps:
              - id: fill-email
                title: {en: Email, fr: E-mail}
              - id: fill-reason
                title: {en: Reason, fr: Motif}
                optional: true
              - id: submit
                title: {en: Submit, fr: Envoyez}
                milestone: submitted
          - id: confirmed
            title: {en: Confirmed, fr: Confirmé}
            milestone: confirmed

        """

    /// A setting to switch off, re-checked every 90 days; no group.
    static let linkedinYAML = """
        id: linkedin
        name: LinkedIn
        vendor: Microsoft
        kind: setting
        jurisdictions: [worldwide]
        effect: prospective
        confidence: reported
        last_verified: 2025-01-10
        recheck_days: 90
        sources:
          - {label: LinkedIn help, url: "https://www.linkedin.com/help/"}
        summary: {en: Switch off data for generative AI., fr: Désactivez les données pour l'IA générative.}
        steps:
          - id: open-settings
            title: {en: Open the settings, fr: Ouvrez les réglages}
          - id: switch-off
            title: {en: Switch it off, fr: Désactivez}

        """

    /// A platform that offers no opt-out.
    static let nooptYAML = """
        id: noopt
        name: No Opt-Out
        vendor: Example
        group: meta
        kind: none
        jurisdictions: [EU]
        effect: unknown
        confidence: unconfirmed
        last_verified: 2025-03-01
        sources:
          - {label: News, url: "https://example.com/news"}
        summary: {en: There is no way to object., fr: Il n'y a aucun moyen de s'opposer.}

        """

    /// No switch, but a privacy contact: the letter is the way.
    static let forumYAML = """
        id: forum
        name: Forum
        vendor: Forum Ltd
        kind: none
        jurisdictions: [EU]
        effect: unknown
        confidence: reported
        last_verified: 2026-01-10
        sources:
          - {label: News, url: "https://example.com/forum-news"}
        summary: {en: Licenses posts for AI training., fr: Cède les publications pour entraîner des IA.}
        contact:
          controller: Forum Europe Ltd
          email: privacy@forum.example
          country: IE
          published: true
          last_verified: 2026-01-10
          confidence: reported
          sources:
            - {label: Forum privacy policy, url: "https://forum.example/privacy"}

        """

    /// The default catalog and `forum`.
    static func letterCatalog() throws -> Catalog {
        try catalog([instagramYAML, facebookYAML, linkedinYAML, nooptYAML, forumYAML])
    }

    static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(text) else { fatalError("bad fixture day \(text)") }
        return day
    }

    static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current

    static func platform(_ yaml: String, file: String = "fixture.yaml") throws -> Platform {
        let result = CatalogLoader.load(text: yaml, file: file)
        guard let platform = result.platform, result.issues.isEmpty else {
            throw FixtureError(message: result.issues.map { $0.formatted(in: .en) }.joined(separator: "\n"))
        }
        return platform
    }

    static func catalog(_ yamls: [String] = [instagramYAML, facebookYAML, linkedinYAML, nooptYAML]) throws -> Catalog {
        Catalog(platforms: try yamls.map { try platform($0) })
    }

    /// A platform with `count` leaf steps `s1`...`sN`, for concurrency tests.
    static func manyStepsYAML(id: String = "many", count: Int) -> String {
        var text = """
            id: \(id)
            name: Many
            vendor: Example
            kind: setting
            jurisdictions: [EU]
            effect: unknown
            confidence: verified
            last_verified: 2025-01-01
            sources: [{label: Example, url: "https://example.com/"}]
            summary: {en: Many steps., fr: Beaucoup d'étapes.}
            steps:

            """
        for n in 1...count { text += "  - {id: s\(n), title: {en: Step \(n), fr: Étape \(n)}}\n" }
        return text
    }

    /// An ISO 8601 time.
    static func time(_ text: String) -> Date {
        guard let date = Timestamp.date(text) else { fatalError("bad fixture time \(text)") }
        return date
    }

    static let t0 = time("2025-06-01T09:00:00Z")
    static let t1 = time("2025-06-01T10:00:00Z")
    static let t2 = time("2025-06-02T11:30:00Z")
    static let t3 = time("2025-06-03T12:00:00Z")

    static func days(_ n: Double, after date: Date) -> Date { date.addingTimeInterval(n * 86_400) }

    /// Progress built by applying changes, each at its own time.
    static func progress(_ changes: [(ProgressChange, Date)], catalog: Catalog) throws -> UserProgress {
        var progress = UserProgress()
        for (change, at) in changes { try progress.apply(change, catalog: catalog, at: at) }
        return progress
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A folder of its own under the system temporary folder (never the home directory),
/// removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init(_ name: String = "optout-tests") throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory())
        url = base.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

extension ProgressError {
    /// Runs `body` and returns the `ProgressError` it threw, or nil.
    static func caught<T>(_ body: () throws -> T) -> ProgressError? {
        do {
            _ = try body()
            return nil
        } catch let error as ProgressError {
            return error
        } catch {
            Issue.record("expected a ProgressError, got \(error)")
            return nil
        }
    }
}

/// The same random numbers on every run (SplitMix64), for the randomised tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
