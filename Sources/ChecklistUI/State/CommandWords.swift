import ChecklistEngine

extension Command {
    /// The short word of the footer.
    public func label(in language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .moveUp: return fr ? "monter" : "up"
        case .moveDown: return fr ? "descendre" : "down"
        case .pageUp: return fr ? "page préc." : "page up"
        case .pageDown: return fr ? "page suiv." : "page down"
        case .first: return fr ? "début" : "first"
        case .last: return fr ? "fin" : "last"
        case .open: return fr ? "ouvrir" : "open"
        case .back: return fr ? "retour" : "back"
        case .toggle: return fr ? "cocher" : "tick"
        case .addAccount: return fr ? "ajouter" : "add"
        case .removeAccount: return fr ? "retirer" : "remove"
        case .relabel: return fr ? "renommer" : "rename"
        case .search: return fr ? "chercher" : "search"
        case .export: return fr ? "rapport" : "report"
        case .undo: return fr ? "annuler" : "undo"
        case .redo: return fr ? "rétablir" : "redo"
        case .help: return fr ? "aide" : "help"
        case .quit: return fr ? "quitter" : "quit"
        case .editNote: return fr ? "note" : "note"
        case .cover: return fr ? "couvert" : "covered"
        case .openLink: return fr ? "lien" : "link"
        case .copyLink: return fr ? "copier" : "copy"
        case .toggleDetail: return fr ? "détails" : "details"
        case .review: return fr ? "revu" : "reviewed"
        case .scrollDetailDown: return fr ? "détails ↓" : "details down"
        case .scrollDetailUp: return fr ? "détails ↑" : "details up"
        case .expandAll: return fr ? "tout ouvrir" : "expand all"
        case .collapseAll: return fr ? "tout fermer" : "collapse all"
        case .confirm: return fr ? "oui" : "yes"
        case .cancel: return fr ? "non" : "no"
        }
    }

    /// The sentence of the help screen.
    public func explanation(in language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .moveUp: return fr ? "Remonter d'une ligne" : "Move up one line"
        case .moveDown: return fr ? "Descendre d'une ligne" : "Move down one line"
        case .pageUp: return fr ? "Remonter d'une page" : "Move up one page"
        case .pageDown: return fr ? "Descendre d'une page" : "Move down one page"
        case .first: return fr ? "Aller à la première ligne" : "Go to the first line"
        case .last: return fr ? "Aller à la dernière ligne" : "Go to the last line"
        case .open: return fr ? "Ouvrir le compte, déplier l'étape ou valider le choix" : "Open the account, expand the step, or choose"
        case .back: return fr ? "Revenir en arrière ou replier l'étape" : "Go back, or collapse the step"
        case .toggle: return fr ? "Cocher ou décocher l'étape (l'heure est enregistrée)" : "Tick or untick the step (the time is kept)"
        case .addAccount: return fr ? "Ajouter un compte à suivre" : "Add an account to track"
        case .removeAccount: return fr ? "Retirer le compte (après confirmation)" : "Remove the account (asks first)"
        case .relabel: return fr ? "Changer le libellé du compte" : "Change the account's label"
        case .search: return fr ? "Chercher dans les comptes et les étapes" : "Search accounts and steps"
        case .export: return fr ? "Exporter un rapport (Markdown, HTML, JSON, CSV)" : "Export a report (Markdown, HTML, JSON, CSV)"
        case .undo: return fr ? "Annuler le dernier changement" : "Undo the last change"
        case .redo: return fr ? "Rétablir le changement annulé" : "Redo what was undone"
        case .help: return fr ? "Afficher cette aide" : "Show this help"
        case .quit: return fr ? "Quitter (tout est déjà enregistré)" : "Quit (everything is already saved)"
        case .editNote: return fr ? "Joindre une note à l'étape" : "Attach a note to the step"
        case .cover: return fr ? "Marquer le compte comme couvert par un compte lié" : "Mark the account as covered by a linked account"
        case .openLink: return fr ? "Ouvrir le lien de l'étape dans le navigateur" : "Open the step's link in the browser"
        case .copyLink: return fr ? "Copier le lien de l'étape (presse-papiers du terminal)" : "Copy the step's link (terminal clipboard)"
        case .toggleDetail: return fr ? "Afficher ou masquer le panneau de détails" : "Show or hide the detail pane"
        case .review: return fr ? "Confirmer que les étapes cochées valent toujours" : "Confirm the ticked steps still hold"
        case .scrollDetailDown: return fr ? "Faire défiler les détails vers le bas" : "Scroll the detail pane down"
        case .scrollDetailUp: return fr ? "Faire défiler les détails vers le haut" : "Scroll the detail pane up"
        case .expandAll: return fr ? "Déplier toutes les étapes" : "Expand every step"
        case .collapseAll: return fr ? "Replier toutes les étapes" : "Collapse every step"
        case .confirm: return fr ? "Confirmer" : "Confirm"
        case .cancel: return fr ? "Annuler" : "Cancel"
        }
    }
}
