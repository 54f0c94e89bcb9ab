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

/// A platform with no step: its summary stands where the tree would, and never runs into
/// the detail pane on a small screen (it once drew both on the same rows at 80x24).
@Suite struct NoStepsLayoutTests {
    static let summary = "This long summary says why there is nothing to tick here, in several words, "
        + "so that it wraps over many rows of a small screen and would reach the detail pane."

    @Test(arguments: [(80, 24), (40, 12), (60, 20), (100, 30), (120, 40)])
    func theSummaryAndThePaneDoNotShareARow(_ size: (Int, Int)) throws {
        let yaml = StatementDetailTests.yaml.replacingOccurrences(of: "summary: {en: Says it does not train., fr: Dit ne pas entraîner.}",
                                                                  with: "summary: {en: \"\(Self.summary)\", fr: \"\(Self.summary)\"}")
        let platform = try #require(CatalogLoader.load(text: yaml, file: "quiet.yaml").platform)
        let catalog = Catalog(platforms: [platform])
        var progress = UserProgress()
        let now = Date(timeIntervalSince1970: 1_750_000_000)
        try progress.apply(.addAccount(platform: "quiet", label: nil), catalog: catalog, at: now)
        var state = AppState(catalog: catalog, progress: progress, now: now, language: .en, unicode: true,
                             width: size.0, height: size.1, timeZone: TimeZone(identifier: "UTC") ?? .current, readOnlyReason: nil)
        state.openChecklist("quiet")
        let lines = Renderer.render(state).lines
        // The pane's heading row holds the heading alone: nothing of the summary beside it.
        let heading = "Quiet notes " + Glyphs(unicode: true).separator + " Quiet Inc"
        let headingRows = lines.filter { $0.contains(heading) }
        #expect(!headingRows.isEmpty, "the pane is on screen at \(size)")
        for row in headingRows {
            // Beside the tree (wide screens) the pane starts after the vertical rule.
            let pane = row.components(separatedBy: Glyphs(unicode: true).vertical).last ?? row
            #expect(pane.trimmingCharacters(in: .whitespaces) == heading, "at \(size): '\(row)'")
        }
        #expect(lines.contains { $0.contains("This long summary") }, "the summary is on screen at \(size)")
    }
}
