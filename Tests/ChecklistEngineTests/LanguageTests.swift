import Foundation
import Testing
@testable import ChecklistEngine

/// The language optout speaks: from a code, the environment, or the config file.
@Suite struct LanguageTests {
    @Test(arguments: [
        ("fr", Language.fr), ("fr_FR.UTF-8", .fr), ("fr_CA", .fr), ("FR", .fr), ("fr-BE", .fr),
        ("en", .en), ("en_GB.UTF-8", .en), ("en-US", .en),
    ])
    func codes(_ code: String, _ language: Language) {
        #expect(Language(code: code) == language)
    }

    /// What LANG (or LC_ALL, LC_MESSAGES) says, installed or not, and the language it gives.
    @Test(arguments: [
        ("de_DE.UTF-8", Language.de), ("de_AT", .de), ("de_CH.UTF-8", .de), ("de_LU", .de), ("de", .de),
        ("es_ES.UTF-8", .es), ("es_MX", .es), ("es_ES@euro", .es), ("ca_ES.UTF-8", .en),
        ("it_IT.UTF-8", .it), ("it_CH", .it),
        ("nl_NL.UTF-8", .nl), ("nl_BE.UTF-8", .nl), ("NL-be", .nl),
        ("fr_BE.UTF-8", .fr), ("fr_CH", .fr), ("fr_LU@euro", .fr),
        ("en_IE.UTF-8", .en), ("pt_BR.UTF-8", .en), ("C.UTF-8", .en), ("POSIX", .en),
    ])
    func theEnvironmentNamesTheLanguage(_ value: String, _ language: Language) {
        #expect(Language.fromEnvironment(["LANG": value]) == language)
        #expect(Language.fromEnvironment(["LC_ALL": value, "LANG": "fr_FR.UTF-8"]) == language, "LC_ALL wins")
    }

    @Test func theOptionWinsOverTheConfigWhichWinsOverTheEnvironment() {
        let german = ["LANG": "de_DE.UTF-8"]
        #expect(Language.chosen(option: nil, config: nil, environment: german) == .de)
        #expect(Language.chosen(option: nil, config: .it, environment: german) == .it)
        #expect(Language.chosen(option: "nl", config: .it, environment: german) == .nl)
        #expect(Language.chosen(option: "es", config: nil, environment: [:]) == .es)
        #expect(Language.chosen(option: nil, config: nil, environment: [:]) == .en)
    }

    @Test func theLanguagesAreListedInOneSentence() {
        #expect(Language.codes(in: .en) == "en, fr, de, es, it or nl")
        #expect(Language.codes(in: .fr) == "en, fr, de, es, it ou nl")
        #expect(Language.codes(in: .de) == "en, fr, de, es, it oder nl")
        #expect(Language.allCases.count == 6)
    }

    @Test func theConfigFileNamesAnyLanguage() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("config.yaml")
        for language in Language.allCases {
            try "language: \(language.rawValue)\n".write(to: url, atomically: true, encoding: .utf8)
            let (settings, issues) = Settings.load(from: url)
            #expect(issues.isEmpty)
            #expect(settings.language == language)
        }
    }

    @Test(arguments: ["C", "POSIX", "pt_PT.UTF-8", "", "C.UTF-8", "english", "deu", "d"])
    func codesOfOtherLanguages(_ code: String) {
        #expect(Language(code: code) == nil)
    }

    @Test func theEnvironmentFollowsPOSIXPrecedence() {
        #expect(Language.fromEnvironment([:]) == .en)
        #expect(Language.fromEnvironment(["LANG": "fr_FR.UTF-8"]) == .fr)
        #expect(Language.fromEnvironment(["LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"]) == .fr)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8", "LC_MESSAGES": "en_US", "LC_ALL": "fr_FR"]) == .fr)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "fr_FR.UTF-8"]) == .fr, "an empty variable is skipped")
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LANG": "fr_FR.UTF-8"]) == .en, "C means English, and wins")
        #expect(Language.fromEnvironment(["LANG": "pt_PT.UTF-8"]) == .en, "a language optout does not speak gives English")
    }

    @Test func aTextFallsBackToEnglish() {
        let both = LocalizedText(en: "Send", fr: "Envoyez")
        #expect(both.text(in: .fr) == "Envoyez")
        #expect(both.text(in: .en) == "Send")
        #expect(LocalizedText([.en: "Only English"]).text(in: .fr) == "Only English")
        #expect(LocalizedText([.fr: "Seulement"]).text(in: .en) == "Seulement")
        #expect(LocalizedText([:]).text(in: .en) == "")
    }

    @Test func catalogWordsExistInBothLanguages() {
        for kind in PlatformKind.allCases { #expect(CatalogWords.kind(kind, .en) != CatalogWords.kind(kind, .fr)) }
        for value in Confidence.allCases {
            #expect(CatalogWords.confidence(value, .en) != CatalogWords.confidence(value, .fr))
            #expect(CatalogWords.confidenceExplained(value, .en) != CatalogWords.confidenceExplained(value, .fr))
        }
        for effect in Effect.allCases { #expect(CatalogWords.effect(effect, .en) != CatalogWords.effect(effect, .fr)) }
        for milestone in Milestone.allCases { #expect(CatalogWords.milestone(milestone, .en) != CatalogWords.milestone(milestone, .fr)) }
    }

    // MARK: The config file

    @Test func theConfigFileCanSetTheLanguageAndTheme() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("config.yaml")
        try "language: fr\ntheme: light\n".write(to: url, atomically: true, encoding: .utf8)
        let (settings, issues) = Settings.load(from: url)
        #expect(issues.isEmpty)
        #expect(settings == Settings(language: .fr, theme: "light"))
    }

    @Test func aMissingOrEmptyConfigIsNoSettings() throws {
        let folder = try TemporaryFolder()
        let none = Settings.load(from: folder.file("none.yaml"))
        #expect(none.settings == Settings())
        #expect(none.issues.isEmpty)
        try "".write(to: folder.file("empty.yaml"), atomically: true, encoding: .utf8)
        let empty = Settings.load(from: folder.file("empty.yaml"))
        #expect(empty.settings == Settings())
        #expect(empty.issues.isEmpty)
    }

    @Test func aBrokenConfigIsReportedAndIgnored() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("config.yaml")
        try "language: german\nthemes: dark\n".write(to: url, atomically: true, encoding: .utf8)
        let (settings, issues) = Settings.load(from: url)
        #expect(settings.language == nil)
        #expect(issues.contains { $0.line == 1 && $0.column == 11 && $0.problem == .badValue(field: "language", value: "german", allowed: ["en", "fr", "de", "es", "it", "nl"]) })
        #expect(issues.contains { $0.line == 2 && $0.problem == .unknownField(field: "themes", suggestion: "theme") })
    }
}
