/// One platform of the catalog, with the steps that opt an account out.
public struct Platform: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: PlatformName
    public var vendor: String
    /// Accounts whose objection may cover each other (`meta`).
    public var group: String?
    public var kind: PlatformKind
    public var jurisdictions: [String]
    public var legalBasis: LocalizedText?
    public var deadline: CalendarDay?
    public var effect: Effect
    public var confidence: Confidence
    public var lastVerified: CalendarDay
    /// Settings a platform could switch back are re-checked after this many days.
    public var recheckDays: Int?
    public var sources: [Source]
    public var summary: LocalizedText
    public var steps: [Step]
    /// What the platform says, for kind `no-training`.
    public var statement: Statement?
    /// Where a letter goes; every shipped platform has one.
    public var contact: Contact?
    /// The file it was loaded from, for messages; nil for platforms built in code.
    public var origin: String?

    public init(
        id: String, name: PlatformName, vendor: String, group: String? = nil, kind: PlatformKind,
        jurisdictions: [String] = [], legalBasis: LocalizedText? = nil, deadline: CalendarDay? = nil,
        effect: Effect = .unknown, confidence: Confidence, lastVerified: CalendarDay,
        recheckDays: Int? = nil, sources: [Source], summary: LocalizedText, steps: [Step],
        statement: Statement? = nil, contact: Contact? = nil, origin: String? = nil
    ) {
        self.id = id
        self.name = name
        self.vendor = vendor
        self.group = group
        self.kind = kind
        self.jurisdictions = jurisdictions
        self.legalBasis = legalBasis
        self.deadline = deadline
        self.effect = effect
        self.confidence = confidence
        self.lastVerified = lastVerified
        self.recheckDays = recheckDays
        self.sources = sources
        self.summary = summary
        self.steps = steps
        self.statement = statement
        self.contact = contact
        self.origin = origin
    }

    /// The name as the user reads it in `language`.
    public func name(in language: Language) -> String { name.text(in: language) }

    /// Every step, depth first.
    public var allSteps: [Step] { steps.flatMap(\.flattened) }

    public func step(id: String) -> Step? { allSteps.first { $0.id == id } }

    /// Changes whenever any step changes.
    public var revision: String { Self.revision(id: id, stepRevisions: allSteps.map(\.revision)) }

    /// The platform's revision from its steps' revisions, depth first (the catalog's
    /// outlines pass the ones they already hashed).
    static func revision(id: String, stepRevisions: [String]) -> String {
        var hash = StableHash()
        hash.combine(id)
        for revision in stepRevisions { hash.combine(revision) }
        return hash.hexDigest
    }
}
