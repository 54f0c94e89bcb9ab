import Foundation

/// The machine-readable status (`optout status --json`, and the JSON report): a stable,
/// documented shape with ISO 8601 UTC times.
public struct StatusDocument: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    public var generatedAt: Date
    public var catalogRevision: String
    public var language: Language
    public var summary: [String: Int]
    public var accounts: [AccountEntry]

    public struct AccountEntry: Codable, Sendable, Equatable {
        public var id: String
        public var platform: String
        public var platformName: String
        public var label: String?
        public var status: AccountStatus
        public var done: Int
        public var total: Int
        public var coveredBy: String?
        public var created: Date
        public var lastChange: Date?
        public var reviewReasons: [String]
        public var steps: [StepEntry]
    }

    public struct StepEntry: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var done: Bool
        public var doneAt: Date?
        public var note: String?
        public var optional: Bool
        public var milestone: Milestone?
        public var steps: [StepEntry]
    }

    public static let currentSchemaVersion = 1

    public init(progress: UserProgress, evaluations: [AccountEvaluation], catalogRevision: String, language: Language, generatedAt: Date) {
        self.schemaVersion = Self.currentSchemaVersion
        self.generatedAt = generatedAt
        self.catalogRevision = catalogRevision
        self.language = language
        var summary: [String: Int] = [:]
        for status in AccountStatus.allCases { summary[status.rawValue] = 0 }
        for evaluation in evaluations { summary[evaluation.status.rawValue, default: 0] += 1 }
        self.summary = summary
        self.accounts = evaluations.map { evaluation in
            let account = evaluation.account
            func entry(_ step: Step) -> StepEntry {
                let state = evaluation.steps[step.id]
                return StepEntry(
                    id: step.id, title: step.title.text(in: language), done: state?.done ?? false, doneAt: state?.doneAt,
                    note: account.notes[step.id], optional: step.optional, milestone: step.milestone,
                    steps: step.steps.map(entry))
            }
            return AccountEntry(
                id: account.id, platform: account.platform, platformName: evaluation.platform?.name ?? account.platform,
                label: account.label, status: evaluation.status, done: evaluation.done, total: evaluation.total,
                coveredBy: account.coveredBy, created: account.created, lastChange: evaluation.lastChange,
                reviewReasons: evaluation.reviewReasons.map { $0.message(in: language) },
                steps: evaluation.platform?.steps.map(entry) ?? [])
        }
    }

    /// Pretty JSON with sorted keys: the same input always gives the same bytes.
    public func json() throws -> Data {
        try ProgressCoding.encoder.encode(self)
    }
}
