import Foundation

/// One thing `optout verify` checks in a progress file. A new check (the evidence files, say)
/// is one more type and one more item in `Verification.standard`.
public protocol VerifyCheck: Sendable {
    /// Stable and short, for `verify --json`: `chain`, `head`, `ticks-and-notes`.
    var name: String { get }
    func run(_ progress: UserProgress) -> VerifyResult
}

/// What a check found: that it holds (and what to say of it, if anything), or the first
/// thing that does not.
public enum VerifyResult: Sendable, Equatable {
    case holds(VerifyFact?)
    case fails(VerifyProblem)
}

/// The checks of a progress file, in the order their findings are said.
public struct Verification: Sendable {
    public var checks: [any VerifyCheck]

    public init(checks: [any VerifyCheck] = Verification.standard) {
        self.checks = checks
    }

    /// The chain, then its head and count, then the ticks and notes against the history.
    public static let standard: [any VerifyCheck] = [ChainCheck(), HeadCheck(), ReplayCheck()]

    public func run(_ progress: UserProgress) -> VerifyReport {
        VerifyReport(
            results: checks.map { VerifyReport.Result(name: $0.name, outcome: $0.run(progress)) },
            schemaVersion: progress.schemaVersion, changes: progress.history.count, since: progress.history.first?.at,
            chain: progress.chain)
    }
}

/// Every check's result, and what the file says of itself.
public struct VerifyReport: Sendable, Equatable {
    public struct Result: Sendable, Equatable {
        public var name: String
        public var outcome: VerifyResult
    }

    public var results: [Result]
    public var schemaVersion: Int
    public var changes: Int
    /// When the first change was made.
    public var since: Date?
    /// The count and head the file states.
    public var chain: ChainHead?

    public var holds: Bool { problem == nil }

    /// The first thing that does not hold, in the order of the checks.
    public var problem: VerifyProblem? {
        for result in results { if case .fails(let problem) = result.outcome { return problem } }
        return nil
    }

    /// One sentence: what holds ("312 changes since 2 June 2025, chain intact; …"), or the
    /// first thing that does not.
    public func sentence(_ dates: SpokenDate) -> String {
        if let problem { return problem.message(dates) }
        let words = Words(dates.language)
        let count = since.map { words.plural(.cliVerifyChangesSince, count: changes, ["day": dates.day($0)]) }
            ?? words.text(.cliVerifyNoChangeYet)
        let facts = results.compactMap { result -> String? in
            guard case .holds(let fact?) = result.outcome else { return nil }
            return fact.text(dates)
        }
        guard !facts.isEmpty else { return count + "." }
        return words.text(.cliVerifyHolds, ["changes": count, "facts": facts.joined(separator: words.text(.cliVerifyFactSeparator))])
    }
}

/// A part of the history `verify` names: its number (from 1) and time.
public struct VerifyEntry: Sendable, Equatable {
    public var number: Int
    public var at: Date

    public init(number: Int, at: Date) {
        self.number = number
        self.at = at
    }

    /// The entry at `index` of `history`.
    public init(_ index: Int, in history: [HistoryEntry]) {
        self.init(number: index + 1, at: history[index].at)
    }

    /// "change 17 (3 June 2025, 09:12 CEST)".
    func text(_ dates: SpokenDate) -> String {
        Words.text(.cliVerifyEntry, in: dates.language, ["number": number, "time": dates.dayTime(at)])
    }
}

/// What a check that holds has to say.
public enum VerifyFact: Sendable, Equatable {
    /// Every entry is chained; `upgrade` is the entry that chained those before it.
    case chainIntact(upgrade: VerifyEntry?)
    case ticksAndNotesAgree
    /// `count` distinct files, each still with its hash.
    case evidenceIntact(count: Int)

    func text(_ dates: SpokenDate) -> String {
        let words = Words(dates.language)
        switch self {
        case .chainIntact(nil):
            return words.text(.cliVerifyChainIntact)
        case .chainIntact(let upgrade?):
            return words.plural(.cliVerifyChainIntactSinceUpgrade, count: upgrade.number - 1, ["day": dates.day(upgrade.at)])
        case .ticksAndNotesAgree:
            return words.text(.cliVerifyTicksAgree)
        case .evidenceIntact(let count):
            return words.plural(.cliVerifyEvidenceIntact, count: count)
        }
    }
}
