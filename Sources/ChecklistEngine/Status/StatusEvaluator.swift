import Dispatch
import Foundation
import Synchronization

/// The status rules: from the catalog and the ticks to where each account stands.
public struct StatusEvaluator: Sendable {
    public var catalog: Catalog
    /// Injected so tests can move time.
    public var now: Date
    /// Letters count in days: `now`'s day here is "today".
    public var timeZone: TimeZone

    public init(catalog: Catalog, now: Date, timeZone: TimeZone = .current) {
        self.catalog = catalog
        self.now = now
        self.timeZone = timeZone
    }

    /// The user's day at `now`.
    public var today: CalendarDay { CalendarDay(now, timeZone: timeZone) }

    public func evaluate(_ progress: UserProgress) -> [AccountEvaluation] {
        var latest: [String: Date] = [:]
        latest.reserveCapacity(progress.accounts.count)
        for entry in progress.history {
            Self.raise(&latest[entry.account, default: entry.at], to: entry.at)  // one lookup an entry
        }
        let accounts = progress.accounts
        let latestEntries = latest
        // Many accounts (a family's, a helper's): halves on two cores. Each account is
        // evaluated alone, so the result is the same in any order.
        guard accounts.count >= Self.splitAbove else {
            return accounts.map { evaluate($0, lastHistoryEntry: latestEntries[$0.id]) }
        }
        let parts = 2
        let results = Mutex<[[AccountEvaluation]]>(Array(repeating: [], count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let range = (accounts.count * part / parts)..<(accounts.count * (part + 1) / parts)
            let evaluated = accounts[range].map { evaluate($0, lastHistoryEntry: latestEntries[$0.id]) }
            results.withLock { $0[part] = evaluated }
        }
        return results.withLock { $0.flatMap { $0 } }
    }

    private static func raise(_ value: inout Date, to candidate: Date) {
        if candidate > value { value = candidate }
    }

    /// Below this many accounts, starting a second thread costs more than it saves.
    static let splitAbove = 256

    /// `lastHistoryEntry` is the newest history time of this account (an untick leaves no tick behind).
    public func evaluate(_ account: Account, lastHistoryEntry: Date? = nil) -> AccountEvaluation {
        var lastChange = max(account.created, account.reviewed ?? account.created, lastHistoryEntry ?? account.created)
        var lastTick: Date?
        for tick in account.ticks.values where tick.at > (lastTick ?? .distantPast) { lastTick = tick.at }
        if let lastTick, lastTick > lastChange { lastChange = lastTick }
        let letters = LetterStanding(letters: account.letters, today: today)
        guard let (platform, outline) = catalog.platformAndOutline(id: account.platform) else {
            return AccountEvaluation(
                account: account, platform: nil, status: .needsReview, done: 0, total: 0, steps: [:],
                reviewReasons: [.platformRemoved], lastChange: lastChange, letters: letters)
        }
        // From the blank account of the platform, only the ticked leaves and their parents change.
        var changes: [String: AccountEvaluation.StepState] = [:]
        var units: [Int: PlatformOutline.Unit] = [:]
        var dirty: Set<Int> = []
        var confirmed = false, submitted = false, anyDone = false
        // Ticks on steps gone from the catalog, or changed since: sorted below, as reasons.
        var removedOrChanged: [(step: String, removed: Bool)] = []
        for (stepID, tick) in account.ticks {
            guard let position = outline.index[stepID] else {
                removedOrChanged.append((stepID, true))
                continue
            }
            let step = outline.nodes[position].step
            guard step.isLeaf else { continue }  // a parent is done by its children, not by a tick
            let changed = tick.stepRevision != outline.revision(at: position)
            if changed { removedOrChanged.append((stepID, false)) }
            changes[stepID] = .init(done: true, doneAt: tick.at, changed: changed)
            units[position] = .init(done: 1, total: 1, isDone: true)
            anyDone = true
            if step.milestone == .confirmed { confirmed = true }
            if step.milestone == .submitted { submitted = true }
            var parent = outline.nodes[position].parent
            while let current = parent, dirty.insert(current).inserted { parent = outline.nodes[current].parent }
        }
        // Deepest first, so each parent sees its children's new units.
        for position in dirty.sorted(by: { outline.nodes[$0].depth > outline.nodes[$1].depth }) {
            let unit = PlatformOutline.unit(of: position, in: outline.nodes) { units[$0] ?? outline.blankUnits[$0] }
            units[position] = unit
            let doneAt = unit.isDone ? outline.nodes[position].children.compactMap { changes[outline.nodes[$0].step.id]?.doneAt }.max() : nil
            changes[outline.nodes[position].step.id] = .init(done: unit.isDone, doneAt: doneAt, changed: false)
        }
        var done = outline.blankDone
        var total = outline.blankTotal
        var requiredNotDone = outline.blankRequiredNotDone
        for (position, unit) in units where outline.nodes[position].parent == nil && !outline.nodes[position].step.optional {
            let blank = outline.blankUnits[position]
            done += unit.done - blank.done
            total += unit.total - blank.total
            requiredNotDone += (unit.isDone ? 0 : 1) - (blank.isDone ? 0 : 1)
        }
        let allRequiredDone = requiredNotDone == 0
        let states = AccountEvaluation.StepStates(base: outline.blankStates, changes: changes)

        var reasons: [AccountEvaluation.ReviewReason] = removedOrChanged.sorted { $0.step < $1.step }.map {
            $0.removed ? .stepRemoved(step: $0.step) : .stepChanged(step: $0.step)
        }

        let complete = confirmed || (allRequiredDone && total > 0)

        if (complete || submitted), let days = platform.recheckDays {
            let since = [account.reviewed, lastTick].compactMap { $0 }.max() ?? account.created
            if now.timeIntervalSince(since) > Double(days) * 86_400 {
                reasons.append(.recheckDue(days: days, since: since))
            }
        }

        // The letter route: its objection counts as the `submitted` milestone, the controller's
        // answer as `confirmed`. Letters sent make a platform that offers nothing else (or says
        // it does not train) follow them too.
        let noLetter = account.letters.isEmpty
        let status: AccountStatus
        if platform.kind == .noTraining && noLetter {
            status = .notTrained
        } else if platform.kind == .none && noLetter && platform.letterContact == nil {
            status = .unavailable
        } else if account.coveredBy != nil {
            status = .covered
        } else if !reasons.isEmpty {
            status = .needsReview
        } else if complete || letters.answeredOn != nil {
            status = .optedOut
        } else if letters.isOverdue {
            status = .overdue
        } else if submitted || letters.isSent {
            status = .submitted
        } else if anyDone {
            status = .inProgress
        } else {
            status = .notStarted
        }
        return AccountEvaluation(
            account: account, platform: platform, status: status,
            done: status == .unavailable ? 0 : done, total: status == .unavailable ? 0 : total,
            steps: states, reviewReasons: status == .needsReview ? reasons : [], lastChange: lastChange, letters: letters)
    }
}
