import Foundation

/// The first thing in a progress file that does not hold, said in one sentence that names
/// the entry (its number and time) and what is wrong.
public enum VerifyProblem: Sendable, Equatable {
    /// A file a step refers to.
    public struct EvidencePlace: Sendable, Equatable {
        public var account: String
        public var step: String
        public var name: String
        public var sha256: String
    }

    /// A version 1 file: its history is chained at its next change.
    case notChained(schemaVersion: Int)
    /// An entry without its `previous` or `hash`.
    case unsealed(VerifyEntry)
    /// An entry's `previous` is not the hash of the entry before it: one was removed, added
    /// or moved there.
    case notLinked(VerifyEntry)
    /// An entry no longer matches its hash.
    case altered(VerifyEntry)
    case noHead
    /// The file states `stated` entries and holds `found`; `last` is the last it holds.
    case countDiffers(stated: Int, found: Int, last: VerifyEntry?)
    case headDiffers(last: VerifyEntry?)
    case accountNotInHistory(account: String)
    case accountRemoved(account: String, by: VerifyEntry)
    case accountMissing(account: String, by: VerifyEntry)
    case tickNotInHistory(account: String, step: String, at: Date)
    case tickTimeDiffers(account: String, step: String, at: Date, entry: VerifyEntry)
    case tickMissing(account: String, step: String, entry: VerifyEntry)
    /// The note differs from the one the history last wrote (`entry`), or none was written.
    case noteDiffers(account: String, step: String, entry: VerifyEntry?)
    case noteMissing(account: String, step: String, entry: VerifyEntry)
    /// A step records a file no entry attached (`removedBy`: the last entry that took it off).
    case evidenceNotInHistory(account: String, step: String, name: String, removedBy: VerifyEntry?)
    /// The history attached a file (at `entry`) that the step no longer records.
    case evidenceMissing(account: String, step: String, name: String, entry: VerifyEntry)
    /// The evidence folder has no file by that hash.
    case evidenceFileMissing(EvidencePlace, folder: String)
    /// The file's bytes no longer have its hash (or something else took its place).
    case evidenceFileChanged(EvidencePlace)
    case evidenceFileUnreadable(EvidencePlace, reason: String)

    /// Stable, for `verify --json`.
    public var kind: String {
        switch self {
        case .notChained: "not-chained"
        case .unsealed: "entry-without-hash"
        case .notLinked: "entry-not-linked"
        case .altered: "entry-altered"
        case .noHead: "no-head"
        case .countDiffers: "count-differs"
        case .headDiffers: "head-differs"
        case .accountNotInHistory: "account-not-in-history"
        case .accountRemoved: "account-removed-in-history"
        case .accountMissing: "account-missing"
        case .tickNotInHistory: "tick-not-in-history"
        case .tickTimeDiffers: "tick-time-differs"
        case .tickMissing: "tick-missing"
        case .noteDiffers: "note-differs"
        case .noteMissing: "note-missing"
        case .evidenceNotInHistory: "evidence-not-in-history"
        case .evidenceMissing: "evidence-record-missing"
        case .evidenceFileMissing: "evidence-file-missing"
        case .evidenceFileChanged: "evidence-file-changed"
        case .evidenceFileUnreadable: "evidence-file-unreadable"
        }
    }

    /// The entry the sentence names, if any.
    public var entry: VerifyEntry? {
        switch self {
        case .unsealed(let entry), .notLinked(let entry), .altered(let entry): entry
        case .countDiffers(_, _, let last), .headDiffers(let last): last
        case .accountRemoved(_, let entry), .accountMissing(_, let entry): entry
        case .tickTimeDiffers(_, _, _, let entry), .tickMissing(_, _, let entry), .noteMissing(_, _, let entry): entry
        case .noteDiffers(_, _, let entry): entry
        case .evidenceNotInHistory(_, _, _, let entry): entry
        case .evidenceMissing(_, _, _, let entry): entry
        case .notChained, .noHead, .accountNotInHistory, .tickNotInHistory, .evidenceFileMissing, .evidenceFileChanged,
             .evidenceFileUnreadable: nil
        }
    }

    /// The account and step the sentence names, if any.
    public var account: String? {
        switch self {
        case .accountNotInHistory(let account), .accountRemoved(let account, _), .accountMissing(let account, _),
             .tickNotInHistory(let account, _, _), .tickTimeDiffers(let account, _, _, _), .tickMissing(let account, _, _),
             .noteDiffers(let account, _, _), .noteMissing(let account, _, _), .evidenceNotInHistory(let account, _, _, _),
             .evidenceMissing(let account, _, _, _):
            account
        case .evidenceFileMissing(let place, _), .evidenceFileChanged(let place), .evidenceFileUnreadable(let place, _):
            place.account
        default: nil
        }
    }

    public var step: String? {
        switch self {
        case .tickNotInHistory(_, let step, _), .tickTimeDiffers(_, let step, _, _), .tickMissing(_, let step, _),
             .noteDiffers(_, let step, _), .noteMissing(_, let step, _), .evidenceNotInHistory(_, let step, _, _),
             .evidenceMissing(_, let step, _, _):
            step
        case .evidenceFileMissing(let place, _), .evidenceFileChanged(let place), .evidenceFileUnreadable(let place, _):
            place.step
        default: nil
        }
    }

    /// The hash of the evidence file the sentence names, if any.
    public var evidence: String? {
        switch self {
        case .evidenceFileMissing(let place, _), .evidenceFileChanged(let place), .evidenceFileUnreadable(let place, _): place.sha256
        default: nil
        }
    }

    /// One line, safe to print whatever the file holds.
    public func message(_ dates: SpokenDate) -> String {
        SafeText.line(rawMessage(dates))
    }

    private func rawMessage(_ dates: SpokenDate) -> String {
        let words = Words(dates.language)
        func name(_ entry: VerifyEntry) -> String { entry.text(dates) }
        switch self {
        case .notChained(let version):
            return words.text(.cliVerifyNotChained, ["version": version])
        case .unsealed(let entry):
            return words.text(.cliVerifyUnsealed, ["entry": name(entry)])
        case .notLinked(let entry):
            return words.text(entry.number == 1 ? .cliVerifyNotFirst : .cliVerifyNotLinked, ["entry": name(entry)])
        case .altered(let entry):
            return words.text(.cliVerifyAltered, ["entry": name(entry)])
        case .noHead:
            return words.text(.cliVerifyNoHead)
        case .countDiffers(let stated, let found, let last):
            guard let last else { return words.plural(.cliVerifyCountDiffersEmpty, count: stated) }
            if found < stated { return words.plural(.cliVerifyCountDiffersFewer, count: stated, ["entry": name(last)]) }
            return words.plural(.cliVerifyCountDiffersMore, count: stated, ["found": found, "entry": name(last)])
        case .headDiffers(let last):
            guard let last else { return words.text(.cliVerifyHeadDiffersEmpty) }
            return words.text(.cliVerifyHeadDiffers, ["entry": name(last)])
        case .accountNotInHistory(let account):
            return words.text(.cliVerifyAccountNotInHistory, ["account": account])
        case .accountRemoved(let account, let entry):
            return words.text(.cliVerifyAccountRemoved, ["account": account, "entry": name(entry)])
        case .accountMissing(let account, let entry):
            return words.text(.cliVerifyAccountMissing, ["account": account, "entry": name(entry)])
        case .tickNotInHistory(let account, let step, let at):
            return words.text(.cliVerifyTickNotInHistory, ["account": account, "step": step, "time": dates.dayTime(at)])
        case .tickTimeDiffers(let account, let step, let at, let entry):
            return words.text(.cliVerifyTickTimeDiffers, ["account": account, "step": step, "time": dates.dayTime(at), "entry": name(entry)])
        case .tickMissing(let account, let step, let entry):
            return words.text(.cliVerifyTickMissing, ["account": account, "step": step, "entry": name(entry)])
        case .noteDiffers(let account, let step, let entry?):
            return words.text(.cliVerifyNoteDiffers, ["account": account, "step": step, "entry": name(entry)])
        case .noteDiffers(let account, let step, nil):
            return words.text(.cliVerifyNoteNotInHistory, ["account": account, "step": step])
        case .noteMissing(let account, let step, let entry):
            return words.text(.cliVerifyNoteMissing, ["account": account, "step": step, "entry": name(entry)])
        case .evidenceNotInHistory(let account, let step, let file, let removal?):
            return words.text(.cliVerifyEvidenceRemovedInHistory, ["account": account, "step": step, "name": file, "entry": name(removal)])
        case .evidenceNotInHistory(let account, let step, let file, nil):
            return words.text(.cliVerifyEvidenceNotInHistory, ["account": account, "step": step, "name": file])
        case .evidenceMissing(let account, let step, let file, let entry):
            return words.text(.cliVerifyEvidenceRecordMissing, ["account": account, "step": step, "name": file, "entry": name(entry)])
        case .evidenceFileMissing(let place, let folder):
            return words.text(.cliVerifyEvidenceFileMissing, place.values.merging(["folder": folder]) { $1 })
        case .evidenceFileChanged(let place):
            return words.text(.cliVerifyEvidenceFileChanged, place.values)
        case .evidenceFileUnreadable(let place, let reason):
            return words.text(.cliVerifyEvidenceFileUnreadable, place.values.merging(["reason": reason]) { $1 })
        }
    }
}

extension VerifyProblem.EvidencePlace {
    /// The placeholders of the sentences that name it.
    var values: [String: any CustomStringConvertible] {
        ["account": account, "step": step, "name": name, "short": String(sha256.prefix(12))]
    }
}
