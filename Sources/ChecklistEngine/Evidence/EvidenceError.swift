/// Why a file was not kept as evidence (nothing was written then), or why a stored one could
/// not be named or removed, said in one sentence the user can act on.
public enum EvidenceError: Error, Equatable, Sendable {
    /// What a path names when it is not a plain file.
    public enum SpecialFile: String, Sendable, Equatable {
        case pipe, device, socket
    }

    case missing(path: String)
    /// The user may not read the file (or search its folder).
    case noPermission(path: String)
    case unreadable(path: String, reason: String)
    case isDirectory(path: String)
    case isSymlink(path: String)
    case notAFile(path: String, kind: SpecialFile)
    case empty(path: String)
    case tooLarge(path: String, limit: Int)
    /// Its size or identity changed between the check and the end of the copy.
    case changedWhileCopying(path: String)
    /// A mailbox (mbox) of several messages, not one email.
    case mailbox(path: String, messages: Int)
    /// No space (or quota) left while writing in the evidence folder.
    case diskFull(folder: String)
    case cannotWrite(folder: String, reason: String)
    /// Not 64 hex digits: never used as a file name.
    case invalidHash(String)

    /// One line, whatever the paths in it hold (control characters become `�`).
    public func message(in language: Language) -> String {
        SafeText.line(rawMessage(in: language))
    }

    private func rawMessage(in language: Language) -> String {
        let words = Words(language)
        switch self {
        case .missing(let path):
            return words.text(.evidenceNoSuchFile, ["path": path])
        case .noPermission(let path):
            return words.text(.evidenceMayNotRead, ["path": path])
        case .unreadable(let path, let reason):
            return words.text(.evidenceCannotRead, ["path": path, "reason": reason])
        case .isDirectory(let path):
            return words.text(.evidenceIsFolder, ["path": path])
        case .isSymlink(let path):
            return words.text(.evidenceIsSymlink, ["path": path])
        case .notAFile(let path, .pipe):
            return words.text(.evidenceIsPipe, ["path": path])
        case .notAFile(let path, .device):
            return words.text(.evidenceIsDevice, ["path": path])
        case .notAFile(let path, .socket):
            return words.text(.evidenceIsSocket, ["path": path])
        case .empty(let path):
            return words.text(.evidenceIsEmpty, ["path": path])
        case .tooLarge(let path, let limit):
            return words.text(.evidenceTooLarge, ["path": path, "limit": limit / 1_048_576, "bytes": limit])
        case .changedWhileCopying(let path):
            return words.text(.evidenceChangedWhileCopying, ["path": path])
        case .mailbox(let path, let messages):
            return words.plural(.evidenceMailbox, count: messages, ["path": path])
        case .diskFull(let folder):
            return words.text(.evidenceDiskFull, ["folder": folder])
        case .cannotWrite(let folder, let reason):
            return words.text(.evidenceCannotWrite, ["folder": folder, "reason": reason])
        case .invalidHash(let text):
            let short = text.count > 80 ? String(text.prefix(80)) + "…" : text
            return words.text(.evidenceNotAHash, ["short": short])
        }
    }
}
