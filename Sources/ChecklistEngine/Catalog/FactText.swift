/// A platform's statement and privacy contact as one line of plain text each, in each
/// language, for the reports, `catalog show` and the detail pane. Texts are the catalog's
/// own: callers pass them through `SafeText` (reports have done so already).
public enum FactText {
    public static func statementLabel(_ language: Language) -> String {
        Words.text(.catalogFactWhatThePlatformSays, in: language)
    }

    public static func contactLabel(_ language: Language) -> String {
        Words.text(.catalogFactPrivacyContact, in: language)
    }

    /// `“We do not train…” (Bluesky blog, https://…; said 2025-03-01; reported)`.
    public static func statement(_ statement: Statement, _ language: Language, isoDates: Bool = false) -> String {
        let quote = Words.text(.catalogFactQuoted, in: language, ["quote": statement.quote])
        var details = [statement.source.label + ", " + statement.source.url]
        if let said = statement.said { details.append((Words.text(.catalogFactSaid, in: language)) + day(said, language, isoDates)) }
        details.append(CatalogWords.confidence(statement.confidence, language))
        return quote + " (" + details.joined(separator: "; ") + ")"
    }

    /// The controller, then each route, the country and authority, how sure, and its sources.
    public static func contact(_ contact: Contact, _ language: Language, isoDates: Bool = false) -> String {
        var parts = [contact.controller]
        if !contact.published { parts.append(Words.text(.catalogFactPublishesNoPrivacyContact, in: language)) }
        if let email = contact.email { parts.append(email) }
        if let form = contact.form { parts.append((Words.text(.catalogFactForm, in: language)) + form) }
        if !contact.postal.isEmpty { parts.append(contact.postal.joined(separator: ", ")) }
        var place = (Words.text(.catalogFactCountry, in: language)) + contact.country
        if let authority = contact.authority { place += (Words.text(.catalogFactLeadAuthority, in: language)) + authority }
        parts.append(place)
        if let note = contact.note { parts.append(note.marked(in: language)) }
        parts.append(CatalogWords.confidence(contact.confidence, language) + (Words.text(.catalogFactLastChecked, in: language))
            + day(contact.lastVerified, language, isoDates))
        parts.append((Words.text(.catalogFactSources, in: language)) + contact.sources.map { $0.label + ", " + $0.url }.joined(separator: "; "))
        return parts.joined(separator: " — ")
    }

    /// Said in the language; the CSV keeps ISO 8601 (`isoDates`).
    private static func day(_ day: CalendarDay, _ language: Language, _ isoDates: Bool) -> String {
        isoDates ? day.description : SpokenDate.day(day, in: language)
    }
}
