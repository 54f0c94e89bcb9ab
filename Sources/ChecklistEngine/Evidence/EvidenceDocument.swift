import Foundation

/// `optout evidence list --json` (docs/evidence.schema.json): the files attached to each
/// step of each account, every key always present (`JSONRecord`), times in ISO 8601 UTC,
/// every text one safe line.
public struct EvidenceDocument: JSONRecord, Sendable, Equatable {
    /// The evidence folder the files are in, named by their hash.
    public var folder: String
    public var accounts: [AccountEvidence]

    public struct AccountEvidence: JSONRecord, Sendable, Equatable {
        public var account: String
        public var platform: String
        public var label: String?
        /// In the catalog's order of steps (steps it no longer has last, by id).
        public var steps: [StepEvidence]
    }

    public struct StepEvidence: JSONRecord, Sendable, Equatable {
        public var step: String
        /// Oldest first.
        public var evidence: [File]
    }

    public struct File: Codable, JSONRecord, Sendable, Equatable {
        public var sha256: String
        public var name: String
        public var size: Int
        public var mediaType: String
        public var added: Date
        /// Nil when the file is not an email.
        public var email: Email?

        /// `redact` leaves out the email's sender and recipient (personal data); the hash,
        /// size, date and subject stay, so the file can still be checked.
        public init(_ evidence: Evidence, redact: Bool = false) {
            sha256 = SafeText.line(evidence.sha256)
            name = SafeText.line(evidence.name)
            size = evidence.size
            mediaType = SafeText.line(evidence.mediaType.rawValue)
            added = evidence.added
            email = evidence.email.map { Email($0, redact: redact) }
        }
    }

    /// The headers an email is known by; null where it has none.
    public struct Email: Codable, JSONRecord, Sendable, Equatable {
        public var from: String?
        public var to: String?
        public var subject: String?
        public var date: Date?

        public init(_ summary: EmailSummary, redact: Bool = false) {
            from = redact ? nil : summary.from.map(SafeText.line)
            to = redact ? nil : summary.to.map(SafeText.line)
            subject = summary.subject.map(SafeText.line)
            date = summary.date
        }
    }

    /// The accounts of `accounts` that have evidence, in their order.
    public init(accounts: [Account], catalog: Catalog, folder: URL) {
        self.folder = SafeText.line(folder.path)
        self.accounts = accounts.compactMap { account -> AccountEvidence? in
            let steps = Self.steps(of: account, catalog: catalog).map { step -> StepEvidence in
                StepEvidence(step: SafeText.line(step), evidence: (account.evidence[step] ?? []).map { File($0) })
            }
            guard !steps.isEmpty else { return nil }
            return AccountEvidence(account: SafeText.line(account.id), platform: SafeText.line(account.platform),
                                   label: account.label.map(SafeText.line), steps: steps)
        }
    }

    /// The ids of the steps of `account` with evidence, in the catalog's order, then the others by id.
    public static func steps(of account: Account, catalog: Catalog) -> [String] {
        let order = catalog.platform(id: account.platform)?.allSteps.map(\.id) ?? []
        let known = order.filter { account.evidence[$0]?.isEmpty == false }
        let others = account.evidence.keys.filter { !order.contains($0) && account.evidence[$0]?.isEmpty == false }.sorted()
        return known + others
    }

    /// Pretty JSON with sorted keys.
    public func json() throws -> Data {
        try ProgressCoding.encoder.encode(self)
    }
}
