@testable import ChecklistEngine
import Foundation
import Testing

@Suite("LetterText composer")
struct LetterComposerTests {
    private func compose(_ kind: Letter.Kind, _ language: Language = .en, holder: String? = "Marie Dupont",
                         identifier: String? = "marie.dupont@example.org", controller: Contact = LetterFixtures.meta) -> LetterText {
        LetterComposer.compose(LetterFixtures.facts(kind, language, holder: holder, identifier: identifier, controller: controller))
    }

    @Test("The text is a To line, a Subject line, a blank line and the body")
    func textShape() {
        for kind in Letter.Kind.allCases {
            let letter = compose(kind)
            let lines = letter.text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[0] == "To: " + letter.to.headerLine)
            #expect(lines[1] == "Subject: " + letter.subject)
            #expect(lines[2].isEmpty)
            #expect(letter.text.hasSuffix(letter.body))
            #expect(letter.body.hasSuffix("Marie Dupont\n"))
        }
    }

    @Test("The To line quotes a name with a comma and gives the address; without one it gives the postal address")
    func toLine() {
        #expect(compose(.objection, controller: LetterFixtures.bluesky).to.headerLine == "\"Bluesky Social, PBC\" <privacy@bsky.app>")
        #expect(compose(.objection).to.headerLine
            == "Meta Platforms Ireland Limited, 4 Grand Canal Square, Grand Canal Harbour, Dublin 2, Ireland")
        #expect(compose(.objection).to.email == nil)
        #expect(LetterRecipient(name: "Ann \"A\" Lee", email: "a@b.eu", postal: []).headerLine == "\"Ann \\\"A\\\" Lee\" <a@b.eu>")
        #expect(LetterRecipient(name: "Zoom Communications Inc", email: "privacy@zoom.us", postal: []).headerLine
            == "Zoom Communications Inc <privacy@zoom.us>")
        var broken = LetterFixtures.bluesky
        broken.email = "privacy@bsky.app\r\nBcc: all@example.com"
        #expect(compose(.objection, controller: broken).to.email == nil, "an address that is not one is not written to")
    }

    @Test("The objection asks for erasure and access only when told to")
    func objectionOptions() {
        let words = Words(.en)
        func objection(erase: Bool, access: Bool) -> String {
            var facts = LetterFixtures.facts(.objection, .en)
            facts.content = .objection(erase: erase, access: access)
            return LetterComposer.compose(facts).body
        }
        let plain = objection(erase: false, access: false)
        #expect(plain.contains(words.text(.letterObjectionObject)))
        #expect(plain.contains(words.text(.letterObjectionStop)))
        #expect(plain.contains(words.text(.letterObjectionConfirm)))
        #expect(!plain.contains("Article 17") && !plain.contains("Article 15"))
        let erase = objection(erase: true, access: false)
        #expect(erase.contains("Article 17(1)(c) GDPR") && !erase.contains("Article 15"))
        #expect(erase.contains(words.text(.letterObjectionConfirmAndAnswer)) && !erase.contains(words.text(.letterObjectionConfirm)))
        let access = objection(erase: false, access: true)
        #expect(access.contains("Article 15 GDPR") && !access.contains("Article 17"))
        #expect(access.contains(words.text(.letterObjectionConfirmAndAnswer)))
    }

    @Test("The reminder names the objection's day, the due day and a reply-by day 14 days on")
    func reminderDays() {
        #expect(LetterDeadlines.reminderGraceDays == 14)
        let letter = compose(.reminder)
        #expect(letter.subject == "Reminder: my objection of 3 June 2025 under Article 21(1) GDPR (Instagram)")
        #expect(letter.body.contains("On 3 June 2025, I objected"))
        #expect(letter.body.contains("That month ended on 3 July 2025"))
        #expect(letter.body.contains("within 14 days, that is by 21 July 2025"))
        #expect(letter.body.contains("Article 77 GDPR"))
        var facts = LetterFixtures.facts(.reminder, .fr)
        facts.content = .reminder(objectionSent: LetterFixtures.day("2025-06-03"), due: LetterFixtures.day("2025-09-03"), extended: true)
        let extended = LetterComposer.compose(facts).body
        #expect(extended.contains("Vous avez prolongé de deux mois le délai de réponse"))
        #expect(extended.contains("expiré le 3 septembre 2025"))
    }

    @Test("A reminder's reply-by day crosses month and year ends")
    func replyBy() {
        #expect(LetterDeadlines.replyBy(reminderWritten: LetterFixtures.day("2025-12-25")) == LetterFixtures.day("2026-01-08"))
        #expect(LetterDeadlines.replyBy(reminderWritten: LetterFixtures.day("2024-02-20")) == LetterFixtures.day("2024-03-05"))
        #expect(LetterDeadlines.replyBy(reminderWritten: LetterFixtures.day("2025-02-20")) == LetterFixtures.day("2025-03-06"))
    }

    @Test("A complaint is written in the authority's language when optout speaks it, else the user's")
    func complaintLanguage() {
        func language(user: Language, authority: [String]) -> Language {
            var facts = LetterFixtures.facts(.complaint, user)
            facts.content = .complaint(ComplaintFacts(authority: LetterFixtures.authority(
                "x", "BE", names: ["en": "Authority"], postal: ["Street 1"], languages: authority)))
            return LetterComposer.compose(facts).language
        }
        #expect(language(user: .de, authority: ["fr"]) == .fr)
        #expect(language(user: .nl, authority: ["fr", "nl", "de"]) == .nl, "the user's own when the authority takes it")
        #expect(language(user: .en, authority: ["fr", "nl", "de"]) == .fr, "else the first the authority names")
        #expect(language(user: .it, authority: ["lb", "de"]) == .de)
        #expect(language(user: .es, authority: ["pl"]) == .es, "optout speaks no Polish: the user's")
        #expect(language(user: .es, authority: []) == .es)
        var toCNIL = LetterFixtures.facts(.complaint, .en)
        toCNIL.content = .complaint(ComplaintFacts(authority: LetterFixtures.authority(for: .fr)))
        toCNIL.platform = .phrase(LocalizedText(en: "Meta: what others share", fr: "Meta : ce que d'autres partagent"))
        #expect(LetterComposer.compose(toCNIL).subject.hasSuffix("(Meta : ce que d'autres partagent)"), "the name in the letter's language")
        var objection = LetterFixtures.facts(.objection, .de)
        objection.language = .it
        #expect(LetterComposer.compose(objection).language == .it)
    }

    @Test("A complaint tells the events by day, what came back, the evidence and the report")
    func complaintStory() {
        let letter = compose(.complaint)
        #expect(letter.to.headerLine == "\"Data Protection Commission (Ireland, DPC)\" <info@dataprotection.ie>")
        let body = letter.body
        let order = ["- 20 May 2025: step completed: “Fill in and send the form”", "- 3 June 2025: objection sent",
                     "- 7 July 2025: reminder sent", "- 15 July 2025: answer received"]
        let positions = order.compactMap { body.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted(), "\(body)")
        #expect(body.contains("Complainant: Marie Dupont\nAccount: Instagram, registered under marie.dupont@example.org\n"
            + "Controller: Meta Platforms Ireland Limited, 4 Grand Canal Square, Grand Canal Harbour, Dublin 2, Ireland\n"))
        #expect(body.contains("What came back:\n- 15 July 2025: “Automatic reply: we have received your message.”"))
        #expect(body.contains("- objection-2025-06-03.eml, SHA-256: 9f86d081"))
        #expect(body.contains("The enclosed report, optout-report-2025-08-01.md,"))
        #expect(body.contains("had to answer by 3 July 2025"))
    }

    @Test("A complaint with nothing back, no evidence and no report says so, and leaves those out")
    func bareComplaint() {
        var facts = LetterFixtures.facts(.complaint, .en)
        facts.content = .complaint(ComplaintFacts(authority: LetterFixtures.authority(for: .en), events: [
            LetterEvent(day: LetterFixtures.day("2025-06-03"), what: .sent(.objection)),
            LetterEvent(day: LetterFixtures.day("2025-07-01"), what: .extended),
            LetterEvent(day: LetterFixtures.day("2025-09-04"), what: .answered(note: "  ")),
        ]))
        let body = LetterComposer.compose(facts).body
        #expect(body.contains("- 1 July 2025: the controller extended the time to answer by two months"))
        #expect(body.contains("What came back:\n- 4 September 2025: an answer (not summarised here)"))
        #expect(!body.contains("Evidence") && !body.contains("report") && !body.contains("had to answer by"))
        facts.content = .complaint(ComplaintFacts(authority: LetterFixtures.authority(for: .en)))
        let empty = LetterComposer.compose(facts).body
        #expect(empty.contains("What came back:\nNothing: I have received no answer."))
        #expect(!empty.contains("What I sent and did"))
    }

    @Test("A missing holder or identifier is reported and leaves a bracketed gap in the letter's language",
          arguments: Language.allCases)
    func missingFacts(_ language: Language) {
        for kind in Letter.Kind.allCases {
            let letter = compose(kind, language, holder: nil, identifier: "  \t ")
            #expect(letter.missing == [.holder, .identifier])
            let letterWords = Words(letter.language)
            #expect(letter.body.hasSuffix(letterWords.text(.letterGapHolder) + "\n"))
            #expect(letter.body.contains(letterWords.text(.letterGapIdentifier)))
            #expect(letterWords.text(.letterGapHolder).hasPrefix("["))
            if kind != .complaint { #expect(letter.language == language) }
        }
        #expect(compose(.objection, language, identifier: nil).missing == [.identifier])
        #expect(compose(.reminder, language, holder: "").missing == [.holder])
    }

    /// Every kind of text from outside, each with what a terminal, a mail header or a
    /// placeholder would act on.
    static let hostile = "Eve\u{1B}[31m\r\nBcc: all@example.com\u{0}\u{7F}\u{9B}2J\u{202E}\u{2028}Subject: x\t{holder}"

    @Test("Hostile text never reaches the letter raw, and cannot add a header line", arguments: Letter.Kind.allCases)
    func hostileText(_ kind: Letter.Kind) {
        var contact = LetterFixtures.bluesky
        contact.controller = Self.hostile
        contact.postal = [Self.hostile, "\n"]
        var facts = LetterFixtures.facts(kind, .en, holder: Self.hostile, identifier: Self.hostile, controller: contact)
        facts.platform = .phrase(LocalizedText([.en: Self.hostile, .fr: "Instagram"]))
        if case .complaint(var complaint) = facts.content {
            complaint.authority.name = ["en": Self.hostile]
            complaint.authority.complaint.postal = [Self.hostile]
            complaint.events.append(LetterEvent(day: LetterFixtures.day("2025-07-16"), what: .answered(note: Self.hostile)))
            complaint.events.append(LetterEvent(day: LetterFixtures.day("2025-07-16"), what: .ticked(step: LocalizedText([.en: Self.hostile]))))
            complaint.evidence.append(EvidenceFile(name: Self.hostile, sha256: Self.hostile))
            complaint.report = Self.hostile
            facts.content = .complaint(complaint)
        }
        let letter = LetterComposer.compose(facts)
        let text = letter.text
        #expect(!text.unicodeScalars.contains { ($0 != "\n" && SafeText.isUnsafe($0)) || $0 == "\u{2028}" || $0 == "\u{2029}" })
        #expect(!text.contains("\r"))
        let header = text.components(separatedBy: "\n\n")[0].split(separator: "\n")
        #expect(header.count == 2 && header[0].hasPrefix("To: ") && header[1].hasPrefix("Subject: "), "\(header)")
        #expect(!letter.subject.contains("\n") && !letter.to.headerLine.contains("\n"))
        #expect(text.contains("{holder}"), "a placeholder inside a value is left as typed")
        #expect(letter.missing.isEmpty)
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("Bcc:") })
    }
}
