/// The words for catalog values as the user reads them, in each language.
public enum CatalogWords {
    public static func kind(_ kind: PlatformKind, _ language: Language) -> String {
        let word: Word = switch kind {
        case .objection: .catalogKindObjection
        case .setting: .catalogKindSetting
        case .request: .catalogKindRequest
        case .none: .catalogKindNone
        case .noTraining: .catalogKindNoTraining
        }
        return Words.text(word, in: language)
    }

    public static func confidence(_ confidence: Confidence, _ language: Language) -> String {
        let word: Word = switch confidence {
        case .verified: .catalogConfidenceVerified
        case .reported: .catalogConfidenceReported
        case .unconfirmed: .catalogConfidenceUnconfirmed
        }
        return Words.text(word, in: language)
    }

    /// A sentence saying what the confidence means, for the detail pane and reports.
    public static func confidenceExplained(_ confidence: Confidence, _ language: Language) -> String {
        let word: Word = switch confidence {
        case .verified: .catalogConfidenceExplainedVerified
        case .reported: .catalogConfidenceExplainedReported
        case .unconfirmed: .catalogConfidenceExplainedUnconfirmed
        }
        return Words.text(word, in: language)
    }

    public static func effect(_ effect: Effect, _ language: Language) -> String {
        let word: Word = switch effect {
        case .prospective: .catalogEffectProspective
        case .retroactive: .catalogEffectRetroactive
        case .unknown: .catalogEffectUnknown
        }
        return Words.text(word, in: language)
    }

    public static func milestone(_ milestone: Milestone, _ language: Language) -> String {
        let word: Word = switch milestone {
        case .submitted: .catalogMilestoneSubmitted
        case .confirmed: .catalogMilestoneConfirmed
        }
        return Words.text(word, in: language)
    }
}
