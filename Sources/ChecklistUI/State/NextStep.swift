import ChecklistEngine

/// Where the cursor goes so the first key does something: the first step still to do that
/// can be ticked (a leaf; in an `any_of` group not yet done, its first alternative).
enum NextStep {
    /// The account's next step to do: required steps before optional ones; nil when all are done.
    static func toDo(in evaluation: AccountEvaluation) -> Step? {
        guard let steps = evaluation.platform?.steps else { return nil }
        return toDo(in: steps, evaluation)
    }

    /// The first leaf to do among `steps` and below them, required before optional.
    static func toDo(in steps: [Step], _ evaluation: AccountEvaluation) -> Step? {
        firstLeaf(in: steps, evaluation, optional: false) ?? firstLeaf(in: steps, evaluation, optional: true)
    }

    private static func firstLeaf(in steps: [Step], _ e: AccountEvaluation, optional: Bool) -> Step? {
        for step in steps where e.steps[step.id]?.done != true && (optional || !step.optional) {
            if step.isLeaf { return step }
            if let inner = firstLeaf(in: step.steps, e, optional: optional) { return inner }
        }
        return nil
    }

    /// The first leaf below `step`, done or not.
    static func firstLeaf(below step: Step) -> Step? {
        for child in step.steps {
            if child.isLeaf { return child }
            if let inner = firstLeaf(below: child) { return inner }
        }
        return nil
    }
}
