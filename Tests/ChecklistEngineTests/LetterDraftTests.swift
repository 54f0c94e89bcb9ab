import Foundation
import Testing
@testable import ChecklistEngine

/// What `LetterDraft` gathers for a letter: the kind to write next, the authorities a
/// complaint may go to, the facts of each kind, and the sentence for each thing missing.
@Suite struct LetterDraftTests {
    /// A platform with steps and a contact whose lead authority is Ireland's.
    static let boardYAML = """
        id: board
        name: Board
        vendor: Board Inc
        kind: none
        jurisdictions: [EU]
        effect: unknown
        confidence: reported
        last_verified: 2026-01-10
        sources:
          - {label: News, url: "https://example.com/board-news"}
        summary: {en: Licenses posts for AI training., fr: Cède les publications pour entraîner des IA.}
        steps:
          - id: read-policy
            title: {en: Read the privacy policy, fr: Lisez la politique de confidentialité}
          - id: screenshot
            title: {en: Keep a screenshot, fr: Gardez une capture d'écran}
        contact:
          controller: Board Europe Ltd
          email: privacy@board.example
          country: IE
          authority: ie-dpc
          published: true
          last_verified: 2026-01-10
          confidence: reported
          sources:
            - {label: Board privacy policy, url: "https://board.example/privacy"}

        """

    static func authority(_ id: String, _ country: String, region: String? = nil, languages: [String]) -> Authority {
        Authority(id: id, country: country, region: region, name: ["en": id.uppercased()],
                  complaint: .init(email: "complaints@\(id).example", languages: languages),
                  lastVerified: Fixtures.day("2026-01-01"), confidence: .reported, sources: [])
    }

    static let cnil = authority("fr-cnil", "FR", languages: ["fr"])
    static let dpc = authority("ie-dpc", "IE", languages: ["en"])
    static let bfdi = authority("de-bfdi", "DE", languages: ["de"])
    static let baylda = authority("de-by-baylda", "DE", region: "DE-BY", languages: ["de"])
    static let authorities = [cnil, dpc, bfdi, baylda]

    let catalog: Catalog

    init() throws {
        catalog = Catalog(platforms: try Fixtures.letterCatalog().platforms + [Fixtures.platform(Self.boardYAML)])
    }

    func draft(country: String? = "FR", region: String? = nil, today: String = "2026-05-01",
               language: Language = .en) -> LetterDraft {
        LetterDraft(catalog: catalog, authorities: Self.authorities, country: country, region: region,
                    today: Fixtures.day(today), language: language)
    }

    static func account(_ platform: String = "board", letters: [Letter] = [], ticks: [String: Tick] = [:]) -> Account {
        Account(id: platform, platform: platform, label: "Marie's", created: Fixtures.time("2026-01-01T00:00:00Z"),
                ticks: ticks, holder: "Marie Dupont", identifier: "marie@example.org", letters: letters)
    }

    static let objection = Letter(kind: .objection, sentOn: Fixtures.day("2026-03-15"))

    func problem(_ body: () throws(LetterDraftProblem) -> LetterFacts) -> LetterDraftProblem? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    // MARK: the kind to write next

    @Test func suggestedKindAcrossTheDeadline() {
        #expect(draft().suggestedKind(for: Self.account()) == .objection)
        let sent = Self.account(letters: [Self.objection])
        // Until the answer is late, the letter to read again is the one sent.
        #expect(draft(today: "2026-04-15").suggestedKind(for: sent) == .objection)
        #expect(draft(today: "2026-04-16").suggestedKind(for: sent) == .reminder)
        let reminded = Self.account(letters: [Self.objection, Letter(kind: .reminder, sentOn: Fixtures.day("2026-04-20"))])
        #expect(draft(today: "2026-05-04").suggestedKind(for: reminded) == .reminder)
        #expect(draft(today: "2026-05-05").suggestedKind(for: reminded) == .complaint)
        var answered = Self.objection
        answered.answeredOn = Fixtures.day("2026-04-01")
        #expect(draft(today: "2026-05-05").suggestedKind(for: Self.account(letters: [answered])) == .objection)
    }

    // MARK: the authorities

    @Test func usersAuthorityFirstThenTheLead() {
        let choices = draft(country: "FR").complaintAuthorities(for: Self.account())
        #expect(choices == [ComplaintAuthority(authority: Self.cnil, isUsers: true, isLead: false),
                            ComplaintAuthority(authority: Self.dpc, isUsers: false, isLead: true)])
    }

    @Test func anAuthorityThatIsBothIsNamedOnce() {
        let choices = draft(country: "ie").complaintAuthorities(for: Self.account())
        #expect(choices == [ComplaintAuthority(authority: Self.dpc, isUsers: true, isLead: true)])
    }

    @Test func withoutCountryOnlyTheLead() {
        #expect(draft(country: nil).complaintAuthorities(for: Self.account())
            == [ComplaintAuthority(authority: Self.dpc, isUsers: false, isLead: true)])
        // Germany needs the Land: the federal authority is not the user's.
        #expect(draft(country: "DE").complaintAuthorities(for: Self.account()).map(\.authority) == [Self.dpc])
        #expect(draft(country: "DE", region: "DE-BY").complaintAuthorities(for: Self.account()).map(\.authority)
            == [Self.baylda, Self.dpc])
        // A platform with no lead authority: the user's alone, or none.
        #expect(draft(country: "FR").complaintAuthorities(for: Self.account("forum")).map(\.authority) == [Self.cnil])
        #expect(draft(country: nil).complaintAuthorities(for: Self.account("forum")).isEmpty)
    }

    func complaint(_ draft: LetterDraft, _ account: Account, authority: String? = nil) throws -> ComplaintFacts {
        let facts = try draft.facts(kind: .complaint, account: account, history: [], erase: false, access: false,
                                    authority: authority, report: nil)
        guard case .complaint(let complaint) = facts.content else {
            Issue.record("not a complaint: \(facts.content)")
            throw LetterDraftProblem.noCountry
        }
        return complaint
    }

    @Test func complaintGoesToTheUsersElseTheLeadElseTheOneAskedFor() throws {
        let account = Self.account(letters: [Self.objection])
        #expect(try complaint(draft(country: "FR"), account).authority == Self.cnil)
        #expect(try complaint(draft(country: nil), account).authority == Self.dpc)
        #expect(try complaint(draft(country: "FR"), account, authority: "ie-dpc").authority == Self.dpc)
        #expect(try complaint(draft(country: nil), account, authority: " DE-BY-BAYLDA ").authority == Self.baylda)
    }

    // MARK: the facts

    @Test func objectionFacts() throws {
        let facts = try draft(language: .fr).facts(kind: .objection, account: Self.account(), history: [], erase: true, access: false,
                                                   authority: nil, report: nil)
        #expect(facts.content == .objection(erase: true, access: false))
        #expect(facts.language == .fr)
        #expect(facts.holder == "Marie Dupont")
        #expect(facts.identifier == "marie@example.org")
        #expect(facts.platform == .brand("Board"))
        #expect(facts.controller.controller == "Board Europe Ltd")
        #expect(facts.written == Fixtures.day("2026-05-01"))
    }

    @Test func reminderFactsComeFromTheObjection() throws {
        let plain = try draft().facts(kind: .reminder, account: Self.account(letters: [Self.objection]), history: [],
                                      erase: false, access: false, authority: nil, report: nil)
        #expect(plain.content == .reminder(objectionSent: Fixtures.day("2026-03-15"), due: Fixtures.day("2026-04-15"), extended: false))
        var extended = Self.objection
        extended.extendedOn = Fixtures.day("2026-04-01")
        let later = try draft(today: "2026-07-01").facts(kind: .reminder, account: Self.account(letters: [extended]), history: [],
                                                         erase: false, access: false, authority: nil, report: nil)
        #expect(later.content == .reminder(objectionSent: Fixtures.day("2026-03-15"), due: Fixtures.day("2026-06-15"), extended: true))
    }

    @Test func complaintTellsEveryLetterAndTickInOrder() throws {
        var objection = Self.objection
        objection.extendedOn = Fixtures.day("2026-04-02")
        let reminder = Letter(kind: .reminder, sentOn: Fixtures.day("2026-06-20"), answeredOn: Fixtures.day("2026-06-25"),
                              note: "refused: legitimate interest")
        let ticks = [
            // 23:30 UTC on 14 March: the 14th, whatever the user's zone.
            "screenshot": Tick(at: Fixtures.time("2026-03-14T23:30:00Z"), catalogRevision: "r", stepRevision: "s"),
            "read-policy": Tick(at: Fixtures.time("2026-03-10T08:00:00Z"), catalogRevision: "r", stepRevision: "s"),
            "gone-step": Tick(at: Fixtures.time("2026-06-20T08:00:00Z"), catalogRevision: "r", stepRevision: "s"),
        ]
        let facts = try complaint(draft(today: "2026-07-10"), Self.account(letters: [objection, reminder], ticks: ticks))
        let title = { (id: String) in self.catalog.platform(id: "board")?.step(id: id)?.title ?? LocalizedText([:]) }
        #expect(facts.events == [
            LetterEvent(day: Fixtures.day("2026-03-10"), what: .ticked(step: title("read-policy"))),
            LetterEvent(day: Fixtures.day("2026-03-14"), what: .ticked(step: title("screenshot"))),
            LetterEvent(day: Fixtures.day("2026-03-15"), what: .sent(.objection)),
            LetterEvent(day: Fixtures.day("2026-04-02"), what: .extended),
            LetterEvent(day: Fixtures.day("2026-06-20"), what: .sent(.reminder)),
            LetterEvent(day: Fixtures.day("2026-06-20"), what: .ticked(step: LocalizedText([.en: "gone-step"]))),
            LetterEvent(day: Fixtures.day("2026-06-25"), what: .answered(note: "refused: legitimate interest")),
        ])
        #expect(facts.due == Fixtures.day("2026-06-15"))
        #expect(facts.evidence.isEmpty)
        #expect(facts.report == "optout-report-2026-07-10.md")
    }

    @Test func complaintNamesTheReportGiven() throws {
        let facts = try draft().facts(kind: .complaint, account: Self.account(letters: [Self.objection]), history: [],
                                      erase: false, access: false, authority: nil, report: "proof.html")
        guard case .complaint(let complaint) = facts.content else {
            Issue.record("not a complaint")
            return
        }
        #expect(complaint.report == "proof.html")
        #expect(complaint.due == Fixtures.day("2026-04-15"))
    }

    // MARK: the problems, each one sentence

    @Test func unknownPlatform() {
        let account = Self.account("vanished")
        let found = problem { () throws(LetterDraftProblem) in
            try draft().facts(kind: .objection, account: account, history: [], erase: false, access: false, authority: nil, report: nil)
        }
        #expect(found == .unknownPlatform(account: "Marie's", platform: "vanished"))
        #expect(found?.sentence(in: .en).contains("'vanished'") == true)
    }

    @Test func noPublishedContact() {
        let found = problem { () throws(LetterDraftProblem) in
            try draft().facts(kind: .objection, account: Self.account("instagram"), history: [], erase: false, access: false,
                              authority: nil, report: nil)
        }
        #expect(found == .noContact(platform: .brand("Instagram"), id: "instagram"))
        let sentence = found?.sentence(in: .en) ?? ""
        #expect(sentence.contains("Instagram publishes no privacy contact"))
        #expect(sentence.contains("form"))
    }

    @Test func reminderOrComplaintBeforeAnyObjection() {
        for kind in [Letter.Kind.reminder, .complaint] {
            let found = problem { () throws(LetterDraftProblem) in
                try draft().facts(kind: kind, account: Self.account(), history: [], erase: false, access: false, authority: nil, report: nil)
            }
            #expect(found == .noObjectionSent(account: "Marie's", kind: kind))
            #expect(found?.sentence(in: .en).contains("optout letter write Marie's") == true)
        }
    }

    @Test func unknownAuthority() {
        let found = problem { () throws(LetterDraftProblem) in
            try draft().facts(kind: .complaint, account: Self.account(letters: [Self.objection]), history: [], erase: false,
                              access: false, authority: "xx-nobody\u{1B}[2J", report: nil)
        }
        #expect(found == .unknownAuthority(id: "xx-nobody\u{FFFD}[2J"))
        let sentence = found?.sentence(in: .en) ?? ""
        #expect(sentence.contains("optout catalog authorities"))
        #expect(!sentence.contains("\u{1B}"))
    }

    @Test func noAuthorityKnown() {
        let account = Self.account("forum", letters: [Self.objection])
        func found(_ draft: LetterDraft) -> LetterDraftProblem? {
            problem { () throws(LetterDraftProblem) in
                try draft.facts(kind: .complaint, account: account, history: [], erase: false, access: false, authority: nil, report: nil)
            }
        }
        #expect(found(draft(country: nil)) == .noCountry)
        #expect(found(draft(country: nil))?.sentence(in: .en).contains("country: FR") == true)
        #expect(found(draft(country: "DE")) == .needsRegion)
        #expect(found(draft(country: "DE"))?.sentence(in: .en).contains("region: DE-BY") == true)
        #expect(found(draft(country: "SE")) == .unknownPlace(place: "SE"))
        #expect(found(draft(country: "SE"))?.sentence(in: .en).contains("SE") == true)
    }

    @Test func everyProblemIsSaidInEveryLanguage() {
        let problems: [LetterDraftProblem] = [
            .unknownPlatform(account: "a", platform: "p"), .noContact(platform: "P", id: "p"),
            .noObjectionSent(account: "a", kind: .reminder), .noObjectionSent(account: "a", kind: .complaint),
            .unknownAuthority(id: "x"), .noCountry, .needsRegion, .unknownPlace(place: "SE"),
        ]
        for problem in problems {
            let english = problem.sentence(in: .en)
            #expect(!english.isEmpty)
            for language in Language.allCases where language != .en {
                #expect(problem.sentence(in: language) != english, "\(problem) in \(language)")
            }
        }
    }
}
