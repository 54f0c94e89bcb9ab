/// Why a letter about an account cannot be written yet, each said in one sentence that says
/// what to do (`LetterDraft.facts`). Every value in it is already safe to print.
public enum LetterDraftProblem: Error, Equatable, Sendable {
    /// The account's platform is no longer in the catalog.
    case unknownPlatform(account: String, platform: String)
    /// The platform publishes no privacy contact: its own form or steps are the way.
    case noContact(platform: PlatformName, id: String)
    /// A reminder or a complaint refers to an objection, and none was recorded as sent.
    case noObjectionSent(account: String, kind: Letter.Kind)
    /// `--authority` names no authority optout knows.
    case unknownAuthority(id: String)
    /// No country is set and the platform names no lead authority.
    case noCountry
    /// Germany without a Land: the Land's authority handles complaints about companies.
    case needsRegion
    /// optout knows no authority for the user's country or Land.
    case unknownPlace(place: String)

    /// One sentence in the user's language
    public func sentence(in language: Language) -> String {
        let words = Words(language)
        switch self {
        case .unknownPlatform(let account, let platform):
            return words.text(.letterDraftUnknownPlatform, ["account": SafeText.line(account), "platform": SafeText.line(platform)])
        case .noContact(let platform, let id):
            return words.text(.storeLetterNoPrivacyContact, ["platform": SafeText.line(platform.text(in: language)), "id": id])
        case .noObjectionSent(let account, let kind):
            let word: Word = kind == .complaint ? .letterDraftNoObjectionForComplaint : .letterDraftNoObjectionForReminder
            return words.text(word, ["account": SafeText.line(account)])
        case .unknownAuthority(let id):
            return words.text(.letterDraftUnknownAuthority, ["id": SafeText.line(id)])
        case .noCountry:
            return words.text(.letterDraftNoCountry)
        case .needsRegion:
            return words.text(.letterDraftNeedsRegion)
        case .unknownPlace(let place):
            return words.text(.letterDraftUnknownPlace, ["place": SafeText.line(place)])
        }
    }
}
