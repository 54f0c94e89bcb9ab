/// A data protection supervisory authority a complaint can go to: one file of
/// `Authorities/` in the catalog.
public struct Authority: Hashable, Sendable, Codable {
    public var id: String
    /// ISO 3166-1 alpha-2, upper case.
    public var country: String
    /// ISO 3166-2 of a German Land (`DE-BY`); nil for a national authority.
    public var region: String?
    /// The name by ISO 639-1 language code: always `en`, and the authority's own language(s).
    public var name: [String: String]
    /// Whom it handles, when that is narrower than "everyone in the country".
    public var scope: LocalizedText?
    public var website: String?
    public var complaint: Complaint
    public var lastVerified: CalendarDay
    public var confidence: Confidence
    public var sources: [Source]

    /// How a complaint reaches the authority: at least one of form, email and postal.
    public struct Complaint: Hashable, Sendable, Codable {
        /// An online form, https.
        public var form: String?
        public var email: String?
        /// The lines of the postal address; empty when none is given.
        public var postal: [String]
        /// ISO 639-1 codes of the languages it takes complaints in.
        public var languages: [String]

        public init(form: String? = nil, email: String? = nil, postal: [String] = [], languages: [String]) {
            self.form = form
            self.email = email
            self.postal = postal
            self.languages = languages
        }

        /// Whether any route is given.
        public var hasRoute: Bool { form != nil || email != nil || !postal.isEmpty }
    }

    public init(id: String, country: String, region: String? = nil, name: [String: String], scope: LocalizedText? = nil,
                website: String? = nil, complaint: Complaint, lastVerified: CalendarDay, confidence: Confidence,
                sources: [Source]) {
        self.id = id
        self.country = country
        self.region = region
        self.name = name
        self.scope = scope
        self.website = website
        self.complaint = complaint
        self.lastVerified = lastVerified
        self.confidence = confidence
        self.sources = sources
    }

    /// The name in the user's language when the authority has one in it (the CNIL in French),
    /// else in English.
    public func name(in language: Language) -> String {
        name[language.rawValue] ?? name["en"] ?? name.sorted { $0.key < $1.key }.first?.value ?? id
    }

    /// `FR`, or `DE-BY` for a Land's authority.
    public var place: String { region ?? country }

    enum CodingKeys: String, CodingKey {
        case id, country, region, name, scope, website, complaint, confidence, sources
        case lastVerified = "last_verified"
    }
}
