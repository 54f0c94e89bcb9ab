/// The standard codes an authority file and the user's settings are checked against:
/// countries (ISO 3166-1 alpha-2), German Länder (ISO 3166-2:DE) and languages (ISO 639-1).
public enum PlaceCodes {
    /// Every officially assigned ISO 3166-1 alpha-2 code (one table for the whole catalog).
    public static var countries: Set<String> { CountryCodes.all }

    /// The 27 member states of the EU, and the three EEA states outside it (IS, LI, NO).
    public static let europeanEconomicArea: [String] = [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
        "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
    ]

    /// The sixteen Länder of Germany, ISO 3166-2:DE.
    public static let germanLaender: [String] = [
        "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV",
        "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH",
    ]

    /// Every ISO 639-1 language code.
    public static let languages: Set<String> = Set("""
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz \
        ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu \
        ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my \
        na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw \
        ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
        """.split(separator: " ").map(String.init))

    /// The official languages of each EU/EEA state: an authority's name carries one of them.
    public static let officialLanguages: [String: [String]] = [
        "AT": ["de"], "BE": ["fr", "nl", "de"], "BG": ["bg"], "CY": ["el", "tr"], "CZ": ["cs"], "DE": ["de"],
        "DK": ["da"], "EE": ["et"], "ES": ["es"], "FI": ["fi", "sv"], "FR": ["fr"], "GR": ["el"], "HR": ["hr"],
        "HU": ["hu"], "IE": ["ga", "en"], "IT": ["it"], "LT": ["lt"], "LU": ["lb", "fr", "de"], "LV": ["lv"],
        "MT": ["mt", "en"], "NL": ["nl"], "PL": ["pl"], "PT": ["pt"], "RO": ["ro"], "SE": ["sv"], "SI": ["sl"],
        "SK": ["sk"], "IS": ["is"], "LI": ["de"], "NO": ["no", "nb", "nn"],
    ]

    /// `fr` or `FR` as `FR`; nil when it is no ISO 3166-1 alpha-2 code.
    public static func country(_ text: String) -> String? {
        let code = text.uppercased()
        return countries.contains(code) ? code : nil
    }

    /// `DE-BY`, `de-by` or `BY` as `DE-BY`; nil when it names no German Land.
    public static func germanLand(_ text: String) -> String? {
        let upper = text.uppercased()
        let code = upper.hasPrefix("DE-") ? upper : "DE-" + upper
        return germanLaender.contains(code) ? code : nil
    }

    /// The one email check of the catalog (a platform's contact uses it too).
    public static func isEmail(_ text: String) -> Bool { EmailAddress.isValid(text) }
}
