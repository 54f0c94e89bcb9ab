import ChecklistEngine

/// Searching across accounts and their steps.
public struct SearchState: Equatable, Sendable {
    public var query = TextField(limit: 80)
    public var selected = 0
    public var top = 0

    public init() {}

    public struct Hit: Equatable, Sendable {
        public var accountID: String
        public var stepID: String?
        /// What the line shows: the account, or the step's title.
        public var text: String
        public var context: String
    }

    public func hits(in state: AppState) -> [Hit] {
        let words = Search.fold(query.text).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        var hits: [Hit] = []
        let separator = " " + state.glyphs.separator + " "
        for evaluation in state.evaluations {
            let account = evaluation.account
            let name = evaluation.platform?.name(in: state.language) ?? account.platform
            let accountText = [account.label ?? "", account.id, name].joined(separator: " ")
            if words.allSatisfy({ Search.fold(accountText).contains($0) }) {
                hits.append(Hit(accountID: account.id, stepID: nil, text: account.label ?? name, context: name + separator + account.id))
            }
            for step in evaluation.platform?.allSteps ?? [] {
                let text = step.title.text(in: state.language) + " " + (step.detail?.text(in: state.language) ?? "")
                    + " " + (account.notes[step.id] ?? "")
                if words.allSatisfy({ Search.fold(text).contains($0) }) {
                    hits.append(Hit(accountID: account.id, stepID: step.id, text: step.title.text(in: state.language),
                                    context: name + separator + (account.label ?? account.id)))
                }
            }
        }
        return hits
    }
}
