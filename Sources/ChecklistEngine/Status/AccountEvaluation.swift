import Foundation

/// The status of one account and of each of its steps, at one moment.
public struct AccountEvaluation: Sendable, Equatable {
    public var account: Account
    /// Nil when the platform is no longer in the catalog.
    public var platform: Platform?
    public var status: AccountStatus
    /// Done and total units of required work (an `any_of` group counts once).
    public var done: Int
    public var total: Int
    /// Done state of every step, leaves and parents, by id.
    public var steps: StepStates
    public var reviewReasons: [ReviewReason]
    /// The newest time anything changed on this account.
    public var lastChange: Date?
    /// Where its letters stand: the answer awaited, late, the next letter.
    public var letters: LetterStanding

    /// What needs doing first: 0 when a letter is due now, 1 when an answer is overdue (the
    /// complaint sent, say), 2 for the rest.
    public var urgency: Int { letters.due != nil ? 0 : letters.isOverdue ? 1 : 2 }

    /// The accounts by `urgency`, each group in the order given (the order they were added).
    public static func byUrgency(_ evaluations: [AccountEvaluation]) -> [AccountEvaluation] {
        evaluations.enumerated().sorted { ($0.element.urgency, $0.offset) < ($1.element.urgency, $1.offset) }.map(\.element)
    }

    /// The state of every step by id: the platform's blank states (shared by every account of
    /// the platform) under this account's own changes (its ticked steps and their parents).
    public struct StepStates: Sendable, Equatable, ExpressibleByDictionaryLiteral {
        var base: [String: StepState]
        var changes: [String: StepState]

        init(base: [String: StepState], changes: [String: StepState]) {
            self.base = base
            self.changes = changes
        }

        public init(dictionaryLiteral elements: (String, StepState)...) {
            self.init(base: Dictionary(elements, uniquingKeysWith: { $1 }), changes: [:])
        }

        public subscript(id: String) -> StepState? { changes[id] ?? base[id] }

        public static func == (lhs: StepStates, rhs: StepStates) -> Bool {
            lhs.changes == rhs.changes && lhs.base == rhs.base
        }
    }

    public struct StepState: Sendable, Equatable {
        public var done: Bool
        /// When a leaf was ticked; for a parent, when its last needed child was.
        public var doneAt: Date?
        /// The step changed in the catalog since it was ticked.
        public var changed: Bool
    }

    public enum ReviewReason: Sendable, Equatable {
        case stepChanged(step: String)
        case stepRemoved(step: String)
        case platformRemoved
        case recheckDue(days: Int, since: Date)

        public func message(in language: Language) -> String {
            switch self {
            case .stepChanged(let step):
                return Words.text(.reportStepChangedInThe, in: language, ["step": step])
            case .stepRemoved(let step):
                return Words.text(.reportStepIsNoLonger, in: language, ["step": step])
            case .platformRemoved:
                return Words.text(.reportThePlatformIsNo, in: language)
            case .recheckDue(let days, _):
                return Words(language).plural(.reportDueForARe, count: days, ["days": days])
            }
        }
    }
}
