extension ProgressError {
    /// The sentences of the errors about who writes and the letters (`rawMessage` sends them here).
    func letterMessage(in language: Language) -> String {
        let words = Words(language)
        func day(_ day: CalendarDay) -> String { SpokenDate.day(day, in: language) }
        switch self {
        case .personalInvalid(let field, let limit):
            return words.text(field == .holder ? .storeLetterHolderInvalid : .storeLetterIdentifierInvalid, ["limit": limit])
        case .noPrivacyContact(let platform, let id):
            return words.text(.storeLetterNoPrivacyContact, ["platform": platform.text(in: language), "id": id])
        case .letterAlreadyRecorded(let account, let kind, let sent):
            return words.text(.storeLetterAlreadyRecorded, ["account": account, "kind": kind.name(in: language), "day": day(sent)])
        case .noLetterSent(let account):
            return words.text(.storeLetterNoLetterSent, ["account": account])
        case .noObjectionToExtend(let account):
            return words.text(.storeLetterNoObjectionToExtend, ["account": account])
        case .noLetterAwaitsAnswer(let account):
            return words.text(.storeLetterNoLetterAwaitsAnswer, ["account": account])
        case .letterAlreadyAnswered(let account, let answered):
            return words.text(.storeLetterAlreadyAnswered, ["account": account, "day": day(answered)])
        case .letterAlreadyExtended(let account, let extended):
            return words.text(.storeLetterAlreadyExtended, ["account": account, "day": day(extended)])
        case .letterDayInFuture(let future):
            return words.text(.storeLetterDayInFuture, ["day": day(future)])
        case .letterDayBeforeGDPR(let early):
            return words.text(.storeLetterDayBeforeGdpr, ["day": day(early), "gdpr": day(CalendarDay.gdprApplies)])
        case .letterDayBeforeLetter(let early, let sent):
            return words.text(.storeLetterDayBeforeLetter, ["day": day(early), "sent": day(sent)])
        default:
            return ""
        }
    }
}
