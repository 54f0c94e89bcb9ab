/// Platforms and steps as JSON, with the catalog files' field names and every language,
/// for `optout catalog show --json`.
extension Platform: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, name, vendor, group, kind, jurisdictions, legalBasis = "legal_basis", deadline, effect, confidence
        case lastVerified = "last_verified", recheckDays = "recheck_days", sources, summary, steps, revision
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(vendor, forKey: .vendor)
        try c.encode(group, forKey: .group)
        try c.encode(kind, forKey: .kind)
        try c.encode(jurisdictions, forKey: .jurisdictions)
        try c.encode(legalBasis, forKey: .legalBasis)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(effect, forKey: .effect)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(lastVerified, forKey: .lastVerified)
        try c.encode(recheckDays, forKey: .recheckDays)
        try c.encode(sources, forKey: .sources)
        try c.encode(summary, forKey: .summary)
        try c.encode(steps, forKey: .steps)
        try c.encode(revision, forKey: .revision)
    }
}

extension Step: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, title, detail, url, anyOf = "any_of", optional, milestone, fields, confidence, steps, revision
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(detail, forKey: .detail)
        try c.encode(url, forKey: .url)
        try c.encode(anyOf, forKey: .anyOf)
        try c.encode(optional, forKey: .optional)
        try c.encode(milestone, forKey: .milestone)
        try c.encode(fields, forKey: .fields)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(steps, forKey: .steps)
        try c.encode(revision, forKey: .revision)
    }
}
