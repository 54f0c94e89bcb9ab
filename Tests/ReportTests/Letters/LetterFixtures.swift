import ChecklistEngine
import Foundation

/// Fixed facts for the letters: Marie Dupont's Instagram account, Meta's contact as the
/// catalog has it, and one supervisory authority per language, so the goldens never move.
enum LetterFixtures {
    static func day(_ text: String) -> CalendarDay { Fixtures.day(text) }

    /// Meta's contact as in the catalog: a form and a postal address, no email.
    static let meta = Contact(
        controller: "Meta Platforms Ireland Limited", form: "https://www.facebook.com/help/contact/540977946302970",
        postal: ["4 Grand Canal Square", "Grand Canal Harbour", "Dublin 2", "Ireland"], country: "IE",
        authority: "ie-dpc", lastVerified: day("2026-12-02"), confidence: .reported, sources: [])

    /// A contact with an address, and a name RFC 5322 wants quoted.
    static let bluesky = Contact(
        controller: "Bluesky Social, PBC", email: "privacy@bsky.app", country: "US", lastVerified: day("2026-12-02"),
        confidence: .reported, sources: [])

    static let sendForm = LocalizedText([
        .en: "Fill in and send the form", .fr: "Remplissez et envoyez le formulaire", .de: "Formular ausfüllen und absenden",
        .es: "Rellena y envía el formulario", .it: "Compila e invia il modulo", .nl: "Vul het formulier in en verstuur het",
    ])

    static func authority(_ id: String, _ country: String, region: String? = nil, names: [String: String], email: String? = nil,
                          postal: [String], languages: [String]) -> Authority {
        Authority(id: id, country: country, region: region, name: names,
                  complaint: .init(form: "https://example.org/complaint", email: email, postal: postal, languages: languages),
                  lastVerified: day("2026-12-02"), confidence: .reported, sources: [])
    }

    /// The authority a user writing in `language` would complain to (its complaint language is that one).
    static func authority(for language: Language) -> Authority {
        switch language {
        case .en: authority("ie-dpc", "IE", names: ["en": "Data Protection Commission (Ireland, DPC)"], email: "info@dataprotection.ie",
                            postal: ["21 Fitzwilliam Square South", "Dublin 2", "D02 RD28", "Ireland"], languages: ["en"])
        case .fr: authority("fr-cnil", "FR", names: ["en": "French Data Protection Authority (CNIL)",
                                                     "fr": "Commission nationale de l'informatique et des libertés (CNIL)"],
                            postal: ["3 Place de Fontenoy", "TSA 80715", "75334 PARIS CEDEX 07", "France"], languages: ["fr"])
        case .de: authority("de-hh-hmbbfdi", "DE", region: "DE-HH",
                            names: ["en": "Hamburg Commissioner for Data Protection and Freedom of Information (HmbBfDI)",
                                    "de": "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit"],
                            email: "mailbox@datenschutz.hamburg.de",
                            postal: ["Ludwig-Erhard-Str 22, 7. OG", "20459 Hamburg", "Deutschland"], languages: ["de"])
        case .es: authority("es-aepd", "ES", names: ["en": "Spanish Data Protection Agency (AEPD)",
                                                     "es": "Agencia Española de Protección de Datos (AEPD)"],
                            postal: ["C/ Jorge Juan, 6", "28001 Madrid", "Spain"], languages: ["es"])
        case .it: authority("it-gpdp", "IT", names: ["en": "Italian Data Protection Authority (Garante)",
                                                     "it": "Garante per la protezione dei dati personali"],
                            email: "protocollo@pec.gpdp.it", postal: ["Piazza Venezia 11", "00187 Roma", "Italy"], languages: ["it"])
        case .nl: authority("nl-ap", "NL", names: ["en": "Dutch Data Protection Authority (AP)", "nl": "Autoriteit Persoonsgegevens (AP)"],
                            email: "info@autoriteitpersoonsgegevens.nl",
                            postal: ["Postbus 93374", "2509 AJ DEN HAAG", "The Netherlands"], languages: ["nl"])
        }
    }

    /// The story a complaint tells: the form on 20 May, the letter on 3 June, the reminder on
    /// 7 July, an automatic reply on 15 July.
    static let events = [
        LetterEvent(day: day("2025-07-15"), what: .answered(note: "Automatic reply: we have received your message.")),
        LetterEvent(day: day("2025-06-03"), what: .sent(.objection)),
        LetterEvent(day: day("2025-05-20"), what: .ticked(step: sendForm)),
        LetterEvent(day: day("2025-07-07"), what: .sent(.reminder)),
    ]

    static let evidence = [
        EvidenceFile(name: "objection-2025-06-03.eml", sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
        EvidenceFile(name: "reply-2025-07-15.png", sha256: "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"),
    ]

    static func content(_ kind: Letter.Kind, language: Language) -> LetterFacts.Content {
        switch kind {
        case .objection: .objection(erase: true, access: true)
        case .reminder: .reminder(objectionSent: day("2025-06-03"), due: day("2025-07-03"))
        case .complaint: .complaint(ComplaintFacts(authority: authority(for: language), due: day("2025-07-03"), events: events,
                                                   evidence: evidence, report: "optout-report-2025-08-01.md"))
        }
    }

    static func written(_ kind: Letter.Kind) -> CalendarDay {
        switch kind {
        case .objection: day("2025-06-03")
        case .reminder: day("2025-07-07")
        case .complaint: day("2025-08-01")
        }
    }

    static func facts(_ kind: Letter.Kind, _ language: Language, holder: String? = "Marie Dupont",
                      identifier: String? = "marie.dupont@example.org", controller: Contact = meta) -> LetterFacts {
        LetterFacts(content: content(kind, language: language), language: language, holder: holder, identifier: identifier,
                    platform: "Instagram", controller: controller, written: written(kind))
    }
}
