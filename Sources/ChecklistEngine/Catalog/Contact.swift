/// The privacy contact of a platform: where a letter goes. Public data, never redacted.
public struct Contact: Hashable, Sendable, Codable, JSONRecord {
    /// The legal name of the controller for the EU.
    public var controller: String
    public var email: String?
    /// An `https://` contact form.
    public var form: String?
    /// The lines of the postal address.
    public var postal: [String]
    /// ISO 3166-1 alpha-2 code of the controller's country.
    public var country: String
    /// The lead supervisory authority's id (an `Authorities/` file).
    public var authority: String?
    /// False: the company publishes no privacy contact (`note` says so).
    public var published: Bool
    public var note: LocalizedText?
    public var lastVerified: CalendarDay
    public var confidence: Confidence
    public var sources: [Source]

    public init(
        controller: String, email: String? = nil, form: String? = nil, postal: [String] = [], country: String,
        authority: String? = nil, published: Bool = true, note: LocalizedText? = nil, lastVerified: CalendarDay,
        confidence: Confidence, sources: [Source]
    ) {
        self.controller = controller
        self.email = email
        self.form = form
        self.postal = postal
        self.country = country
        self.authority = authority
        self.published = published
        self.note = note
        self.lastVerified = lastVerified
        self.confidence = confidence
        self.sources = sources
    }
}

/// What a platform says about not training on its users' content (kind `no-training`).
public struct Statement: Hashable, Sendable, Codable, JSONRecord {
    /// The platform's own words, verbatim, in their original language.
    public var quote: String
    public var source: Source
    /// When it was said.
    public var said: CalendarDay?
    public var confidence: Confidence

    public init(quote: String, source: Source, said: CalendarDay? = nil, confidence: Confidence) {
        self.quote = quote
        self.source = source
        self.said = said
        self.confidence = confidence
    }
}

extension Platform {
    /// The contact a letter goes to: the catalog's, when the company publishes one. Every
    /// platform with it offers the letter as a route (beside its form or switch, or alone
    /// where it has none): the objection counts as sent, its answer as confirmed.
    public var letterContact: Contact? { contact?.published == true ? contact : nil }
}
