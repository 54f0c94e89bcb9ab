extension ProgressError {
    /// The sentences of the errors about evidence (`rawMessage` sends them here).
    func evidenceMessage(in language: Language) -> String {
        let words = Words(language)
        func short(_ text: String) -> String { text.count > 80 ? String(text.prefix(80)) + "…" : text }
        switch self {
        case .evidenceAlreadyAttached(let account, let step, let name, let sha256):
            return words.text(.storeEvidenceAlreadyAttached, ["name": name, "step": step, "account": account, "short": String(sha256.prefix(12))])
        case .noSuchEvidence(let account, let step, let reference):
            return words.text(.storeEvidenceNone, ["account": account, "step": short(step), "short": short(reference)])
        case .ambiguousEvidence(let account, let step, let reference):
            return words.text(.storeEvidenceAmbiguous, ["account": account, "step": short(step), "short": short(reference)])
        case .evidencePrefixInvalid(let reference):
            return words.text(.storeEvidencePrefixInvalid, ["short": short(reference), "digits": UserProgress.minimumHashPrefix])
        case .evidenceNotAHash(let text):
            return words.text(.evidenceNotAHash, ["short": short(text)])
        default:
            return ""
        }
    }
}
