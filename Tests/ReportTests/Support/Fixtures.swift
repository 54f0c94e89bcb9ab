import ChecklistEngine
import Foundation

/// A small catalog and a progress value built in code, with a fixed clock and zone, so every
/// report is the same bytes on every machine.
enum Fixtures {
    /// 2025-06-03 12:05 UTC: a week after Meta's 27 May 2025 date.
    static let now = time("2025-06-03T12:05:00Z")
    /// A fixed offset rather than a named zone: no dependence on the machine's tz database.
    static let timeZone = TimeZone(secondsFromGMT: 2 * 3600) ?? TimeZone(identifier: "UTC") ?? .current

    static func time(_ text: String) -> Date {
        Timestamp.date(text) ?? .distantPast
    }

    static func day(_ text: String) -> CalendarDay {
        CalendarDay(text) ?? CalendarDay(Date(timeIntervalSince1970: 0), timeZone: timeZone)
    }

    static let metaBasis = LocalizedText(
        en: "GDPR Article 21: the right to object to processing based on legitimate interest",
        fr: "RGPD, article 21 : le droit de s'opposer à un traitement fondé sur l'intérêt légitime")

    static let metaSources = [
        Source(label: "Meta newsroom, 14 April 2025", url: "https://about.fb.com/news/2025/04/making-ai-work-harder-for-europeans/"),
        Source(label: "Irish DPC statement, 21 May 2025", url: "https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai"),
    ]

    static let instagram = Platform(
        id: "instagram", name: "Instagram", vendor: "Meta", group: "meta", kind: .objection, jurisdictions: ["EU", "EEA"],
        legalBasis: metaBasis, deadline: day("2025-05-27"), effect: .prospective, confidence: .verified,
        lastVerified: day("2025-05-20"), recheckDays: 365, sources: metaSources,
        summary: LocalizedText(
            en: "Meta trains its AI on the public posts of adult EU users from 27 May 2025 unless they object.\nAn objection sent later applies from then on only.",
            fr: "Meta entraîne son IA sur les publications publiques des adultes de l'UE à partir du 27 mai 2025, sauf opposition.\nUne opposition envoyée plus tard ne vaut que pour l'avenir."),
        steps: [
            Step(id: "open-privacy-centre", title: LocalizedText(en: "Open the Privacy Centre", fr: "Ouvrir le Centre de confidentialité"),
                 steps: [
                    Step(id: "app-route", title: LocalizedText(en: "In the app: Settings, Privacy Centre", fr: "Dans l'appli : Paramètres, Centre de confidentialité")),
                    Step(id: "web-route", title: LocalizedText(en: "On the web: the objection form", fr: "Sur le web : le formulaire d'opposition"),
                         url: "https://help.instagram.com/contact/767264225370182"),
                 ], anyOf: true),
            Step(id: "send-objection", title: LocalizedText(en: "Send the objection form", fr: "Envoyer le formulaire d'opposition"),
                 milestone: .submitted, fields: [LocalizedText(en: "the account's email", fr: "l'e-mail du compte")]),
            Step(id: "confirmation-email", title: LocalizedText(en: "Confirmation email received", fr: "E-mail de confirmation reçu"),
                 milestone: .confirmed),
            Step(id: "third-party-form", title: LocalizedText(en: "Object to what others share about you", fr: "S'opposer à ce que d'autres partagent sur vous"),
                 url: "https://www.facebook.com/help/contact/510058597920541", optional: true),
        ])

    /// Where letters go: the facts are made up, the shape is the catalog's.
    static func contact(_ controller: String, email: String) -> Contact {
        Contact(controller: controller, email: email, postal: ["1 Example Street", "Dublin 2", "Ireland"], country: "IE",
                authority: "ie-dpc", lastVerified: day("2025-05-01"), confidence: .reported,
                sources: [Source(label: "\(controller) privacy policy", url: "https://example.com/privacy")])
    }

    static let facebook = Platform(
        id: "facebook", name: "Facebook", vendor: "Meta", group: "meta", kind: .objection, jurisdictions: ["EU", "EEA"],
        legalBasis: metaBasis, deadline: day("2025-05-27"), effect: .prospective, confidence: .verified,
        lastVerified: day("2025-05-20"), recheckDays: 365, sources: metaSources,
        summary: LocalizedText(en: "The same objection as Instagram, through Facebook's form.",
                               fr: "La même opposition qu'Instagram, par le formulaire de Facebook."),
        steps: [
            Step(id: "send-objection", title: LocalizedText(en: "Send the objection form", fr: "Envoyer le formulaire d'opposition"),
                 url: "https://www.facebook.com/help/contact/712876720715583", milestone: .submitted),
            Step(id: "confirmation-email", title: LocalizedText(en: "Confirmation email received", fr: "E-mail de confirmation reçu"),
                 milestone: .confirmed),
        ],
        contact: contact("Meta Platforms Ireland Limited", email: "privacy@example.com"))

    /// No switch, but a privacy contact: the letter is the way.
    static let exampleChat = Platform(
        id: "examplechat", name: "ExampleChat", vendor: "Example Inc.", kind: .none, effect: .unknown, confidence: .reported,
        lastVerified: day("2025-04-01"),
        sources: [Source(label: "Example Inc. help centre", url: "https://help.example.com/ai")],
        summary: LocalizedText(en: "No opt-out is offered.", fr: "Aucune opposition n'est proposée."),
        steps: [], contact: contact("Example Inc. Europe", email: "dpo@example.com"))

    static let catalog = Catalog(platforms: [instagram, facebook, exampleChat])

    /// Five accounts, one per status the catalog allows: opted out, in progress, covered,
    /// needs review, overdue (by letter, with its reminder); with notes, a cover, a holder and
    /// an identifier, letters extended and answered, and a full history.
    /// Meta's confirmation, kept as proof of the step it confirms.
    static let confirmationEmail = Evidence(
        sha256: "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea", name: "Meta confirmation.eml", size: 4312,
        mediaType: .email, added: time("2025-05-21T19:55:00Z"),
        email: EmailSummary(from: "Meta <noreply@meta.com>", to: "marie.dupont@example.org", subject: "We received your objection",
                            date: time("2025-05-21T19:48:00Z")))

    static func progress() throws -> UserProgress {
        var progress = UserProgress()
        let changes: [(String, ProgressChange)] = [
            ("2025-05-20T08:00:00Z", .addAccount(platform: "instagram", label: "@marie.perso")),
            ("2025-05-20T08:01:00Z", .addAccount(platform: "instagram", label: "Asso | Les Amis <3")),
            ("2025-05-20T08:02:00Z", .addAccount(platform: "facebook", label: nil)),
            ("2025-05-20T08:03:00Z", .addAccount(platform: "examplechat", label: "Grand-mère")),
            ("2025-05-20T08:04:00Z", .addAccount(platform: "facebook", label: "Page de l'asso")),
            ("2025-05-21T19:30:00Z", .tick(account: "instagram", step: "web-route", note: nil)),
            ("2025-05-21T19:42:00Z", .tick(account: "instagram", step: "send-objection",
                                           note: "Reason given: \"I do not consent\".\nSent from the laptop.")),
            ("2025-05-21T19:50:00Z", .tick(account: "instagram", step: "confirmation-email",
                                           note: "Email from Meta at 19:48 (kept in the Privacy folder)")),
            ("2025-05-21T19:55:00Z", .attach(account: "instagram", step: "confirmation-email", evidence: confirmationEmail, tickAt: nil, note: nil)),
            ("2025-05-22T10:00:00Z", .tick(account: "instagram-2", step: "app-route", note: nil)),
            ("2025-05-22T10:05:00Z", .setCoveredBy(account: "facebook", coveredBy: "instagram")),
            ("2025-05-23T17:15:00Z", .tick(account: "facebook-2", step: "send-objection", note: nil)),
            ("2025-05-25T09:00:00Z", .setNote(account: "instagram-2", step: "app-route", note: "Asked `Léa` for the password | *later*")),
            ("2025-05-20T09:00:00Z", .setHolder(account: "instagram", holder: "Marie Dupont")),
            ("2025-05-20T09:01:00Z", .setIdentifier(account: "instagram", identifier: "marie.dupont@example.org")),
            // By letter: the objection's month passed with no answer, the reminder's fortnight runs.
            ("2025-05-20T09:02:00Z", .sendLetter(account: "examplechat", kind: nil, on: day("2025-04-20"))),
            ("2025-05-21T09:00:00Z", .sendLetter(account: "examplechat", kind: nil, on: nil)),
            // Extended in time, then answered (the account still needs review for its form).
            ("2025-05-20T09:03:00Z", .sendLetter(account: "facebook-2", kind: .objection, on: day("2025-04-01"))),
            ("2025-05-20T09:04:00Z", .markExtended(account: "facebook-2", on: day("2025-04-20"))),
            ("2025-05-30T16:00:00Z", .markAnswered(account: "facebook-2", kind: nil, on: nil, note: "Refused by their DPO, ref. 4471")),
        ]
        // In the order they happened, so the history reads oldest first.
        for (at, change) in changes.sorted(by: { $0.0 < $1.0 }) {
            try progress.apply(change, catalog: catalog, at: time(at), timeZone: timeZone)
        }
        // The catalog changed that step since it was ticked: the account needs review.
        if let index = progress.index(ofAccount: "facebook-2") {
            progress.accounts[index].ticks["send-objection"]?.stepRevision = "000000000000"
        }
        return progress
    }

    // MARK: Hostile text

    static let hostileLabels = [
        "<script>alert(1)</script>", "=1+1", "@SUM(A1:A9)", "\u{1b}[31mred\u{1b}[0m", "pipe | and `tick` *x* [y](z)",
        "line1\nline2\r\nline3",
    ]

    static let hostileNotes = [
        "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "\t=tab", "\r=cr", "@cmd",
        "</td><script>alert(2)</script>", "C1 \u{9b}31m csi", "bidi \u{202E}evil", "a|b\n|c|\n\n# heading", "=1+1", "x`y`z",
    ]

    /// A catalog whose texts try to break out of every format.
    static var hostileCatalog: Catalog {
        var platform = instagram
        platform.name = "Insta\u{1b}[2Jgram <i>"
        platform.summary = LocalizedText(en: "Sum \u{1b}]0;owned\u{07} | <b>bold</b>", fr: "Résumé \u{1b}]0;owned\u{07} | <b>gras</b>")
        platform.sources = [
            Source(label: "<img src=x onerror=alert(3)>", url: "javascript:alert(3)"),
            Source(label: "ok | [link](x)", url: "https://example.com/a\"onmouseover=\"alert(4)"),
        ]
        platform.steps[1].title = LocalizedText(en: "=Send\u{1b}[1m <u>form</u> | now", fr: "=Envoyer\u{1b}[1m <u>formulaire</u> | maintenant")
        return Catalog(platforms: [platform, facebook, exampleChat])
    }

    /// Accounts labelled and noted with everything that could break a format.
    static var hostileProgress: UserProgress {
        let catalog = hostileCatalog
        let steps = catalog.platform(id: "instagram")?.allSteps.filter(\.isLeaf) ?? []
        var accounts: [Account] = []
        var history: [HistoryEntry] = []
        for (index, label) in hostileLabels.enumerated() {
            let id = index == 0 ? "instagram" : "instagram-\(index + 1)"
            // A file edited by hand may hold what the commands refuse: the reports still make it safe.
            let letter = Letter(kind: .objection, sentOn: day("2025-04-20"), answeredOn: day("2025-05-20"),
                                note: hostileNotes[index % hostileNotes.count])
            var account = Account(id: id, platform: "instagram", label: label, created: time("2025-05-20T08:00:00Z"),
                                  holder: label, identifier: hostileNotes[(index + 1) % hostileNotes.count], letters: [letter])
            if let step = steps.first {
                // An email whose headers are hostile, as a forged one may be.
                account.evidence[step.id] = [Evidence(
                    sha256: String(repeating: "a", count: 64), name: "\u{1b}[31mred\u{7} <i>|`x`|.eml", size: 10, mediaType: .email,
                    added: time("2025-05-21T10:00:00Z"),
                    email: EmailSummary(from: label, to: hostileNotes[(index + 2) % hostileNotes.count],
                                        subject: "=HYPER\u{202E}LINK(\"x\") </td><b>\r\nBcc: all", date: time("2025-05-21T09:00:00Z")))]
            }
            for (offset, step) in steps.enumerated() {
                let note = hostileNotes[(index + offset) % hostileNotes.count]
                account.ticks[step.id] = Tick(at: time("2025-05-21T10:00:00Z"), catalogRevision: catalog.revision, stepRevision: step.revision)
                account.notes[step.id] = note
                history.append(HistoryEntry(at: time("2025-05-21T10:00:00Z"), action: .note, account: id, platform: "instagram",
                                            step: step.id, detail: note))
            }
            history.append(HistoryEntry(at: time("2025-05-20T08:00:00Z"), action: .relabel, account: id, platform: "instagram",
                                        step: "\u{1b}[1mstep", detail: label))
            accounts.append(account)
        }
        accounts.append(Account(id: "<b>odd-id</b>", platform: "facebook", label: "=cmd|' /C calc'!A0",
                                created: time("2025-05-20T08:00:00Z"), coveredBy: "instagram"))
        return UserProgress(accounts: accounts, history: history)
    }
}
