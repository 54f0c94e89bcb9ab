/// One piece of evidence as the dossier shows it: the account and step it proves, and the
/// file's record. Made from the report (names, redacted or not) and the progress (records).
struct DossierEntry: Sendable {
    /// 1 for the first piece, in the report's order of accounts and steps.
    var number: Int
    var account: Report.AccountReport
    /// The step's id, and its place and title when the catalog still has it.
    var stepID: String
    var step: Report.StepReport?
    var evidence: Evidence
    /// What the check before writing found; the section reads the file again and says what it finds then.
    var integrity: EvidenceIntegrity

    /// Every piece of `progress`, by account in the report's order, then by step in the
    /// catalog's order (steps the catalog no longer has last, by id), oldest first.
    static func all(report: Report, progress: UserProgress, store: EvidenceStore) -> [DossierEntry] {
        var entries: [DossierEntry] = []
        for account in report.accounts {
            guard let record = progress.accounts.first(where: { SafeText.line($0.id) == account.id }) else { continue }
            let steps = account.allSteps
            let known = steps.map(\.id)
            let ids = record.evidence.keys.filter { !$0.isEmpty }
            let ordered = known.compactMap { id in ids.first { SafeText.line($0) == id } }
                + ids.filter { !known.contains(SafeText.line($0)) }.sorted()
            for id in ordered {
                for evidence in record.evidence[id] ?? [] {
                    let step = steps.first { $0.id == SafeText.line(id) }
                    entries.append(DossierEntry(number: entries.count + 1, account: account, stepID: SafeText.line(id), step: step,
                                                evidence: evidence, integrity: store.verify(evidence.sha256)))
                }
            }
        }
        return entries
    }
}

/// How many pieces were found intact, changed, missing or unreadable when the dossier was written.
public struct DossierTally: Sendable, Equatable {
    public var intact = 0
    public var changed = 0
    public var missing = 0
    public var unreadable = 0

    public init() {}

    public var total: Int { intact + changed + missing + unreadable }

    /// "3 intact, 1 missing": only the kinds there are.
    public func text(in language: Language) -> String {
        let words = Words(language)
        let parts: [(Int, Word)] = [(intact, .reportDossierTallyIntact), (changed, .reportDossierTallyChanged),
                                    (missing, .reportDossierTallyMissing), (unreadable, .reportDossierTallyUnreadable)]
        return parts.filter { $0.0 > 0 }.map { words.plural($0.1, count: $0.0) }.joined(separator: ", ")
    }

    mutating func count(_ integrity: EvidenceIntegrity) {
        switch integrity {
        case .intact: intact += 1
        case .changed: changed += 1
        case .missing: missing += 1
        case .unreadable: unreadable += 1
        }
    }
}
