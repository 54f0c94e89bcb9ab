import Foundation

/// A file attached to a step: what was stored, the change it made, and the progress before
/// and after.
public struct Attachment: Sendable {
    public var evidence: Evidence
    public var outcome: ChangeOutcome
    public var before: UserProgress
    public var progress: UserProgress
}

/// Why a file could not be attached: the progress refused the change, or the file itself.
public enum AttachFailure: Error, Sendable {
    case progress(ProgressError)
    case evidence(EvidenceError)

    public func message(in language: Language) -> String {
        switch self {
        case .progress(let error): error.message(in: language)
        case .evidence(let error): error.message(in: language)
        }
    }
}

extension ProgressStore {
    /// Attaches `path` to a step: the file is copied into `evidence` first (durably, under its
    /// hash), then the step records it, all under the file's lock, so no `evidence remove`
    /// deletes the file between its copy and its record, and a crash leaves at worst a file
    /// nothing names. `tick` ticks the step at the email's own date when the file is an email
    /// that has one, else at `now`. The change is tried first, so what it refuses stores nothing.
    public func attach(_ path: String, account: String, step: String, note: String?, tick: Bool, into evidence: EvidenceStore,
                       catalog: Catalog, at now: Date, timeZone: TimeZone = .current, purpose: String = "a command")
        throws(AttachFailure) -> Attachment
    {
        var before = UserProgress.empty
        let result: (progress: UserProgress, result: Result<(Evidence, ChangeOutcome), EvidenceError>)
        do {
            result = try update(purpose: purpose) { (progress: inout UserProgress) throws(ProgressError) -> Result<(Evidence, ChangeOutcome), EvidenceError> in
                before = progress
                var trial = progress
                let stand = Evidence(sha256: String(repeating: "0", count: 64), name: "", size: 1, mediaType: .binary, added: now)
                try trial.apply(.attach(account: account, step: step, evidence: stand, tickAt: tick ? now : nil, note: note),
                                catalog: catalog, at: now, timeZone: timeZone)
                let stored: Evidence
                do throws(EvidenceError) {
                    stored = try evidence.store(path, at: now)
                } catch {
                    return .failure(error)
                }
                let tickAt = tick ? stored.email?.date ?? now : nil
                let outcome = try progress.apply(.attach(account: account, step: step, evidence: stored, tickAt: tickAt, note: note),
                                                 catalog: catalog, at: now, timeZone: timeZone)
                return .success((stored, outcome))
            }
        } catch {
            throw .progress(error)
        }
        let stored: Evidence, outcome: ChangeOutcome
        switch result.result {
        case .success(let attached): (stored, outcome) = attached
        case .failure(let error): throw .evidence(error)
        }
        return Attachment(evidence: stored, outcome: outcome, before: before, progress: result.progress)
    }
}
