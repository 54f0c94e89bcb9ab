import Foundation

/// The status rules: from the catalog and the ticks to where each account stands.
public struct StatusEvaluator: Sendable {
    public var catalog: Catalog
    /// Injected so tests can move time.
    public var now: Date

    public init(catalog: Catalog, now: Date) {
        self.catalog = catalog
        self.now = now
    }

    public func evaluate(_ progress: UserProgress) -> [AccountEvaluation] {
        var latest: [String: Date] = [:]
        for entry in progress.history where entry.at > (latest[entry.account] ?? .distantPast) {
            latest[entry.account] = entry.at
        }
        return progress.accounts.map { evaluate($0, lastHistoryEntry: latest[$0.id]) }
    }

    /// `lastHistoryEntry` is the newest history time of this account (an untick leaves no tick behind).
    public func evaluate(_ account: Account, lastHistoryEntry: Date? = nil) -> AccountEvaluation {
        let lastChange = ([account.created, account.reviewed, lastHistoryEntry].compactMap { $0 } + account.ticks.values.map(\.at)).max()
        guard let platform = catalog.platform(id: account.platform) else {
            return AccountEvaluation(
                account: account, platform: nil, status: .needsReview, done: 0, total: 0, steps: [:],
                reviewReasons: [.platformRemoved], lastChange: lastChange)
        }
        var states: [String: AccountEvaluation.StepState] = [:]
        var done = 0
        var total = 0
        var allRequiredDone = true
        for step in platform.steps {
            let unit = walk(step, account: account, states: &states)
            if !step.optional {
                done += unit.done
                total += unit.total
                if !unit.isDone { allRequiredDone = false }
            }
        }

        var reasons: [AccountEvaluation.ReviewReason] = []
        for stepID in account.ticks.keys.sorted() {
            if states[stepID] == nil { reasons.append(.stepRemoved(step: stepID)) }
            else if states[stepID]?.changed == true { reasons.append(.stepChanged(step: stepID)) }
        }

        let leaves = platform.allSteps.filter(\.isLeaf)
        let confirmed = leaves.contains { $0.milestone == .confirmed && states[$0.id]?.done == true }
        let submitted = leaves.contains { $0.milestone == .submitted && states[$0.id]?.done == true }
        let anyDone = leaves.contains { states[$0.id]?.done == true }
        let complete = confirmed || (allRequiredDone && total > 0)

        if (complete || submitted), let days = platform.recheckDays {
            let since = ([account.reviewed].compactMap { $0 } + account.ticks.values.map(\.at)).max() ?? account.created
            if now.timeIntervalSince(since) > Double(days) * 86_400 {
                reasons.append(.recheckDue(days: days, since: since))
            }
        }

        let status: AccountStatus
        if platform.kind == .none {
            status = .unavailable
        } else if account.coveredBy != nil {
            status = .covered
        } else if !reasons.isEmpty {
            status = .needsReview
        } else if complete {
            status = .optedOut
        } else if submitted {
            status = .submitted
        } else if anyDone {
            status = .inProgress
        } else {
            status = .notStarted
        }
        return AccountEvaluation(
            account: account, platform: platform, status: status,
            done: status == .unavailable ? 0 : done, total: status == .unavailable ? 0 : total,
            steps: states, reviewReasons: status == .needsReview ? reasons : [], lastChange: lastChange)
    }

    /// One step's unit of work: a leaf counts one; an `any_of` group counts one, done when
    /// any child is; a plain parent is the sum of its required children.
    private func walk(
        _ step: Step, account: Account, states: inout [String: AccountEvaluation.StepState]
    ) -> (done: Int, total: Int, isDone: Bool) {
        if step.isLeaf {
            let tick = account.ticks[step.id]
            states[step.id] = .init(done: tick != nil, doneAt: tick?.at, changed: tick.map { $0.stepRevision != step.revision } ?? false)
            return (tick == nil ? 0 : 1, 1, tick != nil)
        }
        var childResults: [(step: Step, done: Int, total: Int, isDone: Bool)] = []
        for child in step.steps {
            let result = walk(child, account: account, states: &states)
            childResults.append((child, result.done, result.total, result.isDone))
        }
        let isDone: Bool
        let done: Int
        let total: Int
        if step.anyOf {
            isDone = childResults.contains { $0.isDone }
            done = isDone ? 1 : 0
            total = 1
        } else {
            let required = childResults.filter { !$0.step.optional }
            isDone = required.isEmpty ? childResults.contains { $0.isDone } : required.allSatisfy(\.isDone)
            done = required.reduce(0) { $0 + $1.done }
            total = max(1, required.reduce(0) { $0 + $1.total })
        }
        let doneAt = isDone ? childResults.compactMap { states[$0.step.id]?.doneAt }.max() : nil
        states[step.id] = .init(done: isDone, doneAt: doneAt, changed: false)
        return (done, total, isDone)
    }
}
