import ChecklistEngine
import Foundation
import Testing

@Suite("Report model")
struct ReportModelTests {
    func report(language: Language = .en, redact: Bool = false, timeZone: TimeZone = Fixtures.timeZone) throws -> Report {
        Report(progress: try Fixtures.progress(), catalog: Fixtures.catalog, now: Fixtures.now, language: language,
               redact: redact, timeZone: timeZone)
    }

    @Test("The summary counts accounts per status, every status listed")
    func summary() throws {
        let counts = Dictionary(uniqueKeysWithValues: try report().summary.map { ($0.status, $0.count) })
        #expect(counts == [
            .notStarted: 0, .inProgress: 1, .submitted: 0, .overdue: 1, .optedOut: 1, .covered: 1, .needsReview: 1, .unavailable: 0,
            .notTrained: 0,
        ])
        #expect(try report().summary.map(\.status) == AccountStatus.allCases)
        // ExampleChat has no switch, but a letter is the way: its account counts.
        #expect(try report().headline == "2 of 5 accounts opted out or covered")
        #expect(try report(language: .fr).headline == "2 comptes sur 5 opposés ou couverts")
    }

    @Test("Times are given in local time with the offset, and in UTC")
    func times() throws {
        let report = try report()
        #expect(report.localTime(Fixtures.now) == "3 June 2025, 14:05 (UTC+02:00)")
        #expect(report.localTimestamp(Fixtures.now) == "2025-06-03T14:05:00+02:00")
        #expect(report.utcTime(Fixtures.now) == "2025-06-03T12:05:00Z")
        #expect(report.localDay.description == "2025-06-03")

        let west = try self.report(timeZone: try #require(TimeZone(secondsFromGMT: -(5 * 3600 + 1800))))
        let early = Fixtures.time("2025-06-03T02:00:00Z")
        #expect(west.localTime(early) == "2 June 2025, 20:30 (UTC-05:30)")
        #expect(west.localTimestamp(early) == "2025-06-02T20:30:00-05:30")
        let utc = try self.report(timeZone: try #require(TimeZone(secondsFromGMT: 0)))
        #expect(utc.localTime(early) == "3 June 2025, 02:00 (UTC)")
    }

    @Test("Every step is listed, nested and numbered, with when it was done and its note")
    func steps() throws {
        let account = try #require(try report().accounts.first { $0.id == "instagram" })
        #expect(account.allSteps.map(\.number) == ["1", "1.1", "1.2", "2", "3", "4"])
        #expect(account.allSteps.map(\.id) == ["open-privacy-centre", "app-route", "web-route", "send-objection", "confirmation-email", "third-party-form"])
        #expect(account.steps[0].steps.count == 2)
        #expect(account.steps[0].anyOf)
        #expect(account.steps[0].done && !account.steps[0].steps[0].done && account.steps[0].steps[1].done)
        #expect(account.steps[1].doneAt == Fixtures.time("2025-05-21T19:42:00Z"))
        #expect(account.steps[1].note == "Reason given: \"I do not consent\".\nSent from the laptop.")
        #expect(account.steps[1].milestone == .submitted)
        #expect(account.steps[3].optional)
        #expect(account.sentAt == Fixtures.time("2025-05-21T19:42:00Z"))
    }

    @Test("The platform's legal basis, effect, deadline, confidence and sources come in the chosen language")
    func platformFacts() throws {
        let english = try #require(try report().accounts.first?.platform)
        #expect(english.legalBasis?.hasPrefix("GDPR Article 21") == true)
        #expect(english.effect == .prospective)
        #expect(english.deadline?.description == "2025-05-27")
        #expect(english.confidence == .verified)
        #expect(english.sources.count == 2)
        let french = try #require(try report(language: .fr).accounts.first?.platform)
        #expect(french.legalBasis?.hasPrefix("RGPD, article 21") == true)
        #expect(french.summary.contains("27 mai 2025"))
        #expect(try report().platforms.map(\.id) == ["examplechat", "facebook", "instagram"])

        let markdown = MarkdownReport().render(try report())
        #expect(markdown.contains("- **Legal basis:** GDPR Article 21"))
        #expect(markdown.contains("- **Deadline:** 27 May 2025: an objection received after this date applies from then on only"))
        #expect(markdown.contains("- **Request sent:** 21 May 2025, 21:42 (UTC+02:00), 6 days before the deadline (27 May 2025)"))
        let frenchMarkdown = MarkdownReport().render(try report(language: .fr))
        #expect(frenchMarkdown.contains("6 jours avant la date limite (27 mai 2025)"))
        #expect(frenchMarkdown.contains("- **Base légale :** RGPD, article 21"))
        #expect(frenchMarkdown.contains("- **Date limite :** 27 mai 2025 : une opposition reçue après cette date ne vaut que pour l'avenir"))
    }

    @Test("Each account keeps its own history, with details unless redacted")
    func history() throws {
        let account = try #require(try report().accounts.first { $0.id == "facebook" })
        #expect(account.history.map(\.action) == [.addAccount, .cover])
        #expect(account.history.last?.detail == "instagram")
        let redacted = try #require(try report(redact: true).accounts.first { $0.id == "instagram" })
        #expect(redacted.history.count == 9)
        #expect(redacted.history.allSatisfy { $0.detail == nil })
    }

    @Test("Redacted labels are numbered per platform, in account order")
    func redactedLabels() throws {
        let labels = try report(redact: true).accounts.map(\.label)
        #expect(labels == ["Instagram 1", "Instagram 2", "Facebook 1", "ExampleChat 1", "Facebook 2"])
        #expect(try report(redact: true).accounts.allSatisfy { $0.allSteps.allSatisfy { $0.note == nil } })
        #expect(try report(redact: true).accounts.map(\.id) == ["instagram", "instagram-2", "facebook", "examplechat", "facebook-2"])
    }

    @Test("An account whose platform left the catalog still appears, needing review")
    func removedPlatform() throws {
        let catalog = Catalog(platforms: [Fixtures.instagram, Fixtures.exampleChat])
        let report = Report(progress: try Fixtures.progress(), catalog: catalog, now: Fixtures.now, language: .en,
                            redact: false, timeZone: Fixtures.timeZone)
        let account = try #require(report.accounts.first { $0.id == "facebook" })
        #expect(account.platform == nil && account.platformName == "facebook" && account.status == .needsReview)
        #expect(account.reviewReasons == ["the platform is no longer in the catalog"])
        #expect(MarkdownReport().render(report).contains("This platform is no longer in the catalog"))
        #expect(HTMLReport().render(report).contains("This platform is no longer in the catalog"))
    }

    @Test("With no account, every format still makes a valid, short report", arguments: Language.allCases)
    func empty(_ language: Language) throws {
        let report = Report(progress: .empty, catalog: Fixtures.catalog, now: Fixtures.now, language: language,
                            redact: false, timeZone: Fixtures.timeZone)
        let markdown = MarkdownReport().render(report)
        let none: [Language: String] = [.en: "No accounts tracked yet", .fr: "Aucun compte suivi", .de: "Noch keine Konten erfasst",
                                         .es: "Aún no sigues ninguna cuenta", .it: "Ancora nessun account seguito",
                                         .nl: "Nog geen accounts bijgehouden"]
        #expect(markdown.contains(try #require(none[language])), "\(markdown)")
        #expect(HTMLReport().render(report).hasSuffix("</html>\n"))
        let csv = try CSVParser.parse(CSVReport().render(report))
        #expect(csv.count == 1)
        let json = try JSONDecoder().decode(JSONValue.self, from: try JSONReport().render(report))
        #expect(json["accounts"] == .array([]) && json["platforms"] == .array([]))
    }

    @Test("Formats have their extension and a dated default file name")
    func formats() throws {
        let day = try #require(CalendarDay("2025-06-03"))
        #expect(ReportFormat.allCases.map { $0.defaultFileName(for: day) }
            == ["optout-report-2025-06-03.md", "optout-report-2025-06-03.html", "optout-report-2025-06-03.json", "optout-report-2025-06-03.csv"])
        #expect(ReportFormat(name: "md") == .markdown && ReportFormat(name: "HTM") == .html && ReportFormat(name: "CSV") == .csv)
        #expect(ReportFormat(name: "pdf") == nil)
    }

    @Test("status --json and the JSON report are the same document")
    func statusDocumentIsTheReport() throws {
        let progress = try Fixtures.progress()
        let evaluations = StatusEvaluator(catalog: Fixtures.catalog, now: Fixtures.now).evaluate(progress)
        let status = StatusDocument(progress: progress, evaluations: evaluations, catalogRevision: Fixtures.catalog.revision,
                                    language: .fr, generatedAt: Fixtures.now, timeZone: Fixtures.timeZone)
        let exported = try ReportWriter.render(format: .json, progress: progress, catalog: Fixtures.catalog, now: Fixtures.now,
                                               language: .fr, timeZone: Fixtures.timeZone)
        #expect(try status.json() + Data("\n".utf8) == exported)
        let decoded = try ProgressCoding.decoder.decode(StatusDocument.self, from: exported)
        #expect(decoded == status)
    }
}
