/// The words of the reports in each language, in one place so the Markdown, HTML and CSV
/// writers say the same thing the same way.
struct ReportWords: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func pick(_ en: String, _ fr: String) -> String { language == .fr ? fr : en }

    /// French puts a space before a colon.
    var colon: String { pick(":", " :") }

    var title: String { pick("AI training opt-out report", "Rapport d'opposition à l'entraînement de l'IA") }
    var intro: String {
        pick("What you did to object to the use of your data for AI training, account by account, with the time of each step.",
             "Ce que vous avez fait pour vous opposer à l'utilisation de vos données pour entraîner l'IA, compte par compte, avec l'heure de chaque étape.")
    }
    var made: String { pick("Made", "Établi le") }
    var catalogRevision: String { pick("Catalog revision", "Révision du catalogue") }
    var redactedNotice: String {
        pick("Redacted copy: labels are replaced by numbers; notes and the details of changes are left out.",
             "Copie anonymisée : les libellés sont remplacés par des numéros ; les notes et le détail des changements sont omis.")
    }
    var summary: String { pick("Summary", "Résumé") }
    var status: String { pick("Status", "Statut") }
    var accounts: String { pick("Accounts", "Comptes") }
    var noAccounts: String {
        pick("No accounts tracked yet. Add one with 'optout accounts add PLATFORM'.",
             "Aucun compte suivi pour l'instant. Ajoutez-en un avec « optout accounts add PLATEFORME ».")
    }

    var account: String { pick("Account", "Compte") }
    var platform: String { pick("Platform", "Plateforme") }
    var label: String { pick("Label", "Libellé") }
    var progress: String { pick("Progress", "Avancement") }
    var coveredBy: String { pick("Covered by", "Couvert par") }
    var added: String { pick("Added", "Ajouté le") }
    var lastChange: String { pick("Last change", "Dernier changement") }
    var reviewed: String { pick("Last reviewed", "Dernière revue") }
    var reviewBecause: String { pick("Needs review because", "À revoir car") }
    var platformMissing: String {
        pick("This platform is no longer in the catalog: its steps cannot be shown.",
             "Cette plateforme n'est plus dans le catalogue : ses étapes ne peuvent pas être affichées.")
    }

    var sent: String { pick("Request sent", "Demande envoyée") }

    /// "6 days before the deadline (27 May 2025)": how a sending day stands to the deadline.
    func relation(sent: CalendarDay, deadline: CalendarDay) -> String {
        let days = deadline.daysSinceEpoch - sent.daysSinceEpoch
        let count = abs(days)
        let amount = language == .fr ? "\(count) jour\(count > 1 ? "s" : "")" : "\(count) day\(count == 1 ? "" : "s")"
        let day = SpokenDate.day(deadline, in: language)
        if days == 0 { return pick("on the deadline day (\(day))", "le jour de la date limite (\(day))") }
        if days > 0 { return pick("\(amount) before the deadline (\(day))", "\(amount) avant la date limite (\(day))") }
        return pick("\(amount) after the deadline (\(day))", "\(amount) après la date limite (\(day))")
    }

    /// What the deadline means when an objection only reaches forward.
    var prospectiveDeadline: String {
        pick("an objection received after this date applies from then on only",
             "une opposition reçue après cette date ne vaut que pour l'avenir")
    }

    var about: String { pick("About the platform", "À propos de la plateforme") }
    var vendor: String { pick("Vendor", "Éditeur") }
    var kind: String { pick("Kind", "Type") }
    var legalBasis: String { pick("Legal basis", "Base légale") }
    var effect: String { pick("Effect", "Effet") }
    var deadline: String { pick("Deadline", "Date limite") }
    var jurisdictions: String { pick("Where", "Où") }
    var confidence: String { pick("Confidence", "Fiabilité") }
    var lastVerified: String { pick("Last verified", "Vérifié le") }
    var recheck: String { pick("Re-check every", "À revérifier tous les") }
    func days(_ count: Int) -> String { pick("\(count) days", "\(count) jours") }
    var sources: String { pick("Sources", "Sources") }

    var steps: String { pick("Steps", "Étapes") }
    var number: String { "#" }
    var stepNumber: String { pick("Step number", "N° d'étape") }
    var optionalHeader: String { pick("Optional", "Facultatif") }
    var step: String { pick("Step", "Étape") }
    var stepID: String { pick("Step id", "Id d'étape") }
    var done: String { pick("Done", "Fait") }
    var when: String { pick("When", "Quand") }
    var note: String { pick("Note", "Note") }
    var doneMark: String { pick("☑ done", "☑ fait") }
    var notDoneMark: String { pick("☐ to do", "☐ à faire") }
    var yes: String { pick("yes", "oui") }
    var no: String { pick("no", "non") }
    var optional: String { pick("optional", "facultatif") }
    var anyOf: String { pick("any one route will do", "une des voies suffit") }
    var changed: String { pick("changed in the catalog since it was ticked", "modifiée dans le catalogue depuis") }
    var noSteps: String { pick("Nothing to tick: this platform offers no opt-out.", "Rien à cocher : cette plateforme n'offre aucune opposition.") }

    var history: String { pick("History", "Historique") }
    var change: String { pick("Change", "Changement") }
    var detail: String { pick("Detail", "Détail") }
    var noHistory: String { pick("No change recorded.", "Aucun changement enregistré.") }

    var footer: String {
        pick("Made by optout from the progress kept on this computer. Local times show their offset from UTC; the JSON export gives every time in UTC.",
             "Établi par optout à partir de la progression gardée sur cet ordinateur. Les heures locales indiquent leur décalage par rapport à UTC ; l'export JSON donne toutes les heures en UTC.")
    }

    /// "2/5" said in words: how many units of required work are done.
    func progressText(done: Int, total: Int) -> String {
        total == 0 ? "-" : pick("\(done) of \(total) done", "\(done) sur \(total) faites")
    }

    /// Flags that qualify a step: optional, alternative routes, milestone, changed.
    func flags(_ step: Report.StepReport) -> [String] {
        var flags: [String] = []
        if step.anyOf { flags.append(anyOf) }
        if step.optional { flags.append(optional) }
        if let milestone = step.milestone { flags.append(CatalogWords.milestone(milestone, language)) }
        if step.changed { flags.append(changed) }
        return flags
    }

    func action(_ action: HistoryEntry.Action) -> String {
        switch action {
        case .addAccount: pick("account added", "compte ajouté")
        case .removeAccount: pick("account removed", "compte retiré")
        case .restoreAccount: pick("account restored", "compte rétabli")
        case .relabel: pick("label changed", "libellé modifié")
        case .tick: pick("step done", "étape cochée")
        case .untick: pick("step undone", "étape décochée")
        case .note: pick("note changed", "note modifiée")
        case .cover: pick("covered by a linked account", "couvert par un compte lié")
        case .uncover: pick("no longer covered", "n'est plus couvert")
        case .review: pick("ticks reviewed", "coches revues")
        }
    }
}
