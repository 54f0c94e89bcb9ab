/// Rules across a platform's facts that the loader does not enforce: a user's own catalog
/// still loads when it breaks them, while the shipped catalog is held to them by its tests
/// (and `catalog list` can say so).
public enum CatalogRules {
    /// The steps the platform relies on whose confidence is below what the platform claims:
    /// a platform `verified` while a required step is only `reported` claims more than its
    /// sources give. Optional steps are not relied on; of an `any_of` group's alternatives one
    /// that meets the claim is enough. A step without a confidence has its parent's (the
    /// platform's at the top).
    /// Only a `verified` claim is held to it: a `reported` platform says itself that its
    /// facts are second-hand, and each step shows its own confidence.
    public static func stepsBelowClaim(_ platform: Platform) -> [Step] {
        guard platform.confidence == .verified else { return [] }
        return below(platform.steps, claim: platform.confidence, inherited: platform.confidence)
    }

    private static func below(_ steps: [Step], claim: Confidence, inherited: Confidence) -> [Step] {
        steps.filter { !$0.optional }.flatMap { below($0, claim: claim, inherited: inherited) }
    }

    private static func below(_ step: Step, claim: Confidence, inherited: Confidence) -> [Step] {
        let own = step.confidence ?? inherited
        let mine = rank(own) < rank(claim) ? [step] : []
        guard step.anyOf else { return mine + below(step.steps, claim: claim, inherited: own) }
        let alternatives = step.steps.map { below($0, claim: claim, inherited: own) }
        if alternatives.contains(where: \.isEmpty) { return mine }
        return mine + alternatives.flatMap { $0 }
    }

    private static func rank(_ confidence: Confidence) -> Int {
        switch confidence {
        case .verified: 2
        case .reported: 1
        case .unconfirmed: 0
        }
    }
}
