import Foundation

/// One change to the progress, as a value: the command line and the full-screen view both
/// describe what the user did this way, and the store replays it on the freshest file under
/// its lock, so two processes never lose each other's changes.
public enum ProgressChange: Sendable, Equatable {
    case addAccount(platform: String, label: String?, holder: String? = nil, identifier: String? = nil)
    case removeAccount(account: String)
    /// Puts back a removed account as it was (undo).
    case restoreAccount(Account)
    case relabel(account: String, label: String?)
    case tick(account: String, step: String, note: String?)
    case untick(account: String, step: String)
    /// Sets a done step back to an earlier tick, or none (undo keeps the original time).
    case restoreTick(account: String, step: String, tick: Tick?)
    case setNote(account: String, step: String, note: String?)
    case setCoveredBy(account: String, coveredBy: String?)
    /// The user checked the ticks still hold: they count against the current catalog again.
    case markReviewed(account: String)
    /// Who the account belongs to, or nil to remove it (personal data, as `identifier`).
    case setHolder(account: String, holder: String?)
    /// What the platform knows the account by, or nil to remove it.
    case setIdentifier(account: String, identifier: String?)
    /// A letter went out on `on` (nil: today); `kind` nil: the one due next, else the objection.
    case sendLetter(account: String, kind: Letter.Kind?, on: CalendarDay?)
    /// The controller said on `on` (nil: today) that it needs two more months.
    case markExtended(account: String, on: CalendarDay?)
    /// An answer came on `on` (nil: today) to the letter of `kind` (nil: the last one awaiting).
    case markAnswered(account: String, kind: Letter.Kind?, on: CalendarDay?, note: String?)
    /// Sets an account's letters back as they were (undo of the three above).
    case restoreLetters(account: String, letters: [Letter])
    /// A file, already stored (`EvidenceStore.store`), attached to a step. `tickAt` ticks the
    /// step at that instant (an email's date; never later than now) unless it is done;
    /// `note` sets the step's note.
    case attach(account: String, step: String, evidence: Evidence, tickAt: Date?, note: String?)
    /// Takes a file off a step: `sha256` is its hash or a unique prefix of at least
    /// `UserProgress.minimumHashPrefix` hex digits. The history keeps that it was there.
    case removeEvidence(account: String, step: String, sha256: String)
    /// Sets a step's evidence back as it was (undo); `marks`, when given, its tick and note too.
    case restoreEvidence(account: String, step: String, evidence: [Evidence], marks: StepMarks? = nil)
}

/// A step's tick and note as they were, for an undo that puts them back with its evidence.
public struct StepMarks: Sendable, Equatable {
    public var tick: Tick?
    public var note: String?

    public init(tick: Tick?, note: String?) {
        self.tick = tick
        self.note = note
    }
}

/// What applying a change did, for messages and undo.
public struct ChangeOutcome: Sendable, Equatable {
    /// The account the change was about (the new id for `addAccount`).
    public var account: String
    /// The change that undoes this one.
    public var inverse: ProgressChange?
}

extension UserProgress {
    public static let maximumLabelLength = 200
    public static let maximumNoteLength = 2000

    /// Applies a change, checks it against the catalog and appends it to the history. Days
    /// (a letter's) are said in `timeZone`: "today" is its day.
    @discardableResult
    public mutating func apply(
        _ change: ProgressChange, catalog: Catalog, at now: Date, timeZone: TimeZone = .current
    ) throws(ProgressError) -> ChangeOutcome {
        switch change {
        case .addAccount(let platformID, let label, let holder, let identifier):
            guard catalog.platform(id: platformID) != nil else { throw .noSuchPlatform(id: platformID) }
            let label = try Self.validLabel(label)
            if let label, accounts.contains(where: { $0.label == label }) { throw .labelTaken(label: label) }
            let holder = try Self.validPersonal(holder, .holder)
            let identifier = try Self.validPersonal(identifier, .identifier)
            let id = newAccountID(platform: platformID)
            accounts.append(Account(id: id, platform: platformID, label: label, created: now, holder: holder, identifier: identifier))
            record(now, .addAccount, id, platformID, detail: label)
            if let holder { record(now, .holder, id, platformID, detail: holder) }
            if let identifier { record(now, .identifier, id, platformID, detail: identifier) }
            return ChangeOutcome(account: id, inverse: .removeAccount(account: id))

        case .removeAccount(let reference):
            let account = try resolve(reference)
            accounts.removeAll { $0.id == account.id }
            for index in accounts.indices where accounts[index].coveredBy == account.id {
                accounts[index].coveredBy = nil
                record(now, .uncover, accounts[index].id, accounts[index].platform, detail: account.id)
            }
            record(now, .removeAccount, account.id, account.platform, detail: account.label)
            return ChangeOutcome(account: account.id, inverse: .restoreAccount(account))

        case .restoreAccount(let account):
            guard self.account(id: account.id) == nil else { throw .accountExists(id: account.id) }
            var restored = account
            if let cover = restored.coveredBy, self.account(id: cover) == nil { restored.coveredBy = nil }
            // Back in its place: accounts are kept in the order they were added.
            let position = accounts.firstIndex { $0.created > restored.created } ?? accounts.endIndex
            accounts.insert(restored, at: position)
            record(now, .restoreAccount, account.id, account.platform, detail: account.label)
            // The accounts its removal uncovered are covered by it again.
            for covered in accountsUncoveredByRemoval(of: account.id) {
                guard let index = index(ofAccount: covered), accounts[index].coveredBy == nil else { continue }
                accounts[index].coveredBy = account.id
                record(now, .cover, covered, accounts[index].platform, detail: account.id)
            }
            return ChangeOutcome(account: account.id, inverse: .removeAccount(account: account.id))

        case .relabel(let reference, let label):
            let index = try accountIndex(reference)
            let label = try Self.validLabel(label)
            if let label, accounts.contains(where: { $0.label == label && $0.id != accounts[index].id }) {
                throw .labelTaken(label: label)
            }
            let old = accounts[index].label
            accounts[index].label = label
            record(now, .relabel, accounts[index].id, accounts[index].platform, detail: label)
            return ChangeOutcome(account: accounts[index].id, inverse: .relabel(account: accounts[index].id, label: old))

        case .tick(let reference, let stepID, let note):
            let index = try accountIndex(reference)
            let account = accounts[index]
            let step = try tickableStep(stepID, of: account, catalog: catalog)
            guard account.ticks[stepID] == nil else { throw .alreadyDone(account: account.id, step: stepID) }
            let note = try Self.validNote(note)
            accounts[index].ticks[stepID] = Tick(at: now, catalogRevision: catalog.revision, stepRevision: step.revision)
            record(now, .tick, account.id, account.platform, step: stepID)
            if let note {
                accounts[index].notes[stepID] = note
                record(now, .note, account.id, account.platform, step: stepID, detail: note)
            }
            return ChangeOutcome(account: account.id, inverse: .restoreTick(account: account.id, step: stepID, tick: nil))

        case .untick(let reference, let stepID):
            let index = try accountIndex(reference)
            let account = accounts[index]
            guard let old = account.ticks[stepID] else {
                if let platform = catalog.platform(id: account.platform), platform.step(id: stepID) == nil {
                    throw .noSuchStep(account: account.id, platform: account.platform, step: stepID)
                }
                throw .notDone(account: account.id, step: stepID)
            }
            accounts[index].ticks[stepID] = nil
            record(now, .untick, account.id, account.platform, step: stepID)
            return ChangeOutcome(account: account.id, inverse: .restoreTick(account: account.id, step: stepID, tick: old))

        case .restoreTick(let reference, let stepID, let tick):
            let index = try accountIndex(reference)
            let account = accounts[index]
            let old = account.ticks[stepID]
            accounts[index].ticks[stepID] = tick
            record(now, tick == nil ? .untick : .tick, account.id, account.platform, step: stepID)
            return ChangeOutcome(account: account.id, inverse: .restoreTick(account: account.id, step: stepID, tick: old))

        case .setNote(let reference, let stepID, let note):
            let index = try accountIndex(reference)
            let account = accounts[index]
            guard let platform = catalog.platform(id: account.platform), platform.step(id: stepID) != nil else {
                throw .noSuchStep(account: account.id, platform: account.platform, step: stepID)
            }
            let note = try Self.validNote(note)
            let old = account.notes[stepID]
            accounts[index].notes[stepID] = note
            record(now, .note, account.id, account.platform, step: stepID, detail: note)
            return ChangeOutcome(account: account.id, inverse: .setNote(account: account.id, step: stepID, note: old))

        case .setCoveredBy(let reference, let coverReference):
            let index = try accountIndex(reference)
            let account = accounts[index]
            let old = account.coveredBy
            guard let coverReference else {
                accounts[index].coveredBy = nil
                record(now, .uncover, account.id, account.platform, detail: old)
                return ChangeOutcome(account: account.id, inverse: .setCoveredBy(account: account.id, coveredBy: old))
            }
            let cover = try resolve(coverReference)
            guard cover.id != account.id else { throw .cannotCoverItself(account: account.id) }
            let group = catalog.platform(id: account.platform)?.group
            guard let group, catalog.platform(id: cover.platform)?.group == group else {
                throw .differentGroup(account: account.id, coveredBy: cover.id)
            }
            guard cover.coveredBy == nil else { throw .coverIsCovered(coveredBy: cover.id) }
            // Accounts this one covers stay covered by it (a covered account is still covered),
            // so the inverse of this change restores exactly what was.
            accounts[index].coveredBy = cover.id
            record(now, .cover, account.id, account.platform, detail: cover.id)
            return ChangeOutcome(account: account.id, inverse: .setCoveredBy(account: account.id, coveredBy: old))

        case .markReviewed(let reference):
            let index = try accountIndex(reference)
            let account = accounts[index]
            if let platform = catalog.platform(id: account.platform) {
                for (stepID, tick) in account.ticks {
                    guard let step = platform.step(id: stepID) else {
                        // The step left the catalog: its tick stays in the history as evidence,
                        // and no longer keeps the account in review.
                        accounts[index].ticks[stepID] = nil
                        continue
                    }
                    accounts[index].ticks[stepID] = Tick(at: tick.at, catalogRevision: catalog.revision, stepRevision: step.revision)
                }
            }
            accounts[index].reviewed = now
            record(now, .review, account.id, account.platform)
            return ChangeOutcome(account: account.id, inverse: nil)

        case .setHolder(let reference, let holder):
            return try setPersonal(.holder, holder, of: reference, at: now)
        case .setIdentifier(let reference, let identifier):
            return try setPersonal(.identifier, identifier, of: reference, at: now)
        case .sendLetter(let reference, let kind, let day):
            return try sendLetter(reference, kind: kind, on: day, catalog: catalog, at: now, today: CalendarDay(now, timeZone: timeZone))
        case .markExtended(let reference, let day):
            return try markExtended(reference, on: day, at: now, today: CalendarDay(now, timeZone: timeZone))
        case .markAnswered(let reference, let kind, let day, let note):
            return try markAnswered(reference, kind: kind, on: day, note: note, at: now, today: CalendarDay(now, timeZone: timeZone))
        case .restoreLetters(let reference, let letters):
            return try restoreLetters(reference, letters, at: now)
        case .attach(let reference, let step, let evidence, let tickAt, let note):
            return try attach(evidence, to: step, of: reference, tickAt: tickAt, note: note, catalog: catalog, at: now)
        case .removeEvidence(let reference, let step, let hash):
            return try removeEvidence(hash, from: step, of: reference, catalog: catalog, at: now)
        case .restoreEvidence(let reference, let step, let evidence, let marks):
            return try restoreEvidence(evidence, marks: marks, on: step, of: reference, at: now)
        }
    }

    func accountIndex(_ reference: String) throws(ProgressError) -> Int {
        let account = try resolve(reference)
        guard let index = index(ofAccount: account.id) else { throw .noSuchAccount(reference: reference) }
        return index
    }

    /// The accounts whose cover was cleared when `accountID` was last removed: the `uncover`
    /// entries recorded with that removal, just before it, at the same time, and not followed
    /// by another cover change of theirs.
    private func accountsUncoveredByRemoval(of accountID: String) -> [String] {
        guard let removal = history.lastIndex(where: { $0.action == .removeAccount && $0.account == accountID }) else { return [] }
        var uncovered: [String] = []
        var index = removal - 1
        while index >= 0, history[index].action == .uncover, history[index].detail == accountID,
              history[index].at == history[removal].at {
            uncovered.append(history[index].account)
            index -= 1
        }
        let changedSince = Set(history[(removal + 1)...].filter { $0.action == .cover || $0.action == .uncover }.map(\.account))
        return uncovered.reversed().filter { !changedSince.contains($0) }
    }

    func tickableStep(_ stepID: String, of account: Account, catalog: Catalog) throws(ProgressError) -> Step {
        guard let platform = catalog.platform(id: account.platform) else { throw .noSuchPlatform(id: account.platform) }
        guard !platform.steps.isEmpty else {
            throw .nothingToTick(platform: platform.name, kind: platform.kind, byLetter: platform.letterContact != nil)
        }
        guard let step = catalog.step(id: stepID, inPlatform: platform.id) else {
            throw .noSuchStep(account: account.id, platform: platform.id, step: stepID)
        }
        guard step.isLeaf else { throw .stepHasSubsteps(step: stepID) }
        return step
    }

    mutating func record(
        _ at: Date, _ action: HistoryEntry.Action, _ account: String, _ platform: String?, step: String? = nil, detail: String? = nil,
        letter: Letter.Kind? = nil, day: CalendarDay? = nil, evidence: String? = nil
    ) {
        append(HistoryEntry(
            at: at, action: action, account: account, platform: platform, step: step, detail: detail, letter: letter, day: day,
            evidence: evidence))
    }

    static func validLabel(_ label: String?) throws(ProgressError) -> String? {
        guard let label else { return nil }
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return nil }
        guard trimmed.count <= maximumLabelLength, !trimmed.unicodeScalars.contains(where: SafeText.isUnsafe) else {
            throw .labelInvalid
        }
        return trimmed
    }

    static func validNote(_ note: String?) throws(ProgressError) -> String? {
        guard let note else { return nil }
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        guard trimmed.count <= maximumNoteLength else { throw .noteTooLong(limit: maximumNoteLength) }
        return SafeText.block(trimmed)
    }
}
