import Foundation

/// One account the user tracks: a platform plus an optional label ("@marie", "Grand-mère").
public struct Account: Codable, Sendable, Equatable, Identifiable {
    /// Short and typeable (`instagram-2`); never reused within one progress file.
    public var id: String
    public var platform: String
    public var label: String?
    public var created: Date
    /// The account whose objection covers this one (same platform group), as the user says.
    public var coveredBy: String?
    /// Done steps by step id.
    public var ticks: [String: Tick]
    /// Notes by step id ("confirmation email received 3 June").
    public var notes: [String: String]
    /// When the user last confirmed the ticks still hold (after a catalog change or a re-check).
    public var reviewed: Date?
    /// Who the account belongs to ("Marie Dupont"): the name a letter is signed with.
    /// Personal data: kept in the progress file only, never in a redacted report.
    public var holder: String?
    /// What the platform knows the account by (an email, a username, a phone number), so the
    /// controller can find it (Article 12(6)). Personal data, as `holder`.
    public var identifier: String?
    /// The letters sent about this account, by the day they went out (oldest first).
    public var letters: [Letter]
    /// The files kept as proof, by step id, oldest first; a step without any has no key.
    /// Each file is in the evidence folder under its hash (`EvidenceStore`).
    public var evidence: [String: [Evidence]]

    public init(
        id: String, platform: String, label: String? = nil, created: Date, coveredBy: String? = nil,
        ticks: [String: Tick] = [:], notes: [String: String] = [:], reviewed: Date? = nil,
        holder: String? = nil, identifier: String? = nil, letters: [Letter] = [], evidence: [String: [Evidence]] = [:]
    ) {
        self.id = id
        self.platform = platform
        self.label = label
        self.created = created
        self.coveredBy = coveredBy
        self.ticks = ticks
        self.notes = notes
        self.reviewed = reviewed
        self.holder = holder
        self.identifier = identifier
        self.letters = letters
        self.evidence = evidence
    }

    /// The label, else the id: how the account is named to the user.
    public var displayName: String { label ?? id }

    private enum CodingKeys: String, CodingKey {
        case id, platform, label, created, coveredBy, ticks, notes, reviewed, holder, identifier, letters, evidence
    }

    /// Foundation's reader (the fallback): a file written before letters or evidence existed has none.
    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try values.decode(String.self, forKey: .id), platform: try values.decode(String.self, forKey: .platform),
            label: try values.decodeIfPresent(String.self, forKey: .label), created: try values.decode(Date.self, forKey: .created),
            coveredBy: try values.decodeIfPresent(String.self, forKey: .coveredBy),
            ticks: try values.decode([String: Tick].self, forKey: .ticks), notes: try values.decode([String: String].self, forKey: .notes),
            reviewed: try values.decodeIfPresent(Date.self, forKey: .reviewed),
            holder: try values.decodeIfPresent(String.self, forKey: .holder),
            identifier: try values.decodeIfPresent(String.self, forKey: .identifier),
            letters: try values.decodeIfPresent([Letter].self, forKey: .letters) ?? [],
            evidence: try values.decodeIfPresent([String: [Evidence]].self, forKey: .evidence) ?? [:])
    }
}

/// A done step: when, and against which version of the catalog.
public struct Tick: Codable, Sendable, Equatable {
    public var at: Date
    public var catalogRevision: String
    /// The revision of the step itself when ticked (or last reviewed).
    public var stepRevision: String

    public init(at: Date, catalogRevision: String, stepRevision: String) {
        self.at = at
        self.catalogRevision = catalogRevision
        self.stepRevision = stepRevision
    }
}
