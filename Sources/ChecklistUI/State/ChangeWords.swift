import ChecklistEngine

/// The status-bar sentence after a change reached the file.
enum ChangeWords {
    static func describe(_ change: ProgressChange, outcome: ChangeOutcome, origin: ChangeOrigin, state: AppState) -> String {
        let prefix: String
        switch origin {
        case .user: prefix = ""
        case .undo: prefix = state.say("Undone: ", "Annulé : ")
        case .redo: prefix = state.say("Redone: ", "Rétabli : ")
        }
        // A removed account is no longer in the progress; its undo still holds it, label and all.
        var account = state.progress.account(id: outcome.account)
        if account == nil, case .restoreAccount(let removed) = outcome.inverse { account = removed }
        let platform = account.flatMap { state.catalog.platform(id: $0.platform) }
        // The label the user gave, else the platform's own name (not its id).
        let name = SafeText.line(account?.label ?? platform?.name(in: state.language) ?? account?.displayName ?? outcome.account)
        func title(_ step: String) -> String {
            guard let found = platform?.step(id: step) else { return step }
            // Quoted as each language quotes (as the engine's messages do).
            let text = found.title.text(in: state.language)
            return state.say("'" + text + "'", "« " + text + " »")
        }
        let text: String
        switch change {
        case .addAccount:
            let tick = state.keyName(.toggle, in: .checklist)
            if platform?.steps.isEmpty == true {
                text = platform?.kind == .noTraining
                    ? state.say("Added \(name). It says it does not train on your content: nothing to tick; the pane says why.",
                                "\(name) ajouté. Il dit ne pas entraîner d'IA sur vos contenus : rien à cocher ; le panneau dit pourquoi.")
                    : state.say("Added \(name). It offers no opt-out: nothing to tick; the pane says why.",
                                "\(name) ajouté. Il n'offre aucune opposition : rien à cocher ; le panneau dit pourquoi.")
            } else {
                text = state.say("Added \(name). Its steps are below; \(tick) ticks one.", "\(name) ajouté. Ses étapes sont ci-dessous ; \(tick) en coche une.")
            }
        case .removeAccount:
            let undo = state.keyName(.undo, in: .dashboard)
            text = state.say("Removed \(name) (\(undo) undoes).", "\(name) retiré (\(undo) pour annuler).")
        case .restoreAccount:
            text = state.say("\(name) is back.", "\(name) est de retour.")
        case .relabel:
            text = state.say("Renamed to \(name).", "Renommé en \(name).")
        case .tick(_, let step, _):
            text = state.say("Ticked \(title(step)); saved.", "\(title(step)) cochée ; enregistré.")
        case .untick(_, let step):
            text = state.say("Unticked \(title(step)); saved.", "\(title(step)) décochée ; enregistré.")
        case .restoreTick(_, let step, let tick):
            text = tick == nil ? state.say("\(title(step)) is not done.", "\(title(step)) n'est pas faite.")
                : state.say("\(title(step)) is done again, with its original time.", "\(title(step)) est de nouveau faite, à son heure d'origine.")
        case .setNote(_, let step, let note):
            text = note?.isEmpty == false ? state.say("Note saved on \(title(step)).", "Note enregistrée sur \(title(step)).")
                : state.say("Note removed from \(title(step)).", "Note retirée de \(title(step)).")
        case .setCoveredBy(_, let cover):
            text = cover.map { state.say("\(name) is covered by \($0).", "\(name) est couvert par \($0).") }
                ?? state.say("\(name) is no longer covered.", "\(name) n'est plus couvert.")
        case .markReviewed:
            text = state.say("\(name) reviewed: its ticks count again.", "\(name) revu : ses coches comptent de nouveau.")
        }
        return prefix + text
    }
}
