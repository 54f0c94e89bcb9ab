/// The facts of a platform as reports and the status document give them: its texts in the
/// report's language, through `SafeText`. The one shape for both (a new platform fact is
/// added here and in `init`, and every report and the JSON have it).
extension Report {
    public struct PlatformFacts: Codable, JSONRecord, Sendable, Equatable {
        public var id: String
        public var name: String
        public var vendor: String
        public var group: String?
        public var kind: PlatformKind
        public var jurisdictions: [String]
        public var legalBasis: String?
        public var deadline: CalendarDay?
        public var effect: Effect
        public var confidence: Confidence
        public var lastVerified: CalendarDay
        public var recheckDays: Int?
        public var summary: String
        public var sources: [Source]
        /// What a `no-training` platform says, with its source.
        public var statement: Statement?
        /// Where a letter goes (public data: never redacted).
        public var contact: Contact?
    }
}

extension Report.PlatformFacts {
    init(_ platform: Platform, language: Language) {
        self.init(
            id: SafeText.line(platform.id), name: SafeText.line(platform.name(in: language)), vendor: SafeText.line(platform.vendor),
            group: platform.group.map(SafeText.line), kind: platform.kind, jurisdictions: platform.jurisdictions.map(SafeText.line),
            legalBasis: platform.legalBasis.map { SafeText.block($0.marked(in: language)) },
            deadline: platform.deadline, effect: platform.effect, confidence: platform.confidence,
            lastVerified: platform.lastVerified, recheckDays: platform.recheckDays,
            summary: SafeText.block(platform.summary.marked(in: language)),
            sources: platform.sources.map(\.safe), statement: platform.statement.map(\.safe), contact: platform.contact.map(\.safe))
    }
}


extension Source {
    var safe: Source { Source(label: SafeText.line(label), url: SafeText.line(url)) }
}

extension Statement {
    var safe: Statement { Statement(quote: SafeText.block(quote), source: source.safe, said: said, confidence: confidence) }
}

extension Contact {
    var safe: Contact {
        Contact(
            controller: SafeText.line(controller), email: email.map(SafeText.line), form: form.map(SafeText.line),
            postal: postal.map(SafeText.line), country: SafeText.line(country), authority: authority.map(SafeText.line),
            published: published, note: note.map { LocalizedText($0.values.mapValues(SafeText.block)) },
            lastVerified: lastVerified, confidence: confidence, sources: sources.map(\.safe))
    }
}
