/// What optout says about the user's supervisory authority, in English and French: the same
/// sentences in `catalog authorities` and `doctor`.
public enum AuthorityWords {
    /// How a complaint is best sent: the form, else the email, else by post.
    public static func route(_ complaint: Authority.Complaint, _ language: Language) -> String {
        if let form = complaint.form { return form }
        if let email = complaint.email { return email }
        return language == .fr ? "par courrier" : "by post"
    }

    /// One sentence on which authority applies.
    public static func choice(_ choice: AuthorityChoice, _ language: Language) -> String {
        let fr = language == .fr
        switch choice {
        case .noCountry:
            return fr ? "Aucun pays n'est choisi : optout ne sait pas quelle autorité de protection des données est la vôtre."
                : "No country is set: optout does not know which data protection authority is yours."
        case .applies(let authority):
            let languages = authority.complaint.languages.joined(separator: ", ")
            return fr ? "Votre autorité de protection des données (\(authority.place)) : \(authority.name(in: language)) [\(authority.id)] ; plainte : \(route(authority.complaint, language)) (langues : \(languages))."
                : "Your data protection authority (\(authority.place)): \(authority.name(in: language)) [\(authority.id)]; complaints: \(route(authority.complaint, language)) (languages: \(languages))."
        case .needsRegion(let national):
            let federal = national.map { fr ? " L'autorité fédérale, \($0.name(in: language)) [\($0.id)], ne traite que les télécoms, la poste et les organismes fédéraux."
                : " The federal one, \($0.name(in: language)) [\($0.id)], handles only telecoms, post and federal bodies." } ?? ""
            return (fr ? "En Allemagne, une plainte contre une entreprise va à l'autorité du Land où vous vivez : indiquez votre Land."
                : "In Germany, a complaint about a company goes to the authority of the Land you live in: set your Land.") + federal
        case .unknown(let place):
            return fr ? "optout ne connaît pas d'autorité de protection des données pour \(place) (il connaît celles de l'UE et de l'EEE)."
                : "optout knows no data protection authority for \(place) (it knows those of the EU and the EEA)."
        }
    }

    /// How to set the country (and the Land), naming the config file.
    public static func howToSet(configFile: String, germany: Bool, _ language: Language) -> String {
        let fr = language == .fr
        if germany {
            return fr ? "ajoutez « region: DE-BY » (le code ISO 3166-2 de votre Land : DE-BE, DE-NW…) à \(configFile), ou donnez --region DE-BY."
                : "add 'region: DE-BY' (your Land's ISO 3166-2 code: DE-BE, DE-NW...) to \(configFile), or give --region DE-BY."
        }
        return fr ? "ajoutez « country: FR » (le code ISO 3166-1 de votre pays ; pour l'Allemagne, aussi « region: DE-BY ») à \(configFile), ou donnez --country FR."
            : "add 'country: FR' (your country's ISO 3166-1 code; for Germany also 'region: DE-BY') to \(configFile), or give --country FR."
    }
}
