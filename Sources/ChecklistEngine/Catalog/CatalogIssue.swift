/// One problem found in a catalog (or theme) file, with where it is.
public struct CatalogIssue: Hashable, Sendable, Error {
    public var file: String
    public var line: Int
    public var column: Int
    public var problem: Problem

    public init(file: String, line: Int, column: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// What is wrong, in words a catalog author can act on.
    public enum Problem: Hashable, Sendable {
        /// A problem only a supervisory authority file (or the user's country) can have.
        case authority(AuthorityProblem)
        case unreadable(reason: String)
        case notYAML(reason: String)
        case empty
        case aliasNotAllowed
        case expectedMapping(field: String)
        case expectedList(field: String)
        case expectedText(field: String)
        case unknownField(field: String, suggestion: String?)
        case missingField(field: String)
        case duplicateField(field: String)
        case duplicateStepID(id: String)
        case missingLanguage(field: String, language: Language)
        case unknownLanguage(field: String, code: String)
        case notHTTPS(field: String, value: String)
        case badDate(field: String, value: String)
        case badValue(field: String, value: String, allowed: [String])
        case badNumber(field: String, value: String)
        case badID(field: String, value: String)
        case controlCharacters(field: String)
        case tooDeep(limit: Int)
        case tooLarge(limit: Int)
        case anyOfWithoutChildren(id: String)
        case milestoneOnParent(id: String)
        case emptyText(field: String)
        case noSteps
        case badEmail(field: String, value: String)
        case badCountry(field: String, value: String)
        case badAuthorityID(field: String, value: String)
        case contactWithoutRoute
        case unpublishedContactWithoutNote
        case statementWithoutNoTraining(kind: String)

        public func message(in language: Language) -> String {
            switch self {
            case .authority(let problem):
                return problem.message(in: language)
            case .unreadable(let reason):
                return Words.text(.catalogIssueTheFileCannotBe, in: language, ["reason": reason])
            case .notYAML(let reason):
                return Words.text(.catalogIssueNotValidYaml, in: language, ["reason": reason])
            case .empty:
                return Words.text(.catalogIssueTheFileIsEmpty, in: language)
            case .aliasNotAllowed:
                return Words.text(.catalogIssueYamlAliasesNameAre, in: language)
            case .expectedMapping(let field):
                return Words.text(.catalogIssueMustBeAMapping, in: language, ["field": field])
            case .expectedList(let field):
                return Words.text(.catalogIssueMustBeAList, in: language, ["field": field])
            case .expectedText(let field):
                return Words.text(.catalogIssueMustBeAText, in: language, ["field": field])
            case .unknownField(let field, let suggestion):
                let hint = suggestion.map { Words.text(.catalogIssueDidYouMean, in: language, ["suggestion": $0]) } ?? ""
                return (Words.text(.catalogIssueUnknownField, in: language, ["field": field])) + hint
            case .missingField(let field):
                return Words.text(.catalogIssueMissingRequiredField, in: language, ["field": field])
            case .duplicateField(let field):
                return Words.text(.catalogIssueFieldAppearsTwice, in: language, ["field": field])
            case .duplicateStepID(let id):
                return Words.text(.catalogIssueStepIdIsAlready, in: language, ["id": id])
            case .missingLanguage(let field, let lang):
                return Words.text(.catalogIssueHasNoText, in: language, ["field": field, "rawValue": lang.rawValue])
            case .unknownLanguage(let field, let code):
                return Words.text(.catalogIssueUnknownLanguage, in: language, ["field": field, "code": code, "languages": Language.codes(in: language)])
            case .notHTTPS(let field, let value):
                return Words.text(.catalogIssueMustBeAnHttps, in: language, ["field": field, "value": value])
            case .badDate(let field, let value):
                return Words.text(.catalogIssueMustBeAYyyy, in: language, ["field": field, "value": value])
            case .badValue(let field, let value, let allowed):
                let list = allowed.joined(separator: ", ")
                return Words.text(.catalogIssueCannotBeAllowed, in: language, ["field": field, "value": value, "list": list])
            case .badNumber(let field, let value):
                return Words.text(.catalogIssueMustBeAPositive, in: language, ["field": field, "value": value])
            case .badID(let field, let value):
                return Words.text(.catalogIssueMustBeALower, in: language, ["field": field, "value": value])
            case .controlCharacters(let field):
                return Words.text(.catalogIssueContainsControlCharactersRemove, in: language, ["field": field])
            case .tooDeep(let limit):
                return Words.text(.catalogIssueStepsAreNestedMore, in: language, ["limit": limit])
            case .tooLarge(let limit):
                return Words.text(.catalogIssueTheFileIsLarger, in: language, ["limit": limit / 1024])
            case .anyOfWithoutChildren(let id):
                return Words.text(.catalogIssueStepHasAnyOf, in: language, ["id": id])
            case .milestoneOnParent(let id):
                return Words.text(.catalogIssueStepHasSubSteps, in: language, ["id": id])
            case .emptyText(let field):
                return Words.text(.catalogIssueIsEmpty, in: language, ["field": field])
            case .noSteps:
                return Words.text(.catalogIssueAPlatformThatOffers, in: language)
            case .badEmail(let field, let value):
                return Words.text(.catalogIssueMustBeAnEmail, in: language, ["field": field, "value": value])
            case .badCountry(let field, let value):
                return Words.text(.catalogIssueMustBeAnIso, in: language, ["field": field, "value": value])
            case .badAuthorityID(let field, let value):
                return Words.text(.catalogIssueMustBeAnAuthority, in: language, ["field": field, "value": value])
            case .contactWithoutRoute:
                return Words.text(.catalogIssueAPublishedContactPublished, in: language)
            case .unpublishedContactWithoutNote:
                return Words.text(.catalogIssueAnUnpublishedContactPublished, in: language)
            case .statementWithoutNoTraining(let kind):
                return Words.text(.catalogIssueStatementOnlyGoesWith, in: language, ["kind": kind])
            }
        }
    }

    /// `FILE:LINE:COLUMN: message`, as compilers print it.
    public func formatted(in language: Language) -> String {
        "\(file):\(line):\(column): \(problem.message(in: language))"
    }
}
