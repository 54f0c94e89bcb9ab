import ChecklistEngine
import Foundation
import Testing

/// A platform that says it does not train, and a privacy contact: every format gives the
/// quote with its source and the contact, and tells "says it does not train" from "trains,
/// offers no switch". The contact is public: a redacted report keeps it.
@Suite("Statement and contact in reports")
struct StatementReportTests {
    static let quiet = Platform(
        id: "quiet", name: .phrase(LocalizedText(en: "Quiet notes", fr: "Notes tranquilles")), vendor: "Quiet Inc.",
        kind: .noTraining, effect: .unknown, confidence: .reported, lastVerified: Fixtures.day("2025-04-01"), recheckDays: 180,
        sources: [Source(label: "Quiet blog", url: "https://quiet.example/blog")],
        summary: LocalizedText(en: "Says it does not train.", fr: "Dit ne pas entraîner."), steps: [],
        statement: Statement(quote: "We never train AI on your notes", source: Source(label: "Quiet FAQ", url: "https://quiet.example/faq"),
                             said: Fixtures.day("2025-03-01"), confidence: .reported),
        contact: Contact(controller: "Quiet Notes Ltd", email: "privacy@quiet.example", postal: ["1 Quiet Street", "Dublin 2"],
                         country: "IE", authority: "ie-dpc", lastVerified: Fixtures.day("2025-04-01"), confidence: .verified,
                         sources: [Source(label: "Quiet privacy policy", url: "https://quiet.example/privacy")]))

    /// Trains, offers no switch, and publishes no privacy contact: nothing to do.
    static var bare: Platform {
        var platform = Fixtures.exampleChat
        platform.contact = nil
        return platform
    }

    static func report(_ format: ReportFormat, language: Language, redact: Bool = false) throws -> String {
        let catalog = Catalog(platforms: [quiet, bare])
        var progress = UserProgress()
        try progress.apply(.addAccount(platform: "quiet", label: "@me"), catalog: catalog, at: Fixtures.time("2025-05-20T08:00:00Z"))
        try progress.apply(.addAccount(platform: "examplechat", label: nil), catalog: catalog, at: Fixtures.time("2025-05-20T08:01:00Z"))
        let report = Report(progress: progress, catalog: catalog, now: Fixtures.now, language: language, redact: redact,
                            timeZone: Fixtures.timeZone)
        return String(decoding: try ReportWriter.render(report, format: format), as: UTF8.self)
    }

    @Test(arguments: [ReportFormat.markdown, .html, .csv, .json])
    func everyFormatQuotesTheStatementAndGivesTheContact(_ format: ReportFormat) throws {
        for language in Language.allCases {
            let text = try Self.report(format, language: language, redact: true)
            #expect(text.contains("We never train AI on your notes"), "\(format) \(language): the quote")
            #expect(text.contains("https://quiet.example/faq"), "\(format) \(language): the statement's source")
            #expect(text.contains("Quiet Notes Ltd") && text.contains("privacy@quiet.example"), "\(format) \(language): the contact")
            #expect(text.contains(language == .fr ? "Notes tranquilles" : "Quiet notes"), "\(format) \(language): the name")
        }
    }

    @Test(arguments: [ReportFormat.markdown, .html])
    func noTrainingIsToldApartFromNone(_ format: ReportFormat) throws {
        let en = try Self.report(format, language: .en)
        #expect(en.contains("says it does not train") && en.contains("trains, offers no switch"))
        let fr = try Self.report(format, language: .fr)
        #expect(fr.contains("dit ne pas entraîner") && fr.contains("entraîne, sans moyen de refuser"))
    }

    /// The CSV has no kind column: its status column tells them apart.
    @Test func theCSVStatusTellsThemApart() throws {
        let records = try CSVParser.parse(try Self.report(.csv, language: .en))
        #expect(records.first { $0[0] == "quiet" }?[3] == "says it does not train")
        #expect(records.first { $0[0] == "examplechat" }?[3] == "no opt-out")
        let fr = try CSVParser.parse(try Self.report(.csv, language: .fr))
        #expect(fr.first { $0[0] == "quiet" }?[3] == "dit ne pas entraîner")
    }

    @Test func theStatusIsNotTrainedNotOptedOut() throws {
        let json = try Self.report(.json, language: .en)
        #expect(json.contains("\"status\" : \"not-trained\""))
        #expect(json.contains("\"not-trained\" : 1"))
        #expect(json.contains("\"kind\" : \"no-training\""))
        // Nothing to do on either platform: no account is counted as left to opt out.
        #expect(try Self.report(.markdown, language: .en).contains("0 of 0 accounts opted out or covered"))
    }
}
