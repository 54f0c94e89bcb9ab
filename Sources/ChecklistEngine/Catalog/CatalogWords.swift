/// The words for catalog values as the user reads them, in each language.
public enum CatalogWords {
    public static func kind(_ kind: PlatformKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.objection, .en): "objection form"
        case (.objection, .fr): "formulaire d'opposition"
        case (.setting, .en): "setting"
        case (.setting, .fr): "réglage"
        case (.request, .en): "request by email"
        case (.request, .fr): "demande par e-mail"
        case (.none, .en): "trains, offers no switch"
        case (.none, .fr): "entraîne, sans moyen de refuser"
        case (.noTraining, .en): "says it does not train"
        case (.noTraining, .fr): "dit ne pas entraîner"
        default: Self.kind(kind, .en) // English until the words exist in the language
        }
    }

    public static func confidence(_ confidence: Confidence, _ language: Language) -> String {
        switch (confidence, language) {
        case (.verified, .en): "verified"
        case (.verified, .fr): "vérifié"
        case (.reported, .en): "reported"
        case (.reported, .fr): "rapporté"
        case (.unconfirmed, .en): "unconfirmed"
        case (.unconfirmed, .fr): "non confirmé"
        default: Self.confidence(confidence, .en) // English until the words exist in the language
        }
    }

    /// A sentence saying what the confidence means, for the detail pane and reports.
    public static func confidenceExplained(_ confidence: Confidence, _ language: Language) -> String {
        switch (confidence, language) {
        case (.verified, .en): "verified: an official help page or form says so"
        case (.verified, .fr): "vérifié : une page d'aide ou un formulaire officiel le dit"
        case (.reported, .en): "reported: only press or third-party guides say so"
        case (.reported, .fr): "rapporté : seuls la presse ou des guides tiers le disent"
        case (.unconfirmed, .en): "unconfirmed: no source confirms it"
        case (.unconfirmed, .fr): "non confirmé : aucune source ne le confirme"
        default: Self.confidenceExplained(confidence, .en) // English until the words exist in the language
        }
    }

    public static func effect(_ effect: Effect, _ language: Language) -> String {
        switch (effect, language) {
        case (.prospective, .en): "from now on only: data already used is not taken back"
        case (.prospective, .fr): "pour l'avenir seulement : les données déjà utilisées ne sont pas reprises"
        case (.retroactive, .en): "also reaches data already collected"
        case (.retroactive, .fr): "s'applique aussi aux données déjà collectées"
        case (.unknown, .en): "whether it reaches the past is not known"
        case (.unknown, .fr): "on ne sait pas si cela vaut pour le passé"
        default: Self.effect(effect, .en) // English until the words exist in the language
        }
    }

    public static func milestone(_ milestone: Milestone, _ language: Language) -> String {
        switch (milestone, language) {
        case (.submitted, .en): "request sent"
        case (.submitted, .fr): "demande envoyée"
        case (.confirmed, .en): "confirmed"
        case (.confirmed, .fr): "confirmé"
        default: Self.milestone(milestone, .en) // English until the words exist in the language
        }
    }
}
