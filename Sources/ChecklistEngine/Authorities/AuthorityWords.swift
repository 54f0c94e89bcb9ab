/// What optout says about the user's supervisory authority, in English and French: the same
/// sentences in `catalog authorities` and `doctor`.
public enum AuthorityWords {
    /// How a complaint is best sent: the form, else the email, else by post.
    public static func route(_ complaint: Authority.Complaint, _ language: Language) -> String {
        if let form = complaint.form { return form }
        if let email = complaint.email { return email }
        return Words.text(.catalogAuthorityByPost, in: language)
    }

    /// One sentence on which authority applies.
    public static func choice(_ choice: AuthorityChoice, _ language: Language) -> String {
        switch choice {
        case .noCountry:
            return Words.text(.catalogAuthorityNoCountryIsSet, in: language)
        case .applies(let authority):
            let languages = authority.complaint.languages.joined(separator: ", ")
            return Words.text(.catalogAuthorityYourDataProtectionAuthority, in: language, ["place": authority.place, "name": authority.name(in: language), "id": authority.id, "route": route(authority.complaint, language), "languages": languages])
        case .needsRegion(let national):
            let federal = national.map { Words.text(.catalogAuthorityTheFederalOneHandles, in: language, ["name": $0.name(in: language), "id": $0.id]) } ?? ""
            return (Words.text(.catalogAuthorityInGermanyAComplaint, in: language)) + federal
        case .unknown(let place):
            return Words.text(.catalogAuthorityOptoutKnowsNoData, in: language, ["place": place])
        }
    }

    /// How to set the country (and the Land), naming the config file.
    public static func howToSet(configFile: String, germany: Bool, _ language: Language) -> String {
        if germany {
            return Words.text(.catalogAuthorityAddRegionDeBy, in: language, ["configFile": configFile])
        }
        return Words.text(.catalogAuthorityAddCountryFrYour, in: language, ["configFile": configFile])
    }
}
