import Foundation

/// `optout verify --json`: whether the file holds, the sentence said, and each check's result,
/// every key always present (`JSONRecord`), times in ISO 8601 UTC.
public struct VerifyDocument: JSONRecord, Sendable, Equatable {
    public var holds: Bool
    /// The sentence `optout verify` prints.
    public var message: String
    public var schemaVersion: Int
    /// The entries of the history.
    public var changes: Int
    /// When the first was made.
    public var since: Date?
    /// The count and head the file states (null for a version 1 file).
    public var chain: ChainHead?
    public var checks: [Check]
    /// The first thing that does not hold.
    public var problem: Problem?

    public struct Check: JSONRecord, Sendable, Equatable {
        public var name: String
        public var holds: Bool
        public var problem: Problem?
    }

    public struct Problem: JSONRecord, Sendable, Equatable {
        /// `entry-altered`, `count-differs`... (`VerifyProblem.kind`).
        public var kind: String
        /// The number of the entry named (from 1), and its time.
        public var entry: Int?
        public var at: Date?
        public var account: String?
        public var step: String?
        /// The SHA-256 of the evidence file named, for the evidence check.
        public var evidence: String?
        public var message: String

        init(_ problem: VerifyProblem, _ dates: SpokenDate) {
            kind = problem.kind
            entry = problem.entry?.number
            at = problem.entry?.at
            account = problem.account.map(SafeText.line)
            step = problem.step.map(SafeText.line)
            evidence = problem.evidence.map(SafeText.line)
            message = problem.message(dates)
        }
    }

    public init(report: VerifyReport, dates: SpokenDate) {
        holds = report.holds
        message = report.sentence(dates)
        schemaVersion = report.schemaVersion
        changes = report.changes
        since = report.since
        chain = report.chain.map { ChainHead(count: $0.count, head: SafeText.line($0.head)) }
        checks = report.results.map { result in
            guard case .fails(let problem) = result.outcome else { return Check(name: result.name, holds: true, problem: nil) }
            return Check(name: result.name, holds: false, problem: Problem(problem, dates))
        }
        problem = report.problem.map { Problem($0, dates) }
    }

    /// Pretty JSON with sorted keys.
    public func json() throws -> Data {
        try ProgressCoding.encoder.encode(self)
    }
}
