import ChecklistEngine

/// The words of the binding table: a key for each short label of the footer and each sentence
/// of the help screen, looked up in one place. (A later issue moves the words themselves into a
/// file per language, keyed by `rawValue`; the table only names them.)
public enum WordKey: String, CaseIterable, Sendable {
    case moveUpLabel, moveDownLabel, pageUpLabel, pageDownLabel, firstLabel, lastLabel
    case openLabel, backLabel, toggleLabel, addAccountLabel, removeAccountLabel, relabelLabel
    case searchLabel, exportLabel, undoLabel, redoLabel, helpLabel, quitLabel
    case editNoteLabel, coverLabel, openLinkLabel, copyLinkLabel, toggleDetailLabel, reviewLabel
    case scrollDetailDownLabel, scrollDetailUpLabel, expandAllLabel, collapseAllLabel, confirmLabel, cancelLabel
    case moveUpHelp, moveDownHelp, pageUpHelp, pageDownHelp, firstHelp, lastHelp
    case openHelp, backHelp, toggleHelp, addAccountHelp, removeAccountHelp, relabelHelp
    case searchHelp, exportHelp, undoHelp, redoHelp, helpHelp, quitHelp
    case editNoteHelp, coverHelp, openLinkHelp, copyLinkHelp, toggleDetailHelp, reviewHelp
    case scrollDetailDownHelp, scrollDetailUpHelp, expandAllHelp, collapseAllHelp, confirmHelp, cancelHelp

    /// The text in `language`.
    public func text(in language: Language) -> String {
        let (en, fr) = words
        return language == .fr ? fr : en
    }

    private var words: (en: String, fr: String) {
        switch self {
        case .moveUpLabel: ("up", "monter")
        case .moveDownLabel: ("down", "descendre")
        case .pageUpLabel: ("page up", "page préc.")
        case .pageDownLabel: ("page down", "page suiv.")
        case .firstLabel: ("first", "début")
        case .lastLabel: ("last", "fin")
        case .openLabel: ("open", "ouvrir")
        case .backLabel: ("back", "retour")
        case .toggleLabel: ("tick", "cocher")
        case .addAccountLabel: ("add", "ajouter")
        case .removeAccountLabel: ("remove", "retirer")
        case .relabelLabel: ("rename", "renommer")
        case .searchLabel: ("search", "chercher")
        case .exportLabel: ("report", "rapport")
        case .undoLabel: ("undo", "annuler")
        case .redoLabel: ("redo", "rétablir")
        case .helpLabel: ("help", "aide")
        case .quitLabel: ("quit", "quitter")
        case .editNoteLabel: ("note", "note")
        case .coverLabel: ("covered", "couvert")
        case .openLinkLabel: ("link", "lien")
        case .copyLinkLabel: ("copy", "copier")
        case .toggleDetailLabel: ("details", "détails")
        case .reviewLabel: ("reviewed", "revu")
        case .scrollDetailDownLabel: ("details down", "détails ↓")
        case .scrollDetailUpLabel: ("details up", "détails ↑")
        case .expandAllLabel: ("expand all", "tout ouvrir")
        case .collapseAllLabel: ("collapse all", "tout fermer")
        case .confirmLabel: ("yes", "oui")
        case .cancelLabel: ("no", "non")
        case .moveUpHelp: ("Move up one line", "Remonter d'une ligne")
        case .moveDownHelp: ("Move down one line", "Descendre d'une ligne")
        case .pageUpHelp: ("Move up one page", "Remonter d'une page")
        case .pageDownHelp: ("Move down one page", "Descendre d'une page")
        case .firstHelp: ("Go to the first line", "Aller à la première ligne")
        case .lastHelp: ("Go to the last line", "Aller à la dernière ligne")
        case .openHelp: ("Open the account, expand the step, or choose", "Ouvrir le compte, déplier l'étape ou valider le choix")
        case .backHelp: ("Go back, or collapse the step", "Revenir en arrière ou replier l'étape")
        case .toggleHelp: ("Tick or untick the step (the time is kept)", "Cocher ou décocher l'étape (l'heure est enregistrée)")
        case .addAccountHelp: ("Add an account to track", "Ajouter un compte à suivre")
        case .removeAccountHelp: ("Remove the account (asks first)", "Retirer le compte (après confirmation)")
        case .relabelHelp: ("Change the account's label", "Changer le libellé du compte")
        case .searchHelp: ("Search accounts and steps", "Chercher dans les comptes et les étapes")
        case .exportHelp: ("Export a report (Markdown, HTML, JSON, CSV)", "Exporter un rapport (Markdown, HTML, JSON, CSV)")
        case .undoHelp: ("Undo the last change", "Annuler le dernier changement")
        case .redoHelp: ("Redo what was undone", "Rétablir le changement annulé")
        case .helpHelp: ("Show this help", "Afficher cette aide")
        case .quitHelp: ("Quit (everything is already saved)", "Quitter (tout est déjà enregistré)")
        case .editNoteHelp: ("Attach a note to the step", "Joindre une note à l'étape")
        case .coverHelp: ("Mark the account as covered by a linked account", "Marquer le compte comme couvert par un compte lié")
        case .openLinkHelp: ("Open the step's link in the browser", "Ouvrir le lien de l'étape dans le navigateur")
        case .copyLinkHelp: ("Copy the step's link (terminal clipboard)", "Copier le lien de l'étape (presse-papiers du terminal)")
        case .toggleDetailHelp: ("Show or hide the detail pane", "Afficher ou masquer le panneau de détails")
        case .reviewHelp: ("Confirm the ticked steps still hold", "Confirmer que les étapes cochées valent toujours")
        case .scrollDetailDownHelp: ("Scroll the detail pane down", "Faire défiler les détails vers le bas")
        case .scrollDetailUpHelp: ("Scroll the detail pane up", "Faire défiler les détails vers le haut")
        case .expandAllHelp: ("Expand every step", "Déplier toutes les étapes")
        case .collapseAllHelp: ("Collapse every step", "Replier toutes les étapes")
        case .confirmHelp: ("Confirm", "Confirmer")
        case .cancelHelp: ("Cancel", "Annuler")
        }
    }
}
