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
            let fr = language == .fr
            switch self {
            case .authority(let problem):
                return problem.message(in: language)
            case .unreadable(let reason):
                return fr ? "le fichier ne peut pas être lu (\(reason))" : "the file cannot be read (\(reason))"
            case .notYAML(let reason):
                return fr ? "ce n'est pas du YAML valide : \(reason)" : "not valid YAML: \(reason)"
            case .empty:
                return fr ? "le fichier est vide" : "the file is empty"
            case .aliasNotAllowed:
                return fr ? "les alias YAML (*nom) ne sont pas acceptés ; écrivez la valeur en entier"
                    : "YAML aliases (*name) are not accepted; write the value out"
            case .expectedMapping(let field):
                return fr ? "« \(field) » doit être une table de clés (clé: valeur)" : "'\(field)' must be a mapping (key: value)"
            case .expectedList(let field):
                return fr ? "« \(field) » doit être une liste (- élément)" : "'\(field)' must be a list (- item)"
            case .expectedText(let field):
                return fr ? "« \(field) » doit être un texte" : "'\(field)' must be a text"
            case .unknownField(let field, let suggestion):
                let hint = suggestion.map { fr ? " ; vouliez-vous dire « \($0) » ?" : "; did you mean '\($0)'?" } ?? ""
                return (fr ? "champ inconnu « \(field) »" : "unknown field '\(field)'") + hint
            case .missingField(let field):
                return fr ? "champ obligatoire manquant « \(field) »" : "missing required field '\(field)'"
            case .duplicateField(let field):
                return fr ? "le champ « \(field) » apparaît deux fois" : "field '\(field)' appears twice"
            case .duplicateStepID(let id):
                return fr ? "l'identifiant d'étape « \(id) » est déjà utilisé dans cette plateforme"
                    : "step id '\(id)' is already used in this platform"
            case .missingLanguage(let field, let lang):
                return fr ? "« \(field) » n'a pas de texte en « \(lang.rawValue) »" : "'\(field)' has no '\(lang.rawValue)' text"
            case .unknownLanguage(let field, let code):
                return fr ? "« \(field) » : langue inconnue « \(code) » (\(Language.codes(in: language)))"
                    : "'\(field)': unknown language '\(code)' (\(Language.codes(in: language)))"
            case .notHTTPS(let field, let value):
                return fr ? "« \(field) » doit être une adresse https:// (trouvé « \(value) »)"
                    : "'\(field)' must be an https:// address (found '\(value)')"
            case .badDate(let field, let value):
                return fr ? "« \(field) » doit être une date AAAA-MM-JJ (trouvé « \(value) »)"
                    : "'\(field)' must be a YYYY-MM-DD date (found '\(value)')"
            case .badValue(let field, let value, let allowed):
                let list = allowed.joined(separator: ", ")
                return fr ? "« \(field) » ne peut pas valoir « \(value) » ; valeurs possibles : \(list)"
                    : "'\(field)' cannot be '\(value)'; allowed: \(list)"
            case .badNumber(let field, let value):
                return fr ? "« \(field) » doit être un nombre entier positif (trouvé « \(value) »)"
                    : "'\(field)' must be a positive whole number (found '\(value)')"
            case .badID(let field, let value):
                return fr ? "« \(field) » doit être un identifiant en minuscules (a-z, 0-9, -, _), trouvé « \(value) »"
                    : "'\(field)' must be a lower-case id (a-z, 0-9, -, _), found '\(value)'"
            case .controlCharacters(let field):
                return fr ? "« \(field) » contient des caractères de contrôle ; retirez-les"
                    : "'\(field)' contains control characters; remove them"
            case .tooDeep(let limit):
                return fr ? "les étapes sont imbriquées sur plus de \(limit) niveaux" : "steps are nested more than \(limit) levels deep"
            case .tooLarge(let limit):
                return fr ? "le fichier dépasse \(limit / 1024) Kio" : "the file is larger than \(limit / 1024) KiB"
            case .anyOfWithoutChildren(let id):
                return fr ? "l'étape « \(id) » a any_of mais pas de sous-étapes" : "step '\(id)' has any_of but no sub-steps"
            case .milestoneOnParent(let id):
                return fr ? "l'étape « \(id) » a des sous-étapes : un jalon (milestone) va sur une étape sans sous-étapes"
                    : "step '\(id)' has sub-steps: a milestone belongs on a step without sub-steps"
            case .emptyText(let field):
                return fr ? "« \(field) » est vide" : "'\(field)' is empty"
            case .noSteps:
                return fr ? "une plateforme qui offre une opposition doit avoir des étapes (steps)"
                    : "a platform that offers an opt-out needs steps"
            case .badEmail(let field, let value):
                return fr ? "« \(field) » doit être une adresse e-mail (nom@domaine.tld), trouvé « \(value) »"
                    : "'\(field)' must be an email address (name@domain.tld), found '\(value)'"
            case .badCountry(let field, let value):
                return fr ? "« \(field) » doit être un code pays ISO 3166-1 à deux lettres majuscules (IE, FR, US...), trouvé « \(value) »"
                    : "'\(field)' must be an ISO 3166-1 two-letter country code in capitals (IE, FR, US...), found '\(value)'"
            case .badAuthorityID(let field, let value):
                return fr ? "« \(field) » doit être l'identifiant d'une autorité, comme ie-dpc ou de-by-baylda, trouvé « \(value) »"
                    : "'\(field)' must be an authority id such as ie-dpc or de-by-baylda, found '\(value)'"
            case .contactWithoutRoute:
                return fr ? "un contact publié (published: true) doit avoir au moins un de email, form ou postal"
                    : "a published contact (published: true) needs at least one of email, form or postal"
            case .unpublishedContactWithoutNote:
                return fr ? "un contact non publié (published: false) doit avoir une note (note) qui le dit, en en et fr"
                    : "an unpublished contact (published: false) needs a note saying so, in en and fr"
            case .statementWithoutNoTraining(let kind):
                return fr ? "« statement » ne va qu'avec kind: no-training (ici kind: \(kind)) ; retirez-le ou changez kind"
                    : "'statement' only goes with kind: no-training (this is kind: \(kind)); remove it or change the kind"
            }
        }
    }

    /// `FILE:LINE:COLUMN: message`, as compilers print it.
    public func formatted(in language: Language) -> String {
        "\(file):\(line):\(column): \(problem.message(in: language))"
    }
}
