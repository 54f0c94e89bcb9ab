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

    public init(
        id: String, platform: String, label: String? = nil, created: Date, coveredBy: String? = nil,
        ticks: [String: Tick] = [:], notes: [String: String] = [:], reviewed: Date? = nil
    ) {
        self.id = id
        self.platform = platform
        self.label = label
        self.created = created
        self.coveredBy = coveredBy
        self.ticks = ticks
        self.notes = notes
        self.reviewed = reviewed
    }

    /// The label, else the id: how the account is named to the user.
    public var displayName: String { label ?? id }
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
