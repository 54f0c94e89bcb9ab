import ChecklistEngine
import Foundation
import Testing

/// In a language the catalog is not written in yet, the reports give the English text,
/// marked, so nobody takes it for a translation; their days are said in that language.
@Suite("Fallback texts in reports")
struct FallbackReportTests {
    func render(_ format: ReportFormat, _ language: Language) throws -> String {
        let data = try ReportWriter.render(format: format, progress: try Fixtures.progress(), catalog: Fixtures.catalog,
                                           now: Fixtures.now, language: language, timeZone: Fixtures.timeZone)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func germanMarkdownAndHTMLMarkEnglishCatalogTexts() throws {
        let markdown = try render(.markdown, .de)
        #expect(markdown.contains("| 2 | \\[EN\\] Send the objection form"), "Markdown escapes the brackets; it reads [EN]")
        #expect(markdown.contains("**Frist:** 27. Mai 2025"), "the words are German, the catalog's text marked")
        let html = try render(.html, .de)
        #expect(html.contains("[EN] Send the objection form"))
    }

    @Test(arguments: [Language.en, .fr])
    func translatedReportsAreNotMarked(_ language: Language) throws {
        for format in [ReportFormat.markdown, .html] {
            let text = try render(format, language)
            #expect(!text.contains("[EN]") && !text.contains("\\[EN\\]"), "\(format) \(language)")
        }
    }
}
