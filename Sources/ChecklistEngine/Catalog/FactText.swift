/// A platform's statement and privacy contact as one line of plain text each, in each
/// language, for the reports, `catalog show` and the detail pane. Texts are the catalog's
/// own: callers pass them through `SafeText` (reports have done so already).
public enum FactText {
    public static func statementLabel(_ language: Language) -> String {
        language == .fr ? "Ce que dit la plateforme" : "What the platform says"
    }

    public static func contactLabel(_ language: Language) -> String {
        language == .fr ? "Contact vie privée" : "Privacy contact"
    }

    /// `“We do not train…” (Bluesky blog, https://…; said 2025-03-01; reported)`.
    public static func statement(_ statement: Statement, _ language: Language, isoDates: Bool = false) -> String {
        let fr = language == .fr
        let quote = fr ? "« " + statement.quote + " »" : "“" + statement.quote + "”"
        var details = [statement.source.label + ", " + statement.source.url]
        if let said = statement.said { details.append((fr ? "dit le " : "said ") + day(said, language, isoDates)) }
        details.append(CatalogWords.confidence(statement.confidence, language))
        return quote + " (" + details.joined(separator: "; ") + ")"
    }

    /// The controller, then each route, the country and authority, how sure, and its sources.
    public static func contact(_ contact: Contact, _ language: Language, isoDates: Bool = false) -> String {
        let fr = language == .fr
        var parts = [contact.controller]
        if !contact.published { parts.append(fr ? "ne publie aucun contact vie privée" : "publishes no privacy contact") }
        if let email = contact.email { parts.append(email) }
        if let form = contact.form { parts.append((fr ? "formulaire " : "form ") + form) }
        if !contact.postal.isEmpty { parts.append(contact.postal.joined(separator: ", ")) }
        var place = (fr ? "pays " : "country ") + contact.country
        if let authority = contact.authority { place += (fr ? ", autorité chef de file " : ", lead authority ") + authority }
        parts.append(place)
        if let note = contact.note { parts.append(note.marked(in: language)) }
        parts.append(CatalogWords.confidence(contact.confidence, language) + (fr ? ", dernière vérification le " : ", last checked ")
            + day(contact.lastVerified, language, isoDates))
        parts.append((fr ? "sources : " : "sources: ") + contact.sources.map { $0.label + ", " + $0.url }.joined(separator: "; "))
        return parts.joined(separator: " — ")
    }

    /// Said in the language; the CSV keeps ISO 8601 (`isoDates`).
    private static func day(_ day: CalendarDay, _ language: Language, _ isoDates: Bool) -> String {
        isoDates ? day.description : SpokenDate.day(day, in: language)
    }
}
