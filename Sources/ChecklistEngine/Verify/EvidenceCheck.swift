/// Every file a step refers to is in the evidence folder and still has its hash: a file
/// deleted, replaced or changed by one byte shows here, named by its step and its name.
public struct EvidenceCheck: VerifyCheck {
    public let name = "evidence"
    public let store: EvidenceStore

    public init(store: EvidenceStore) {
        self.store = store
    }

    public func run(_ progress: UserProgress) -> VerifyResult {
        // Each file is read once, however many steps refer to it.
        var checked: [String: EvidenceIntegrity] = [:]
        for account in progress.accounts {
            for (step, files) in account.evidence.sorted(by: { $0.key < $1.key }) {
                for file in files {
                    let integrity = checked[file.sha256] ?? store.verify(file.sha256)
                    checked[file.sha256] = integrity
                    let place = VerifyProblem.EvidencePlace(account: account.id, step: step, name: file.name, sha256: file.sha256)
                    switch integrity {
                    case .intact: continue
                    case .missing: return .fails(.evidenceFileMissing(place, folder: store.folder.path))
                    case .changed: return .fails(.evidenceFileChanged(place))
                    case .unreadable(let reason): return .fails(.evidenceFileUnreadable(place, reason: reason))
                    }
                }
            }
        }
        return .holds(checked.isEmpty ? nil : .evidenceIntact(count: checked.count))
    }
}

extension Verification {
    /// The standard checks and the evidence files of `store`, as `optout verify` and
    /// `optout doctor` run them.
    public init(evidence store: EvidenceStore) {
        self.init(checks: Self.standard + [EvidenceCheck(store: store)])
    }
}
