/// One thing to do on a platform. Steps nest: a parent is done by its children.
public struct Step: Hashable, Sendable, Identifiable {
    /// Stable, unique within its platform, never reused for another meaning.
    public var id: String
    public var title: LocalizedText
    public var detail: LocalizedText?
    /// An `https://` link to the page or form this step happens on.
    public var url: String?
    public var steps: [Step]
    /// Ticking one child completes this step (alternative routes: app or web).
    public var anyOf: Bool
    /// Does not block completion.
    public var optional: Bool
    public var milestone: Milestone?
    /// What the form asks for.
    public var fields: [LocalizedText]
    /// Overrides the platform's confidence for this step (a reported route, say).
    public var confidence: Confidence?
    /// When this step was checked, apart from the rest of the platform.
    public var lastVerified: CalendarDay?

    public init(
        id: String, title: LocalizedText, detail: LocalizedText? = nil, url: String? = nil,
        steps: [Step] = [], anyOf: Bool = false, optional: Bool = false, milestone: Milestone? = nil,
        fields: [LocalizedText] = [], confidence: Confidence? = nil, lastVerified: CalendarDay? = nil
    ) {
        self.id = id
        self.title = title
        self.detail = detail
        self.url = url
        self.steps = steps
        self.anyOf = anyOf
        self.optional = optional
        self.milestone = milestone
        self.fields = fields
        self.confidence = confidence
        self.lastVerified = lastVerified
    }

    public var isLeaf: Bool { steps.isEmpty }

    /// The revision of this step's own definition: changes when its texts, link, form fields,
    /// flags or list of children change, so a tick made against an older version shows up
    /// as needing review.
    public var revision: String {
        var hash = StableHash()
        hash.combine(id)
        // English and French only, as before there were more languages: a translation added
        // later must not send every tick made against the step to review.
        for language in [Language.en, .fr] {
            hash.combine(title.text(in: language))
            hash.combine(detail?.text(in: language) ?? "")
            for field in fields { hash.combine(field.text(in: language)) }
        }
        hash.combine(url ?? "")
        hash.combine(anyOf)
        hash.combine(optional)
        hash.combine(milestone?.rawValue ?? "")
        for child in steps { hash.combine(child.id) }
        return hash.hexDigest
    }

    /// This step and every step below it, depth first.
    public var flattened: [Step] {
        var result: [Step] = []
        var stack: [Step] = [self]
        while let step = stack.popLast() {
            result.append(step)
            stack.append(contentsOf: step.steps.reversed())
        }
        return result
    }
}
