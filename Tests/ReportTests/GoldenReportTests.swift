import ChecklistEngine
import Foundation
import Testing

@Suite("Golden reports")
struct GoldenReportTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var format: ReportFormat
        var language: Language
        var redact: Bool

        var fileName: String {
            "report-\(language.rawValue)\(redact ? "-redacted" : "").\(format.fileExtension)"
        }

        var testDescription: String { fileName }
    }

    /// Every format in English, French and German (whose catalog texts fall back to English,
    /// marked), and every format redacted (in French, so both
    /// languages' redaction is seen).
    static let cases: [Case] = ReportFormat.allCases.flatMap { format in
        [Language.en, .fr, .de].map { Case(format: format, language: $0, redact: false) } + [Case(format: format, language: .fr, redact: true)]
    }

    @Test("A report is the same bytes as its golden file", arguments: cases)
    func matchesGolden(_ testCase: Case) throws {
        let data = try ReportWriter.render(
            format: testCase.format, progress: try Fixtures.progress(), catalog: Fixtures.catalog, now: Fixtures.now,
            language: testCase.language, redact: testCase.redact, timeZone: Fixtures.timeZone)
        try Golden.check(data, named: testCase.fileName)
    }

    @Test("Every golden file belongs to a test, so none goes stale")
    func noStrayGoldenFiles() throws {
        guard !Golden.updating else { return }
        let folder = try #require(Golden.bundledFolder)
        // `letters/` holds the golden letters, which LetterGoldenTests checks.
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") && $0 != "letters" })
        #expect(names == Set(Self.cases.map(\.fileName)))
    }

    @Test("Rendering twice gives the same bytes")
    func deterministic() throws {
        for format in ReportFormat.allCases {
            let render = {
                try ReportWriter.render(format: format, progress: try Fixtures.progress(), catalog: Fixtures.catalog,
                                        now: Fixtures.now, language: .fr, timeZone: Fixtures.timeZone)
            }
            #expect(try render() == render(), "\(format)")
        }
    }
}
