import Foundation

/// The changes about the files kept as proof: checked whole before anything changes, so a
/// refused one leaves the progress as it was; each undone by the change it returns. The
/// files themselves are the caller's (`EvidenceStore`): stored before they are attached,
/// removed only once nothing refers to them.
extension UserProgress {
    /// The fewest hex digits of a hash `removeEvidence` takes for the whole.
    public static let minimumHashPrefix = 8

    /// Every hash a step of an account refers to: the files the evidence folder must keep.
    public var referencedEvidence: Set<String> {
        var hashes: Set<String> = []
        for account in accounts {
            for files in account.evidence.values { for file in files { hashes.insert(file.sha256) } }
        }
        return hashes
    }

    mutating func attach(
        _ evidence: Evidence, to stepID: String, of reference: String, tickAt: Date?, note: String?, catalog: Catalog, at now: Date
    ) throws(ProgressError) -> ChangeOutcome {
        let index = try accountIndex(reference)
        let account = accounts[index]
        guard let platform = catalog.platform(id: account.platform), platform.step(id: stepID) != nil else {
            throw .noSuchStep(account: account.id, platform: account.platform, step: stepID)
        }
        guard EvidenceStore.isHash(evidence.sha256) else { throw .evidenceNotAHash(evidence.sha256) }
        let files = account.evidence[stepID] ?? []
        if let same = files.first(where: { $0.sha256 == evidence.sha256 }) {
            throw .evidenceAlreadyAttached(account: account.id, step: stepID, name: same.name, sha256: same.sha256)
        }
        var tick: Tick?
        if let tickAt, account.ticks[stepID] == nil {
            let step = try tickableStep(stepID, of: account, catalog: catalog)
            // An email dated ahead of this clock is done now, not in the future.
            tick = Tick(at: min(tickAt, now), catalogRevision: catalog.revision, stepRevision: step.revision)
        }
        let note = try Self.validNote(note)

        accounts[index].evidence[stepID] = files + [evidence]
        record(now, .evidenceAttached, account.id, account.platform, step: stepID, detail: evidence.name, evidence: evidence.sha256)
        if let tick {
            accounts[index].ticks[stepID] = tick
            // The tick's entry has the tick's time, as every tick's does (`ReplayCheck`).
            record(tick.at, .tick, account.id, account.platform, step: stepID)
        }
        if let note {
            accounts[index].notes[stepID] = note
            record(now, .note, account.id, account.platform, step: stepID, detail: note)
        }
        let marks = tick != nil || note != nil ? StepMarks(tick: account.ticks[stepID], note: account.notes[stepID]) : nil
        return ChangeOutcome(account: account.id, inverse: .restoreEvidence(account: account.id, step: stepID, evidence: files, marks: marks))
    }

    mutating func removeEvidence(_ reference: String, from stepID: String, of accountReference: String, catalog: Catalog, at now: Date)
        throws(ProgressError) -> ChangeOutcome
    {
        let index = try accountIndex(accountReference)
        let account = accounts[index]
        let files = account.evidence[stepID] ?? []
        if files.isEmpty, catalog.platform(id: account.platform)?.step(id: stepID) == nil {
            throw .noSuchStep(account: account.id, platform: account.platform, step: stepID)
        }
        let file = try Self.evidence(matching: reference, in: files, account: account.id, step: stepID)
        let remaining = files.filter { $0.sha256 != file.sha256 }
        accounts[index].evidence[stepID] = remaining.isEmpty ? nil : remaining
        record(now, .evidenceRemoved, account.id, account.platform, step: stepID, detail: file.name, evidence: file.sha256)
        return ChangeOutcome(account: account.id, inverse: .restoreEvidence(account: account.id, step: stepID, evidence: files))
    }

    /// Records each file that goes and each that comes back, so the history replays to the
    /// evidence the step holds.
    mutating func restoreEvidence(_ evidence: [Evidence], marks: StepMarks?, on stepID: String, of reference: String, at now: Date)
        throws(ProgressError) -> ChangeOutcome
    {
        let index = try accountIndex(reference)
        let account = accounts[index]
        if let bad = evidence.first(where: { !EvidenceStore.isHash($0.sha256) }) { throw .evidenceNotAHash(bad.sha256) }
        let old = account.evidence[stepID] ?? []
        let kept = Set(evidence.map(\.sha256))
        let had = Set(old.map(\.sha256))
        for file in old where !kept.contains(file.sha256) {
            record(now, .evidenceRemoved, account.id, account.platform, step: stepID, detail: file.name, evidence: file.sha256)
        }
        for file in evidence where !had.contains(file.sha256) {
            record(now, .evidenceAttached, account.id, account.platform, step: stepID, detail: file.name, evidence: file.sha256)
        }
        accounts[index].evidence[stepID] = evidence.isEmpty ? nil : evidence
        var inverseMarks: StepMarks?
        if let marks {
            inverseMarks = StepMarks(tick: account.ticks[stepID], note: account.notes[stepID])
            if account.ticks[stepID] != marks.tick {
                accounts[index].ticks[stepID] = marks.tick
                record(now, marks.tick == nil ? .untick : .tick, account.id, account.platform, step: stepID)
            }
            if account.notes[stepID] != marks.note {
                accounts[index].notes[stepID] = marks.note
                record(now, .note, account.id, account.platform, step: stepID, detail: marks.note)
            }
        }
        return ChangeOutcome(
            account: account.id, inverse: .restoreEvidence(account: account.id, step: stepID, evidence: old, marks: inverseMarks))
    }

    /// The file of `files` whose hash is `reference` or starts with it (at least
    /// `minimumHashPrefix` hex digits, any case).
    static func evidence(matching reference: String, in files: [Evidence], account: String, step: String) throws(ProgressError) -> Evidence {
        let prefix = reference.lowercased()
        guard prefix.utf8.count >= minimumHashPrefix, prefix.utf8.count <= 64,
              prefix.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { throw .evidencePrefixInvalid(reference: reference) }
        let found = files.filter { $0.sha256.hasPrefix(prefix) }
        guard let file = found.first else { throw .noSuchEvidence(account: account, step: step, reference: reference) }
        guard found.count == 1 else { throw .ambiguousEvidence(account: account, step: step, reference: reference) }
        return file
    }
}
