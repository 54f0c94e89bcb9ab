/// What can be wrong in a supervisory authority file, or in the country and region a user
/// chose, beyond what every catalog file can get wrong (`CatalogIssue.Problem`).
public enum AuthorityProblem: Hashable, Sendable {
    case badCountry(field: String, value: String)
    case badRegion(field: String, value: String)
    case regionOutsideGermany(country: String)
    case badLanguageCode(field: String, value: String)
    case missingOwnLanguage(country: String, expected: [String])
    case badEmail(field: String, value: String)
    case noComplaintRoute
    case noLanguages
    case idPrefix(id: String, expected: String)
    case duplicateID(id: String, otherFile: String)

    public func message(in language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .badCountry(let field, let value):
            return fr ? "« \(field) » doit être un code de pays ISO 3166-1 à deux lettres (FR, DE…), trouvé « \(value) »"
                : "'\(field)' must be a two-letter ISO 3166-1 country code (FR, DE...), found '\(value)'"
        case .badRegion(let field, let value):
            return fr ? "« \(field) » doit être le code ISO 3166-2 d'un Land allemand (DE-BY, DE-NW…), trouvé « \(value) »"
                : "'\(field)' must be the ISO 3166-2 code of a German Land (DE-BY, DE-NW...), found '\(value)'"
        case .regionOutsideGermany(let country):
            return fr ? "« region » ne sert que pour l'Allemagne (country: DE), pas pour \(country) ; retirez-la"
                : "'region' is only for Germany (country: DE), not \(country); remove it"
        case .badLanguageCode(let field, let value):
            return fr ? "« \(field) » : « \(value) » n'est pas un code de langue ISO 639-1 (fr, de, nl…)"
                : "'\(field)': '\(value)' is not an ISO 639-1 language code (fr, de, nl...)"
        case .missingOwnLanguage(let country, let expected):
            let list = expected.joined(separator: ", ")
            return fr ? "« name » doit aussi donner le nom dans une langue officielle de \(country) (\(list))"
                : "'name' must also give the name in an official language of \(country) (\(list))"
        case .badEmail(let field, let value):
            return fr ? "« \(field) » doit être une adresse e-mail (nom@domaine.tld), trouvé « \(value) »"
                : "'\(field)' must be an email address (name@domain.tld), found '\(value)'"
        case .noComplaintRoute:
            return fr ? "« complaint » doit donner au moins un moyen de porter plainte : form, email ou postal"
                : "'complaint' must give at least one way to complain: form, email or postal"
        case .noLanguages:
            return fr ? "« complaint.languages » doit nommer au moins une langue" : "'complaint.languages' must name at least one language"
        case .idPrefix(let id, let expected):
            return fr ? "l'identifiant « \(id) » doit commencer par « \(expected) » (pays, puis Land pour l'Allemagne)"
                : "id '\(id)' must start with '\(expected)' (the country, then the Land for Germany)"
        case .duplicateID(let id, let otherFile):
            return fr ? "l'identifiant « \(id) » est aussi celui de \(otherFile)" : "id '\(id)' is also used by \(otherFile)"
        }
    }
}
