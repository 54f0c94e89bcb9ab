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
        switch self {
        case .badCountry(let field, let value):
            return Words.text(.catalogAuthorityMustBeATwo, in: language, ["field": field, "value": value])
        case .badRegion(let field, let value):
            return Words.text(.catalogAuthorityMustBeTheIso, in: language, ["field": field, "value": value])
        case .regionOutsideGermany(let country):
            return Words.text(.catalogAuthorityRegionIsOnlyFor, in: language, ["country": country])
        case .badLanguageCode(let field, let value):
            return Words.text(.catalogAuthorityIsNotAnIso, in: language, ["field": field, "value": value])
        case .missingOwnLanguage(let country, let expected):
            let list = expected.joined(separator: ", ")
            return Words.text(.catalogAuthorityNameMustAlsoGive, in: language, ["country": country, "list": list])
        case .badEmail(let field, let value):
            return Words.text(.catalogIssueMustBeAnEmail, in: language, ["field": field, "value": value])
        case .noComplaintRoute:
            return Words.text(.catalogAuthorityComplaintMustGiveAt, in: language)
        case .noLanguages:
            return Words.text(.catalogAuthorityComplaintLanguagesMustName, in: language)
        case .idPrefix(let id, let expected):
            return Words.text(.catalogAuthorityIdMustStartWith, in: language, ["id": id, "expected": expected])
        case .duplicateID(let id, let otherFile):
            return Words.text(.catalogAuthorityIdIsAlsoUsed, in: language, ["id": id, "otherFile": otherFile])
        }
    }
}
