import Foundation
import Testing
@testable import ChecklistEngine

/// Catalog validation: every kind of problem, reported as FILE:LINE:COLUMN with a message an
/// author can act on; a file with a problem yields no platform.
@Suite struct CatalogValidationTests {
    /// A valid platform; the line numbers are those in the comments of the tests.
    static let base = """
        id: example
        name: Example
        vendor: Example Inc
        kind: objection
        jurisdictions: [EU]
        effect: prospective
        confidence: verified
        last_verified: 2025-05-01
        sources:
          - label: Help
            url: https://example.com/help
        summary:
          en: Object.
          fr: Opposez-vous.
        steps:
          - id: first
            title:
              en: First
              fr: Premier
          - id: second
            title: {en: Second, fr: Deuxième}

        """

    /// `base` with line `number` (1-based) replaced by `lines` (none to delete it).
    static func edit(_ number: Int, _ lines: String...) -> String { edit(base, number, lines) }

    /// `text` with line `number` (1-based) replaced by `lines`.
    static func edit(_ text: String, _ number: Int, _ lines: [String]) -> String {
        var all = text.components(separatedBy: "\n")
        all.replaceSubrange((number - 1)...(number - 1), with: lines)
        return all.joined(separator: "\n")
    }

    static func load(_ yaml: String) -> CatalogLoader.FileResult {
        CatalogLoader.load(text: yaml, file: "example.yaml")
    }

    /// The file is refused and the problem is reported exactly there.
    func expectIssue(_ yaml: String, _ line: Int, _ column: Int, _ problem: CatalogIssue.Problem,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        let result = Self.load(yaml)
        #expect(result.platform == nil, "a file with a problem yields no platform", sourceLocation: sourceLocation)
        let expected = CatalogIssue(file: "example.yaml", line: line, column: column, problem: problem)
        #expect(result.issues.contains(expected), "got \(result.issues.map { $0.formatted(in: .en) })", sourceLocation: sourceLocation)
        // Each problem is one line, FILE:LINE:COLUMN first, in each language.
        for issue in result.issues {
            for language in Language.allCases {
                let text = issue.formatted(in: language)
                #expect(text.hasPrefix("example.yaml:\(issue.line):\(issue.column): "), sourceLocation: sourceLocation)
                #expect(!text.contains("\n"), "one line: \(text)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func theBaseFileIsValid() throws {
        let result = Self.load(Self.base)
        #expect(result.issues.isEmpty, "\(result.issues.map { $0.formatted(in: .en) })")
        let platform = try #require(result.platform)
        #expect(platform.id == "example")
        #expect(platform.steps.map(\.id) == ["first", "second"])
    }

    @Test func anUnknownFieldIsNamedWithItsSuggestion() throws {
        // line 7: confidence: verified
        let yaml = Self.edit(7, "confidance: verified")
        expectIssue(yaml, 7, 1, .unknownField(field: "confidance", suggestion: "confidence"))
        expectIssue(yaml, 1, 1, .missingField(field: "confidence"))
        let issue = try #require(Self.load(yaml).issues.first { $0.line == 7 })
        #expect(issue.formatted(in: .en) == "example.yaml:7:1: unknown field 'confidance'; did you mean 'confidence'?")
        #expect(issue.formatted(in: .fr) == "example.yaml:7:1: champ inconnu « confidance » ; vouliez-vous dire « confidence » ?")
    }

    @Test func anUnknownStepFieldIsNamedWithItsSuggestion() {
        // line 17: "    title:" of step first
        expectIssue(Self.edit(17, "    titel:"), 17, 5, .unknownField(field: "titel", suggestion: "title"))
        // Nothing close: no suggestion.
        expectIssue(Self.edit(8, "last_verified: 2025-05-01", "colour: blue"), 9, 1, .unknownField(field: "colour", suggestion: nil))
    }

    @Test func aMissingRequiredFieldIsReportedOnItsMapping() {
        // line 3: vendor
        expectIssue(Self.edit(3), 1, 1, .missingField(field: "vendor"))
        // The step at line 20 without its title (line 21).
        expectIssue(Self.edit(21), 20, 5, .missingField(field: "title"))
        // A source without url.
        expectIssue(Self.edit(11), 10, 5, .missingField(field: "url"))
        // A platform that offers an opt-out needs steps.
        let noSteps = Self.base.components(separatedBy: "\n").prefix(14).joined(separator: "\n") + "\n"
        expectIssue(noSteps, 1, 1, .missingField(field: "steps"))
    }

    @Test func aDuplicateStepIDIsReportedOnTheSecondOne() throws {
        // line 20: "  - id: second"
        let yaml = Self.edit(20, "  - id: first")
        expectIssue(yaml, 20, 9, .duplicateStepID(id: "first"))
        let nested = Self.edit(21, "    title: {en: Second, fr: Deuxième}", "    steps:", "      - id: first", "        title: {en: Again, fr: Encore}")
        expectIssue(nested, 23, 13, .duplicateStepID(id: "first"))
    }

    @Test func aTextWithoutEnglishOrFrenchIsRefused() {
        // line 19: "      fr: Premier" removed: the title mapping starts at line 18, column 7.
        expectIssue(Self.edit(19), 18, 7, .missingLanguage(field: "title", language: .fr))
        // line 21 in flow style, without en: the mapping starts at the brace.
        expectIssue(Self.edit(21, "    title: {fr: Deuxième}"), 21, 12, .missingLanguage(field: "title", language: .en))
        // The summary without en.
        expectIssue(Self.edit(13), 13, 3, .missingLanguage(field: "summary", language: .en))
        // A language optout does not know.
        expectIssue(Self.edit(19, "      fr: Premier", "      pt: Primeiro"), 20, 7, .unknownLanguage(field: "title", code: "pt"))
        // A text that is not a map of languages.
        expectIssue(Self.edit(21, "    title: Second"), 21, 12, .expectedMapping(field: "title"))
    }

    @Test func aURLThatIsNotHTTPSIsRefused() {
        // line 11: "    url: https://example.com/help"
        expectIssue(Self.edit(11, "    url: http://example.com/help"), 11, 10, .notHTTPS(field: "url", value: "http://example.com/help"))
        expectIssue(Self.edit(11, "    url: https://"), 11, 10, .notHTTPS(field: "url", value: "https://"))
        expectIssue(Self.edit(19, "      fr: Premier", "    url: javascript:alert(1)"), 20, 10, .notHTTPS(field: "url", value: "javascript:alert(1)"))
    }

    @Test func aBadDateIsRefused() {
        // line 8: "last_verified: 2025-05-01"
        expectIssue(Self.edit(8, "last_verified: 2025-02-30"), 8, 16, .badDate(field: "last_verified", value: "2025-02-30"))
        expectIssue(Self.edit(8, "last_verified: 2025-5-1"), 8, 16, .badDate(field: "last_verified", value: "2025-5-1"))
        expectIssue(Self.edit(8, "last_verified: 2025-05-01", "deadline: tomorrow"), 9, 11, .badDate(field: "deadline", value: "tomorrow"))
        // 2024 is a leap year, 2025 is not.
        #expect(Self.load(Self.edit(8, "last_verified: 2024-02-29")).issues.isEmpty)
        expectIssue(Self.edit(8, "last_verified: 2025-02-29"), 8, 16, .badDate(field: "last_verified", value: "2025-02-29"))
    }

    @Test func aValueOutsideItsListIsRefusedWithTheAllowedValues() {
        // line 4: "kind: objection"
        expectIssue(Self.edit(4, "kind: objeciton"), 4, 7, .badValue(field: "kind", value: "objeciton", allowed: ["objection", "setting", "request", "none", "no-training"]))
        expectIssue(Self.edit(6, "effect: forever"), 6, 9, .badValue(field: "effect", value: "forever", allowed: ["prospective", "retroactive", "unknown"]))
        expectIssue(Self.edit(7, "confidence: sure"), 7, 13, .badValue(field: "confidence", value: "sure", allowed: ["verified", "reported", "unconfirmed"]))
        expectIssue(Self.edit(21, "    title: {en: Second, fr: Deuxième}", "    milestone: sent"), 22, 16,
                    .badValue(field: "milestone", value: "sent", allowed: ["submitted", "confirmed"]))
        expectIssue(Self.edit(21, "    title: {en: Second, fr: Deuxième}", "    optional: maybe"), 22, 15,
                    .badValue(field: "optional", value: "maybe", allowed: ["true", "false"]))
        let message = CatalogIssue.Problem.badValue(field: "kind", value: "x", allowed: ["objection", "setting"]).message(in: .en)
        #expect(message == "'kind' cannot be 'x'; allowed: objection, setting")
    }

    @Test func otherBadValues() {
        expectIssue(Self.edit(1, "id: Example"), 1, 5, .badID(field: "id", value: "Example"))
        expectIssue(Self.edit(8, "last_verified: 2025-05-01", "recheck_days: -3"), 9, 15, .badNumber(field: "recheck_days", value: "-3"))
        expectIssue(Self.edit(5, "jurisdictions: EU"), 5, 16, .expectedList(field: "jurisdictions"))
        expectIssue(Self.edit(2, "name: ''"), 2, 7, .emptyText(field: "name"))
        let emptySteps = Self.base.components(separatedBy: "\n").prefix(14).joined(separator: "\n") + "\nsteps: []\n"
        expectIssue(emptySteps, 15, 8, .noSteps)
        let noSources = Self.base.replacingOccurrences(of: "sources:\n  - label: Help\n    url: https://example.com/help", with: "sources: []")
        expectIssue(noSources, 9, 10, .missingField(field: "sources[0]"))
    }

    @Test func anyOfWithoutChildrenIsRefused() {
        // line 21 is the last line of step second.
        expectIssue(Self.edit(21, "    title: {en: Second, fr: Deuxième}", "    any_of: true"), 22, 13, .anyOfWithoutChildren(id: "second"))
    }

    @Test func aMilestoneOnAParentIsRefused() {
        let yaml = Self.edit(21, "    title: {en: Second, fr: Deuxième}", "    milestone: submitted", "    steps:",
                             "      - id: child", "        title: {en: Child, fr: Enfant}")
        expectIssue(yaml, 22, 16, .milestoneOnParent(id: "second"))
    }

    @Test func controlCharactersAreRefused() {
        // An escape sequence hidden in a double-quoted scalar (\e is ESC).
        expectIssue(Self.edit(2, "name: \"Exa\\e[31mmple\""), 2, 7, .controlCharacters(field: "name"))
        // A bidirectional override in a title.
        expectIssue(Self.edit(18, "      en: \"Fir\\u202Est\""), 18, 11, .controlCharacters(field: "title.en"))
        // A newline in a single-line text.
        expectIssue(Self.edit(3, "vendor: \"Example\\nInc\""), 3, 9, .controlCharacters(field: "vendor"))
        // ...but a summary may have several lines.
        #expect(Self.load(Self.edit(13, "  en: \"Object.\\nNow.\"")).issues.isEmpty)
    }

    @Test func aYAMLSyntaxErrorIsReportedAtItsPosition() throws {
        // line 3: a second colon where a plain value cannot have one.
        let result = Self.load(Self.edit(3, "vendor: Example: Inc"))
        #expect(result.platform == nil)
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.line == 3)
        #expect(issue.column == 16)
        guard case .notYAML = issue.problem else {
            Issue.record("expected a YAML syntax error, got \(issue.problem)")
            return
        }
        #expect(issue.formatted(in: .en).hasPrefix("example.yaml:3:16: not valid YAML: "))

        // An unclosed flow list: reported where the parser found out.
        let unclosed = Self.load(Self.edit(5, "jurisdictions: [EU"))
        let unclosedIssue = try #require(unclosed.issues.first)
        #expect(unclosedIssue.line == 6)
        #expect(unclosedIssue.column >= 1)
    }

    @Test func aliasesAreRefused() throws {
        // line 2 defines an anchor; line 3 uses it.
        let yaml = Self.edit(2, "name: &n Example") .replacingOccurrences(of: "vendor: Example Inc", with: "vendor: *n")
        expectIssue(yaml, 3, 9, .aliasNotAllowed)
        // An alias in a list.
        let inList = Self.edit(5, "jurisdictions: [&eu EU, *eu]")
        expectIssue(inList, 5, 25, .aliasNotAllowed)
    }

    @Test func aBillionLaughsIsRefusedQuickly() throws {
        // Each level repeats the one before nine times: 9^12 steps if expanded.
        var yaml = Self.base.components(separatedBy: "\n").prefix(14).joined(separator: "\n") + "\n"
        yaml += "x0: &l0 [{id: a, title: {en: A, fr: A}}]\n"
        for level in 1...12 {
            let items = Array(repeating: "{id: a, title: {en: A, fr: A}, steps: *l\(level - 1)}", count: 9).joined(separator: ", ")
            yaml += "x\(level): &l\(level) [\(items)]\n"
        }
        yaml += "steps: *l12\n"
        let clock = ContinuousClock()
        var result: CatalogLoader.FileResult?
        let elapsed = clock.measure { result = Self.load(yaml) }
        print("billion laughs refused in \(elapsed)")
        let loaded = try #require(result)
        #expect(loaded.platform == nil)
        #expect(loaded.issues.contains { $0.problem == .aliasNotAllowed })
        #expect(loaded.issues.count < 100)
    }

    @Test func tooDeepNestingIsRefusedBeforeParsing() throws {
        // 1.5 MB of brackets would exhaust the parser's stack if it ever saw them.
        let deep = "id: example\nname: " + String(repeating: "[", count: 1_500_000) + "\n"
        let result = Self.load(deep)
        #expect(result.platform == nil)
        #expect(result.issues == [CatalogIssue(file: "example.yaml", line: 2, column: 1, problem: .tooDeep(limit: YAMLReader.maximumNesting))])

        // Indentation counts too.
        var indented = "a:\n"
        for level in 1...300 { indented += String(repeating: " ", count: level * 2) + "a\(level):\n" }
        let byIndent = Self.load(indented)
        #expect(byIndent.issues.count == 1)
        #expect(byIndent.issues.first?.problem == .tooDeep(limit: YAMLReader.maximumNesting))
    }

    @Test func tooDeepStepTreesAreRefused() throws {
        var yaml = Self.base.components(separatedBy: "\n").prefix(14).joined(separator: "\n") + "\nsteps:\n"
        for depth in 0..<(CatalogLoader.maximumStepDepth + 2) {
            let pad = String(repeating: "    ", count: depth)
            yaml += pad + "  - id: s\(depth)\n" + pad + "    title: {en: S, fr: S}\n" + pad + "    steps:\n"
        }
        yaml += String(repeating: "    ", count: CatalogLoader.maximumStepDepth + 2) + "  - {id: leaf, title: {en: L, fr: L}}\n"
        let result = Self.load(yaml)
        #expect(result.platform == nil)
        #expect(result.issues.contains { $0.problem == .tooDeep(limit: CatalogLoader.maximumStepDepth) })
    }

    @Test func aTooLargeFileIsRefused() {
        let huge = "id: example\nsummary: {en: \"" + String(repeating: "x", count: YAMLReader.maximumBytes) + "\"}\n"
        #expect(Self.load(huge).issues == [CatalogIssue(file: "example.yaml", line: 1, column: 1, problem: .tooLarge(limit: YAMLReader.maximumBytes))])
    }

    @Test func anEmptyFileIsRefused() {
        #expect(Self.load("").issues.map(\.problem) == [.empty])
        #expect(Self.load("# only a comment\n").issues.map(\.problem) == [.empty])
        #expect(Self.load("- a list\n").issues.map(\.problem) == [.expectedMapping(field: "platform")])
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        var yaml = Self.edit(11, "    url: http://example.com/help")
        yaml = yaml.replacingOccurrences(of: "last_verified: 2025-05-01", with: "last_verified: 2025-13-01")
        yaml = yaml.replacingOccurrences(of: "kind: objection", with: "kinds: objection")
        let issues = Self.load(yaml).issues
        #expect(Set(issues.map(\.line)).isSuperset(of: [4, 8, 11]))
        #expect(issues.count >= 4)  // the unknown field, the missing kind, the date, the url
    }

    @Test func everyMessageHasBothLanguages() {
        let problems: [CatalogIssue.Problem] = [
            .unreadable(reason: "r"), .notYAML(reason: "r"), .empty, .aliasNotAllowed, .expectedMapping(field: "f"),
            .expectedList(field: "f"), .expectedText(field: "f"), .unknownField(field: "f", suggestion: "g"),
            .missingField(field: "f"), .duplicateField(field: "f"), .duplicateStepID(id: "s"),
            .missingLanguage(field: "f", language: .fr), .unknownLanguage(field: "f", code: "de"),
            .notHTTPS(field: "f", value: "v"), .badDate(field: "f", value: "v"), .badValue(field: "f", value: "v", allowed: ["a"]),
            .badNumber(field: "f", value: "v"), .badID(field: "f", value: "v"), .controlCharacters(field: "f"),
            .tooDeep(limit: 3), .tooLarge(limit: 2048), .anyOfWithoutChildren(id: "s"), .milestoneOnParent(id: "s"),
            .emptyText(field: "f"), .noSteps,
        ]
        for problem in problems {
            let en = problem.message(in: .en), fr = problem.message(in: .fr)
            #expect(!en.isEmpty && !fr.isEmpty && en != fr, "\(problem)")
            #expect(!en.contains("\n") && !fr.contains("\n"))
        }
    }

    // MARK: A valid file with every field

    @Test func aValidFileLoadsWithEveryField() throws {
        let result = CatalogLoader.load(text: Fixtures.instagramYAML, file: "instagram.yaml")
        #expect(result.issues.isEmpty, "\(result.issues.map { $0.formatted(in: .en) })")
        let p = try #require(result.platform)
        #expect(p.id == "instagram")
        #expect(p.name == "Instagram")
        #expect(p.vendor == "Meta")
        #expect(p.group == "meta")
        #expect(p.kind == .objection)
        #expect(p.jurisdictions == ["EU", "EEA", "UK"])
        #expect(p.legalBasis == LocalizedText(en: "GDPR Article 21 (right to object)", fr: "RGPD article 21 (droit d'opposition)"))
        #expect(p.deadline == CalendarDay(year: 2025, month: 5, day: 27))
        #expect(p.effect == .prospective)
        #expect(p.confidence == .verified)
        #expect(p.lastVerified == CalendarDay(year: 2025, month: 5, day: 1))
        #expect(p.recheckDays == 180)
        #expect(p.sources == [
            Source(label: "Meta privacy centre", url: "https://www.facebook.com/privacy/genai/"),
            Source(label: "CNIL", url: "https://www.cnil.fr/fr/ia-meta"),
        ])
        #expect(p.summary.text(in: .en) == "Object to Meta using your Instagram posts\nto train its AI.")
        #expect(p.summary.text(in: .fr).hasPrefix("Opposez-vous"))
        #expect(p.steps.map(\.id) == ["open-form", "object", "send", "keep-proof", "confirmation"])
        #expect(p.allSteps.map(\.id) == ["open-form", "object", "object-app", "object-web", "send", "keep-proof", "confirmation"])

        let open = try #require(p.step(id: "open-form"))
        #expect(open.title == LocalizedText(en: "Open the objection form", fr: "Ouvrez le formulaire d'opposition"))
        #expect(open.detail?.text(in: .fr) == "Connectez-vous d'abord.")
        #expect(open.url == "https://help.instagram.com/contact/767264225370182")
        let object = try #require(p.step(id: "object"))
        #expect(object.anyOf)
        #expect(!object.isLeaf)
        #expect(object.steps.map(\.id) == ["object-app", "object-web"])
        #expect(p.step(id: "object-web")?.confidence == .reported)
        #expect(p.step(id: "object-app")?.confidence == nil)
        let send = try #require(p.step(id: "send"))
        #expect(send.milestone == .submitted)
        #expect(send.fields == [LocalizedText(en: "Your email address", fr: "Votre adresse e-mail"), LocalizedText(en: "Your country", fr: "Votre pays")])
        #expect(p.step(id: "keep-proof")?.optional == true)
        #expect(p.step(id: "confirmation")?.milestone == .confirmed)
        #expect(p.step(id: "confirmation")?.optional == true)
        #expect(p.origin == nil)
    }

    @Test func aPlatformWithoutOptOutNeedsNoSteps() throws {
        let p = try Fixtures.platform(Fixtures.nooptYAML)
        #expect(p.kind == .none)
        #expect(p.steps.isEmpty)
    }

    @Test func aPlatformEncodesWithEveryFieldAndLanguage() throws {
        let p = try Fixtures.platform(Fixtures.instagramYAML)
        let data = try Platform.jsonEncoder.encode(p)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["id", "name", "vendor", "group", "kind", "jurisdictions", "legal_basis", "deadline", "effect", "confidence",
                    "last_verified", "recheck_days", "sources", "summary", "steps", "revision"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["deadline"] as? String == "2025-05-27")
        let steps = try #require(json["steps"] as? [[String: Any]])
        let object = try #require(steps.first { $0["id"] as? String == "object" })
        let children = try #require(object["steps"] as? [[String: Any]])
        #expect(children.map { $0["id"] as? String } == ["object-app", "object-web"])
        #expect((steps[0]["title"] as? [String: String]) == ["en": "Open the objection form", "fr": "Ouvrez le formulaire d'opposition"])
    }

    // MARK: Files and folders

    @Test func aFolderLoadsItsYAMLFilesAndReportsEachBadOne() throws {
        let folder = try TemporaryFolder()
        try Fixtures.instagramYAML.write(to: folder.file("instagram.yaml"), atomically: true, encoding: .utf8)
        try Fixtures.facebookYAML.write(to: folder.file("facebook.yml"), atomically: true, encoding: .utf8)
        try Self.edit(7, "confidance: verified").write(to: folder.file("broken.yaml"), atomically: true, encoding: .utf8)
        try "not a catalog".write(to: folder.file("README.md"), atomically: true, encoding: .utf8)
        let (platforms, issues) = CatalogLoader.load(directoryAt: folder.url)
        #expect(Set(platforms.map(\.id)) == ["instagram", "facebook"])
        #expect(platforms.first { $0.id == "instagram" }?.origin == folder.file("instagram.yaml").path)
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { $0.file == folder.file("broken.yaml").path })
        #expect(issues.contains { $0.line == 7 && $0.column == 1 })

        let missing = CatalogLoader.load(directoryAt: folder.file("no-such-folder"))
        #expect(missing.platforms.isEmpty && missing.issues.isEmpty)
    }

    @Test func aFileThatCannotBeReadIsReported() throws {
        let folder = try TemporaryFolder()
        let result = CatalogLoader.load(fileAt: folder.file("missing.yaml"), displayName: "missing.yaml")
        #expect(result.platform == nil)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.formatted(in: .en).hasPrefix("missing.yaml:1:1: the file cannot be read") == true)

        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: folder.file("binary.yaml"))
        let binary = CatalogLoader.load(fileAt: folder.file("binary.yaml"), displayName: "binary.yaml")
        #expect(binary.issues.map(\.problem) == [.notYAML(reason: "not UTF-8 text")])
    }

    @Test func aLaterPlatformWithTheSameIDReplacesTheEarlierOne() throws {
        let shipped = try Fixtures.platform(Fixtures.instagramYAML)
        let user = try Fixtures.platform(Fixtures.instagramYAML.replacingOccurrences(of: "name: Instagram", with: "name: My Instagram"))
        let catalog = Catalog(platforms: [shipped, try Fixtures.platform(Fixtures.facebookYAML), user])
        #expect(catalog.platforms.count == 2)
        #expect(catalog.platform(id: "instagram")?.name == "My Instagram")
        #expect(catalog.platforms.map(\.id) == ["facebook", "instagram"])  // by vendor, then name
    }
}
