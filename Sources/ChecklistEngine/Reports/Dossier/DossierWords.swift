/// The dossier's own words in each language; the report's are `ReportWords`.
struct DossierWords: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    private var words: Words { Words(language) }

    private func text(_ word: Word, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        words.text(word, values)
    }

    var title: String { text(.reportDossierTitle) }
    func intro(time: String) -> String { text(.reportDossierIntro, ["time": time]) }
    var redacted: String { text(.reportDossierRedacted) }
    var evidence: String { text(.reportDossierEvidence) }
    var none: String { text(.reportDossierNone) }

    /// "4 files kept as proof: 3 intact, 1 missing."
    func count(_ tally: DossierTally) -> String {
        words.plural(.reportDossierCount, count: tally.total, ["tally": tally.text(in: language)])
    }

    func piece(number: Int, total: Int, name: String) -> String {
        text(.reportDossierPiece, ["number": number, "total": total, "name": name])
    }

    var file: String { text(.reportDossierFile) }
    var size: String { text(.reportDossierSize) }
    var type: String { text(.reportDossierType) }
    var check: String { text(.reportDossierCheck) }

    /// "4.2 KiB (4,312 bytes)": the exact count beside the rounded one.
    func size(_ bytes: Int, _ dates: SpokenDate) -> String {
        let rounded = EvidenceText(dates).size(bytes)
        return bytes < 1024 ? rounded : rounded + " (" + words.plural(.evidenceSizeBytes, count: bytes) + ")"
    }

    func integrity(_ integrity: EvidenceIntegrity) -> String {
        switch integrity {
        case .intact: text(.reportDossierIntact)
        case .changed: text(.reportDossierChanged)
        case .missing: text(.reportDossierMissing)
        case .unreadable(let reason): text(.reportDossierUnreadable, ["reason": SafeText.line(reason)])
        }
    }

    /// "intact", "missing": one word, for the index.
    func state(_ integrity: EvidenceIntegrity) -> String {
        switch integrity {
        case .intact: text(.reportDossierStateIntact)
        case .changed: text(.reportDossierStateChanged)
        case .missing: text(.reportDossierStateMissing)
        case .unreadable: text(.reportDossierStateUnreadable)
        }
    }

    var email: String { text(.reportDossierEmail) }
    var from: String { text(.reportDossierFrom) }
    var to: String { text(.reportDossierTo) }
    var date: String { text(.reportDossierDate) }
    var subject: String { text(.reportDossierSubject) }
    var asRecorded: String { text(.reportDossierAsRecorded) }
    var emailText: String { text(.reportDossierText) }
    var noText: String { text(.reportDossierNoText) }
    var emailRedacted: String { text(.reportDossierEmailRedacted) }
    var image: String { text(.reportDossierImage) }

    func imageAlt(name: String, step: String, account: String) -> String {
        text(.reportDossierImageAlt, ["name": name, "step": step, "account": account])
    }

    var imageRedacted: String { text(.reportDossierImageRedacted) }
    func notShown(type: String) -> String { text(.reportDossierNotShown, ["type": type]) }
}
