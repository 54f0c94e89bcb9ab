import ChecklistEngine
import Foundation
import Testing

@Suite("Redacted reports")
struct RedactionTests {
    static let arguments: [(ReportFormat, Language)] = ReportFormat.allCases.flatMap { format in Language.allCases.map { (format, $0) } }

    /// Words from the fixture's labels, notes and history details.
    static let personal = [
        "@marie.perso", "Les Amis", "Grand-mère", "Page de l", "do not consent", "Privacy folder", "Léa", "laptop",
        "Marie Dupont", "marie.dupont@example.org", "ref. 4471",
    ]

    @Test("Labels become numbered per platform; notes and history details are gone; the rest stays", arguments: arguments)
    func redacted(_ format: ReportFormat, _ language: Language) throws {
        let data = try ReportWriter.render(format: format, progress: try Fixtures.progress(), catalog: Fixtures.catalog, now: Fixtures.now,
                                           language: language, redact: true, timeZone: Fixtures.timeZone)
        let text = String(decoding: data, as: UTF8.self)
        for word in Self.personal {
            #expect(!text.contains(word), "\(word) is in the redacted \(format)")
        }
        for label in ["Instagram 1", "Instagram 2", "Facebook 1", "Facebook 2", "ExampleChat 1"] {
            #expect(text.contains(label), "\(label) is missing from the redacted \(format)")
        }
        // Ids, times and statuses stay: the report still proves what was done and when.
        #expect(text.contains("instagram-2") && text.contains("facebook-2"))
        let day = try #require(CalendarDay("2025-05-21"))
        #expect(text.contains("2025-05-21") || text.contains(SpokenDate.day(day, in: language)))
        #expect(text.contains(AccountStatus.optedOut.label(in: language)) || text.contains(AccountStatus.optedOut.rawValue))
    }

    @Test("The same words are present without --redact, so the test above means something")
    func notRedacted() throws {
        for format in ReportFormat.allCases {
            let data = try ReportWriter.render(format: format, progress: try Fixtures.progress(), catalog: Fixtures.catalog,
                                               now: Fixtures.now, language: .en, timeZone: Fixtures.timeZone)
            let text = String(decoding: data, as: UTF8.self)
            for word in Self.personal {
                #expect(text.contains(word), "\(word) should be in the plain \(format)")
            }
        }
    }

    @Test("Hostile labels are gone too once redacted")
    func hostile() throws {
        for format in ReportFormat.allCases {
            let data = try ReportWriter.render(format: format, progress: Fixtures.hostileProgress, catalog: Fixtures.hostileCatalog,
                                               now: Fixtures.now, language: .en, redact: true, timeZone: Fixtures.timeZone)
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("alert(1)") && !text.contains("SUM(A1") && !text.contains("HYPERLINK") && !text.contains("calc"))
        }
    }
}
