/// What can go wrong with accounts, ticks and the progress file, said in one sentence
/// the user can act on.
public enum ProgressError: Error, Equatable, Sendable {
    case noSuchAccount(reference: String)
    case ambiguousAccount(reference: String, candidates: [String])
    case noSuchPlatform(id: String)
    case noSuchStep(account: String, platform: String, step: String)
    case stepHasSubsteps(step: String)
    /// `byLetter`: the platform has a privacy contact, so a letter is the way.
    case nothingToTick(platform: PlatformName, kind: PlatformKind, byLetter: Bool)
    case alreadyDone(account: String, step: String)
    case notDone(account: String, step: String)
    case cannotCoverItself(account: String)
    case differentGroup(account: String, coveredBy: String)
    case coverIsCovered(coveredBy: String)
    case labelInvalid
    case labelTaken(label: String)
    case noteTooLong(limit: Int)
    case accountExists(id: String)

    // Who writes, and the letters
    case personalInvalid(field: UserProgress.PersonalField, limit: Int)
    case noPrivacyContact(platform: PlatformName, id: String)
    case letterAlreadyRecorded(account: String, kind: Letter.Kind, day: CalendarDay)
    case noLetterSent(account: String)
    case noObjectionToExtend(account: String)
    case noLetterAwaitsAnswer(account: String)
    case letterAlreadyAnswered(account: String, day: CalendarDay)
    case letterAlreadyExtended(account: String, day: CalendarDay)
    case letterDayInFuture(day: CalendarDay)
    case letterDayBeforeGDPR(day: CalendarDay)
    case letterDayBeforeLetter(day: CalendarDay, sent: CalendarDay)

    // Evidence
    case evidenceAlreadyAttached(account: String, step: String, name: String, sha256: String)
    case noSuchEvidence(account: String, step: String, reference: String)
    case ambiguousEvidence(account: String, step: String, reference: String)
    /// Not a hash nor the start of one (`UserProgress.minimumHashPrefix` hex digits at least).
    case evidencePrefixInvalid(reference: String)
    /// A record whose hash is not 64 lower-case hex digits.
    case evidenceNotAHash(String)

    // The file
    case unreadable(path: String, reason: String, backup: String?)
    case newerSchema(path: String, found: Int, supported: Int, backup: String?)
    case isDirectory(path: String)
    case tooLarge(path: String, limit: Int)
    case cannotWrite(path: String, reason: String)
    /// The user may not read (or change) the file or its folder.
    case noPermission(path: String, writing: Bool)
    case locked(path: String, holder: String?)
    case noHome

    /// One line, whatever the values in it hold: control characters and escape sequences
    /// (from the command line or a damaged file) are shown as `�`, never sent raw.
    public func message(in language: Language) -> String {
        SafeText.line(rawMessage(in: language))
    }

    /// A value the user typed, cut to a length a sentence can carry.
    private static func short(_ text: String) -> String {
        text.count > 120 ? String(text.prefix(120)) + "…" : text
    }

    private func rawMessage(in language: Language) -> String {
        let short = Self.short
        func recover(_ backup: String?, _ path: String) -> String {
            if let backup {
                return Words.text(.storeUntouchedWithBackup, in: language, ["backup": backup, "path": path])
            }
            return Words.text(.storeUntouchedNoBackup, in: language)
        }
        switch self {
        case .noSuchAccount(let reference):
            return Words.text(.storeThereIsNoAccount, in: language, ["short": short(reference)])
        case .ambiguousAccount(let reference, let candidates):
            let list = candidates.joined(separator: ", ")
            return Words.text(.storeNamesSeveralAccountsGive, in: language, ["short": short(reference), "list": list])
        case .noSuchPlatform(let id):
            return Words.text(.storeThereIsNoPlatform, in: language, ["short": short(id)])
        case .noSuchStep(let account, let platform, let step):
            return Words.text(.storeAccountHasNoStep, in: language, ["account": account, "short": short(step), "platform": platform])
        case .stepHasSubsteps(let step):
            return Words.text(.storeStepIsDoneThrough, in: language, ["short": short(step)])
        case .nothingToTick(let name, let kind, let byLetter):
            let platform = name.text(in: language)
            if kind == .noTraining {
                return Words.text(.storeSaysItDoesNot, in: language, ["platform": platform])
            }
            if byLetter { return Words.text(.storeLetterNoSwitchLetterIsTheWay, in: language, ["platform": platform]) }
            return Words.text(.storeOffersNoOptOut, in: language, ["platform": platform])
        case .alreadyDone(let account, let step):
            return Words.text(.storeStepOfIsAlready, in: language, ["short": short(step), "account": account])
        case .notDone(let account, let step):
            return Words.text(.storeStepOfIsNot, in: language, ["short": short(step), "account": account])
        case .cannotCoverItself(let account):
            return Words.text(.storeAccountCannotCoverItself, in: language, ["account": account])
        case .differentGroup(let account, let coveredBy):
            return Words.text(.storeIsNotLinkedTo, in: language, ["coveredBy": coveredBy, "account": account])
        case .coverIsCovered(let coveredBy):
            return Words.text(.storeIsItselfCoveredBy, in: language, ["coveredBy": coveredBy])
        case .labelInvalid:
            return Words.text(.storeALabelIsOne, in: language)
        case .labelTaken(let label):
            return Words.text(.storeAnotherAccountIsAlready, in: language, ["short": short(label)])
        case .noteTooLong(let limit):
            return Words.text(.storeANoteIsAt, in: language, ["limit": limit])
        case .accountExists(let id):
            return Words.text(.storeAccountAlreadyExists, in: language, ["short": short(id)])
        case .personalInvalid, .noPrivacyContact, .letterAlreadyRecorded, .noLetterSent, .noObjectionToExtend,
             .noLetterAwaitsAnswer, .letterAlreadyAnswered, .letterAlreadyExtended, .letterDayInFuture, .letterDayBeforeGDPR,
             .letterDayBeforeLetter:
            return letterMessage(in: language)
        case .evidenceAlreadyAttached, .noSuchEvidence, .ambiguousEvidence, .evidencePrefixInvalid, .evidenceNotAHash:
            return evidenceMessage(in: language)
        case .unreadable(let path, let reason, let backup):
            return (Words.text(.storeTheProgressFileCannot, in: language, ["path": path, "reason": reason]))
                + recover(backup, path)
        case .newerSchema(let path, let found, let supported, let backup):
            return (Words.text(.storeTheProgressFileWas, in: language, ["path": path, "found": found, "supported": supported]))
                + recover(backup, path)
        case .isDirectory(let path):
            return Words.text(.storeIsAFolderNot, in: language, ["path": path])
        case .tooLarge(let path, let limit):
            return Words.text(.storeProgressTooLarge, in: language, ["path": path, "limit": limit / 1_048_576])
        case .cannotWrite(let path, let reason):
            return Words.text(.storeCouldNotSaveNothing, in: language, ["path": path, "reason": reason])
        case .noPermission(let path, let writing):
            if writing {
                return Words.text(.storeOptoutMayNotChange, in: language, ["path": path])
            }
            return Words.text(.storeOptoutMayNotRead, in: language, ["path": path])
        case .locked(let path, let holder):
            let who = holder.map { Words.text(.storeHeldBy, in: language, ["holder": $0]) } ?? ""
            return Words.text(.storeProgressInUse, in: language, ["path": path, "who": who])
        case .noHome:
            return Words.text(.storeNeitherHomeNorXdg, in: language)
        }
    }
}
