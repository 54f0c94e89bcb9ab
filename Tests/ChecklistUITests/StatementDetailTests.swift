import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// The detail pane of a platform that says it does not train gives its words and their
/// source, and the privacy contact, in the user's language.
@Suite struct StatementDetailTests {
    static let yaml = """
        id: quiet
        name: {en: Quiet notes, fr: Notes tranquilles}
        vendor: Quiet Inc
        kind: no-training
        jurisdictions: [EU]
        effect: unknown
        confidence: reported
        last_verified: 2025-05-01
        recheck_days: 180
        sources: [{label: Blog, url: "https://quiet.example/blog"}]
        summary: {en: Says it does not train., fr: Dit ne pas entraîner.}
        statement:
          quote: We never train AI on your notes
          source: {label: Quiet FAQ, url: "https://quiet.example/faq"}
          confidence: reported
        contact:
          controller: Quiet Notes Ltd
          email: privacy@quiet.example
          country: IE
          published: true
          last_verified: 2025-05-01
          confidence: verified
          sources: [{label: Quiet privacy policy, url: "https://quiet.example/privacy"}]
        steps: []

        """

    @Test(arguments: Language.allCases)
    func theDetailPaneQuotesTheStatementAndGivesTheContact(_ language: Language) throws {
        let platform = try #require(CatalogLoader.load(text: Self.yaml, file: "quiet.yaml").platform)
        let catalog = Catalog(platforms: [platform])
        var progress = UserProgress()
        let now = Date(timeIntervalSince1970: 1_750_000_000)
        try progress.apply(.addAccount(platform: "quiet", label: nil), catalog: catalog, at: now)
        let state = AppState(catalog: catalog, progress: progress, now: now, language: language, unicode: true,
                             width: 100, height: 30, timeZone: TimeZone(identifier: "UTC") ?? .current, readOnlyReason: nil)
        let evaluation = try #require(state.evaluations.first)
        #expect(evaluation.status == .notTrained)
        let text = DetailContent.lines(nil, evaluation, platform, state).map(\.text).joined(separator: "\n")
        #expect(text.contains("We never train AI on your notes"))
        #expect(text.contains("https://quiet.example/faq"))
        #expect(text.contains("Quiet Notes Ltd") && text.contains("privacy@quiet.example"))
        #expect(text.contains(language == .fr ? "Notes tranquilles" : "Quiet notes"))
        #expect(text.contains(FactText.statementLabel(language)))
    }
}
