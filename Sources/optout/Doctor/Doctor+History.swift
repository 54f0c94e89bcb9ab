import ChecklistEngine

/// The history of a progress file that reads: `optout verify`'s checks (the evidence files'
/// too), said in one line.
extension Doctor {
    mutating func checkHistory(_ progress: UserProgress, store: ProgressStore) {
        let report = Verification(evidence: EvidenceStore(beside: store)).run(progress)
        let dates = SpokenDate(context.language)
        switch report.problem {
        case nil:
            add(.ok, report.sentence(dates))
        case .notChained?:
            // Not a fault: the file is from before the chain, and is chained at its next change.
            add(.note, report.sentence(dates))
        case let problem?:
            add(.problem, problem.message(dates), fix: text(.cliVerifyDoctorFix, ["backup": store.backupURL.path]))
        }
    }
}
