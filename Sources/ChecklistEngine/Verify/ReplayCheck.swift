import Foundation

/// Every account, tick, note and evidence record of the file agrees with the history replayed
/// from its start: a tick added, moved in time or removed by hand shows here even when the
/// chain is whole, and so does a file added to or taken off a step by hand.
public struct ReplayCheck: VerifyCheck {
    public let name = "ticks-and-notes"

    public init() {}

    /// One account as the history leaves it.
    struct Replayed {
        /// The entry that added, removed or restored it last.
        var presence: Int
        var present: Bool
        var ticks: [String: StepTicks] = [:]
        /// The last note entry of each step: its index and the note it set (nil removed it).
        var notes: [String: (entry: Int, text: String?)] = [:]
        /// The hashes on each step, each with the entry that attached it last.
        var evidence: [String: [String: Int]] = [:]
        /// The last entry that took each hash off each step.
        var removedEvidence: [String: [String: Int]] = [:]
    }

    struct StepTicks {
        var done: Bool
        var lastEntry: Int
        /// The second of every tick of the step: undo puts an earlier tick back with its time.
        var seconds: Set<Int64>
        /// A review came after the last tick: it drops the ticks of steps the catalog lost.
        var reviewedSince = false
    }

    public func run(_ progress: UserProgress) -> VerifyResult {
        let history = progress.history
        let replayed = Self.replay(history)
        func entry(_ index: Int) -> VerifyEntry { VerifyEntry(index, in: history) }
        for account in progress.accounts {
            guard let state = replayed[account.id] else { return .fails(.accountNotInHistory(account: account.id)) }
            guard state.present else { return .fails(.accountRemoved(account: account.id, by: entry(state.presence))) }
            for (step, tick) in account.ticks.sorted(by: { $0.key < $1.key }) {
                guard let ticks = state.ticks[step], ticks.done else {
                    return .fails(.tickNotInHistory(account: account.id, step: step, at: tick.at))
                }
                guard ticks.seconds.contains(Self.second(tick.at)) else {
                    return .fails(.tickTimeDiffers(account: account.id, step: step, at: tick.at, entry: entry(ticks.lastEntry)))
                }
            }
            for (step, ticks) in state.ticks.sorted(by: { $0.key < $1.key })
            where ticks.done && !ticks.reviewedSince && account.ticks[step] == nil {
                return .fails(.tickMissing(account: account.id, step: step, entry: entry(ticks.lastEntry)))
            }
            for (step, note) in account.notes.sorted(by: { $0.key < $1.key }) where state.notes[step]?.text != note {
                return .fails(.noteDiffers(account: account.id, step: step, entry: state.notes[step].map { entry($0.entry) }))
            }
            for (step, note) in state.notes.sorted(by: { $0.key < $1.key }) where note.text != nil && account.notes[step] == nil {
                return .fails(.noteMissing(account: account.id, step: step, entry: entry(note.entry)))
            }
            if let problem = Self.evidenceProblem(account, state, history) { return .fails(problem) }
        }
        let listed = Set(progress.accounts.map(\.id))
        if let (id, state) = replayed.filter({ $0.value.present && !listed.contains($0.key) }).min(by: { $0.value.presence < $1.value.presence }) {
            return .fails(.accountMissing(account: id, by: entry(state.presence)))
        }
        return .holds(.ticksAndNotesAgree)
    }

    /// The accounts as the history leaves them, by id.
    static func replay(_ history: [HistoryEntry]) -> [String: Replayed] {
        var accounts: [String: Replayed] = [:]
        for (index, entry) in history.enumerated() {
            switch entry.action {
            case .addAccount, .restoreAccount:
                accounts[entry.account, default: Replayed(presence: index, present: true)].present = true
                accounts[entry.account]?.presence = index
            case .removeAccount:
                accounts[entry.account]?.present = false
                accounts[entry.account]?.presence = index
            case .tick:
                guard let step = entry.step else { continue }
                var ticks = accounts[entry.account]?.ticks[step] ?? StepTicks(done: true, lastEntry: index, seconds: [])
                ticks.done = true
                ticks.lastEntry = index
                ticks.reviewedSince = false
                ticks.seconds.insert(second(entry.at))
                accounts[entry.account]?.ticks[step] = ticks
            case .untick:
                guard let step = entry.step else { continue }
                accounts[entry.account]?.ticks[step]?.done = false
                accounts[entry.account]?.ticks[step]?.lastEntry = index
            case .note:
                guard let step = entry.step else { continue }
                accounts[entry.account]?.notes[step] = (index, entry.detail)
            case .evidenceAttached, .evidenceRemoved:
                guard let step = entry.step, let hash = entry.evidence, accounts[entry.account] != nil else { continue }
                let attached = entry.action == .evidenceAttached
                accounts[entry.account]?.evidence[step, default: [:]][hash] = attached ? index : nil
                if !attached { accounts[entry.account]?.removedEvidence[step, default: [:]][hash] = index }
            case .review:
                guard var account = accounts[entry.account] else { continue }
                for step in account.ticks.keys { account.ticks[step]?.reviewedSince = true }
                accounts[entry.account] = account
            // Labels, covers, holders and letters are not replayed: the chain alone protects them.
            case .relabel, .cover, .uncover, .upgrade, .holder, .identifier, .letterSent, .letterExtended, .letterAnswered,
                 .restoreLetters:
                continue
            }
        }
        return accounts
    }

    /// A file recorded on a step the history never attached (or took off), or one the history
    /// attached that the step no longer records.
    static func evidenceProblem(_ account: Account, _ state: Replayed, _ history: [HistoryEntry]) -> VerifyProblem? {
        for (step, files) in account.evidence.sorted(by: { $0.key < $1.key }) {
            for file in files where state.evidence[step]?[file.sha256] == nil {
                let removal = state.removedEvidence[step]?[file.sha256].map { VerifyEntry($0, in: history) }
                return .evidenceNotInHistory(account: account.id, step: step, name: file.name, removedBy: removal)
            }
        }
        for (step, hashes) in state.evidence.sorted(by: { $0.key < $1.key }) {
            let recorded = Set((account.evidence[step] ?? []).map(\.sha256))
            if let (_, index) = hashes.filter({ !recorded.contains($0.key) }).min(by: { $0.value < $1.value }) {
                return .evidenceMissing(account: account.id, step: step, name: history[index].detail ?? "", entry: VerifyEntry(index, in: history))
            }
        }
        return nil
    }

    /// Times in the file keep whole seconds.
    static func second(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}
