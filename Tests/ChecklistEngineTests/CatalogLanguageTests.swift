import Foundation
import Testing
@testable import ChecklistEngine

/// Which languages a catalog file needs: English and French when shipped, English in a
/// user's own; the other languages are welcome and, when missing, warned about.
@Suite struct CatalogLanguageTests {
    static let onlyEnglish = """
        id: mine
        name: Mine
        vendor: Me
        kind: setting
        jurisdictions: [EU]
        effect: unknown
        confidence: reported
        last_verified: 2025-05-01
        sources:
          - label: Help
            url: https://example.com/help
        summary:
          en: Turn it off.
        steps:
          - id: off
            title: {en: Switch it off}

        """

    static let englishAndFrench = CatalogValidationTests.base

    func write(_ text: String, _ folder: TemporaryFolder) throws -> URL {
        let url = folder.file("example.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aUserCatalogNeedsOnlyEnglish() throws {
        let result = CatalogLoader.load(text: Self.onlyEnglish, file: "mine.yaml", origin: .user)
        #expect(result.issues.isEmpty, "\(result.issues.map { $0.formatted(in: .en) })")
        let platform = try #require(result.platform)
        #expect(platform.summary.text(in: .fr) == "Turn it off.")
        #expect(platform.summary.marked(in: .fr) == "[EN] Turn it off.")
        #expect(platform.summary.marked(in: .en) == "Turn it off.")
    }

    @Test func aShippedFileStillNeedsFrench() {
        let result = CatalogLoader.load(text: Self.onlyEnglish, file: "mine.yaml", origin: .shipped)
        #expect(result.platform == nil)
        #expect(result.issues.contains { $0.problem == .missingLanguage(field: "summary", language: .fr) })
    }

    @Test func aUserFolderLoadsEnglishOnlyFiles() throws {
        let folder = try TemporaryFolder()
        _ = try write(Self.onlyEnglish, folder)
        let user = CatalogLoader.load(directoryAt: folder.url, cache: nil, origin: .user)
        #expect(user.issues.isEmpty && user.platforms.map(\.id) == ["mine"])
        let shipped = CatalogLoader.load(directoryAt: folder.url, cache: nil, origin: .shipped)
        #expect(shipped.platforms.isEmpty && !shipped.issues.isEmpty)
    }

    @Test func aShippedFileWithoutGermanLoadsAndValidateWarnsOncePerLanguage() throws {
        let folder = try TemporaryFolder()
        let url = try write(Self.englishAndFrench, folder)
        let quiet = CatalogLoader.load(fileAt: url, displayName: "example.yaml")
        #expect(quiet.platform != nil && quiet.issues.isEmpty)
        #expect(quiet.missingTranslations.isEmpty, "only counted for catalog validate")
        let checked = CatalogLoader.load(fileAt: url, displayName: "example.yaml", origin: .shipped, warnings: true)
        #expect(checked.platform != nil && checked.issues.isEmpty, "a missing de is no error")
        // Three texts (the summary and two titles), the first at line 13, column 3.
        #expect(checked.missingTranslations.map(\.language) == [.de, .es, .it, .nl])
        let german = try #require(checked.missingTranslations.first)
        #expect(german == MissingTranslation(file: "example.yaml", language: .de, count: 3, line: 13, column: 3))
        #expect(german.formatted(in: .en)
            == "example.yaml:13:3: warning: 3 texts have no 'de' version (the first here); English is shown instead")
        #expect(german.formatted(in: .fr).hasPrefix("example.yaml:13:3: avertissement : 3 textes n'ont pas de version « de »"))
    }

    @Test func aGermanTextIsReadAndNotMarked() throws {
        let yaml = CatalogValidationTests.edit(14, "  fr: Opposez-vous.", "  de: Widersprechen Sie.")
        let folder = try TemporaryFolder()
        let result = CatalogLoader.load(fileAt: try write(yaml, folder), displayName: "example.yaml", warnings: true)
        let platform = try #require(result.platform)
        #expect(platform.summary.marked(in: .de) == "Widersprechen Sie.")
        #expect(platform.steps[0].title.marked(in: .de) == "[EN] First")
        #expect(result.missingTranslations.first { $0.language == .de }?.count == 2)
    }

    @Test func aTextWithNoEnglishIsMarkedWithItsOwnLanguage() {
        #expect(LocalizedText([.fr: "Seulement"]).marked(in: .de) == "[FR] Seulement")
        #expect(LocalizedText([:]).marked(in: .de) == "")
    }
}
