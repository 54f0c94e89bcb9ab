import ChecklistEngine
import Foundation
import Testing

@Suite("Golden letters")
struct LetterGoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var kind: Letter.Kind
        var language: Language
        var fileName: String { "letters/\(kind.rawValue)-\(language.rawValue).txt" }
        var testDescription: String { fileName }
    }

    static let cases = Letter.Kind.allCases.flatMap { kind in Language.allCases.map { Case(kind: kind, language: $0) } }

    @Test("A letter is the same bytes as its golden file", arguments: cases)
    func matchesGolden(_ testCase: Case) throws {
        let letter = LetterComposer.compose(LetterFixtures.facts(testCase.kind, testCase.language))
        #expect(letter.language == testCase.language)
        #expect(letter.missing.isEmpty)
        try Golden.check(Data(letter.text.utf8), named: testCase.fileName)
    }

    @Test("Every golden letter belongs to a test")
    func noStrayGoldenLetters() throws {
        guard !Golden.updating else { return }
        let folder = try #require(Golden.bundledFolder).appendingPathComponent("letters")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") })
        #expect(names == Set(Self.cases.map { String($0.fileName.dropFirst("letters/".count)) }))
    }

    @Test("Every placeholder is filled and every date is said in the letter's language", arguments: cases)
    func noPlaceholderLeft(_ testCase: Case) {
        let letter = LetterComposer.compose(LetterFixtures.facts(testCase.kind, testCase.language))
        #expect(!letter.text.contains("{") && !letter.text.contains("}"), "\(letter.text)")
        let written = SpokenDate.day(LetterFixtures.written(testCase.kind), in: testCase.language)
        #expect(letter.body.contains(written))
    }
}
