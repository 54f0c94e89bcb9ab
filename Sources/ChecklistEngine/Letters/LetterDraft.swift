import Foundation

/// Gathers what a letter about an account says, from the account, the catalog and the
/// authorities, for `LetterComposer`: the command line's `letter write` and the full-screen
/// letter view ask this one value, so both write the same letter.
public struct LetterDraft: Sendable {
    public var catalog: Catalog
    public var authorities: [Authority]
    /// The user's country and Land as set (config or options), already checked; nil when unset.
    public var country: String?
    public var region: String?
    /// The user's local day: the letter's date and the day the deadlines are measured from.
    public var today: CalendarDay
    /// The user's language (a complaint may be written in the authority's, `LetterComposer.language(of:)`).
    public var language: Language

    public init(catalog: Catalog, authorities: [Authority], country: String?, region: String?, today: CalendarDay, language: Language) {
        self.catalog = catalog
        self.authorities = authorities
        self.country = country
        self.region = region
        self.today = today
        self.language = language
    }

    /// The letter to write now: the one whose day has come (a reminder says the month has
    /// passed, so not before), else the last one sent, to read again, else the objection.
    public func suggestedKind(for account: Account) -> Letter.Kind {
        LetterStanding(letters: account.letters, today: today).due?.kind ?? account.letters.last?.kind ?? .objection
    }

    /// The authorities a complaint about the account may go to: the user's own (from country/region,
    /// via AuthorityChoice) and the lead authority (the platform contact's `authority` id), the user's
    /// first, without repeating one that is both.
    public func complaintAuthorities(for account: Account) -> [ComplaintAuthority] {
        let lead = leadAuthority(of: account)
        var choices: [ComplaintAuthority] = []
        if let own = usersAuthority {
            choices.append(ComplaintAuthority(authority: own, isUsers: true, isLead: own.id == lead?.id))
        }
        if let lead, lead.id != usersAuthority?.id {
            choices.append(ComplaintAuthority(authority: lead, isUsers: false, isLead: true))
        }
        return choices
    }

    /// Everything the letter says. `authority`: an authority id for a complaint (default: the user's,
    /// else the lead). `report`: the report file name sent along (default: ReportFormat.markdown's
    /// dated file name for `today`, the name `optout export` would write).
    ///
    /// `history` is the progress file's: the account's ticks and letters already hold every
    /// date a complaint recounts, so nothing is read from it yet; it is where the evidence
    /// attached to the account will be found.
    public func facts(kind: Letter.Kind, account: Account, history: [HistoryEntry], erase: Bool, access: Bool,
                      authority: String?, report: String?) throws(LetterDraftProblem) -> LetterFacts {
        guard let platform = catalog.platform(id: account.platform) else {
            throw .unknownPlatform(account: account.displayName, platform: account.platform)
        }
        guard let contact = platform.letterContact else {
            throw .noContact(platform: platform.name, id: platform.id)
        }
        let content: LetterFacts.Content
        switch kind {
        case .objection:
            content = .objection(erase: erase, access: access)
        case .reminder:
            let objection = try lastObjection(of: account, for: kind)
            content = .reminder(objectionSent: objection.sentOn, due: objection.answerDueOn, extended: objection.extendedDueOn != nil)
        case .complaint:
            _ = try lastObjection(of: account, for: kind)
            content = .complaint(ComplaintFacts(
                authority: try complaintAuthority(authority, for: account),
                due: LetterStanding(letters: account.letters, today: today).answerDueOn,
                events: events(of: account),
                evidence: evidence(of: account, history: history),
                report: report ?? ReportFormat.markdown.defaultFileName(for: today)))
        }
        return LetterFacts(content: content, language: language, holder: account.holder, identifier: account.identifier,
                           platform: platform.name, controller: contact, written: today)
    }

    /// The authority that applies to the user, when their country (and Land) names one.
    private var usersAuthority: Authority? {
        if case .applies(let authority) = AuthorityChoice.choose(country: country, region: region, among: authorities) {
            return authority
        }
        return nil
    }

    /// The lead supervisory authority the catalog names for the platform's controller.
    private func leadAuthority(of account: Account) -> Authority? {
        guard let id = catalog.platform(id: account.platform)?.contact?.authority else { return nil }
        return authorities.first { $0.id == id }
    }

    private func lastObjection(of account: Account, for kind: Letter.Kind) throws(LetterDraftProblem) -> Letter {
        guard let objection = account.letters.last(where: { $0.kind == .objection }) else {
            throw .noObjectionSent(account: account.displayName, kind: kind)
        }
        return objection
    }

    /// The one asked for by id, else the user's, else the lead; else why none is known.
    private func complaintAuthority(_ id: String?, for account: Account) throws(LetterDraftProblem) -> Authority {
        if let id {
            let wanted = id.trimmingCharacters(in: .whitespaces).lowercased()
            guard let chosen = authorities.first(where: { $0.id == wanted }) else {
                throw .unknownAuthority(id: SafeText.line(String(id.prefix(60))))
            }
            return chosen
        }
        if let first = complaintAuthorities(for: account).first { return first.authority }
        switch AuthorityChoice.choose(country: country, region: region, among: authorities) {
        case .noCountry, .applies: throw .noCountry
        case .needsRegion: throw .needsRegion
        case .unknown(let place): throw .unknownPlace(place: place)
        }
    }

    /// Every letter (sent, extended, answered) and every tick, by day; a tick on the day it
    /// falls on in UTC, as the progress file records its time.
    private func events(of account: Account) -> [LetterEvent] {
        var events: [LetterEvent] = []
        for letter in account.letters {
            events.append(LetterEvent(day: letter.sentOn, what: .sent(letter.kind)))
            if let extended = letter.extendedOn { events.append(LetterEvent(day: extended, what: .extended)) }
            if let answered = letter.answeredOn { events.append(LetterEvent(day: answered, what: .answered(note: letter.note))) }
        }
        let ticks = account.ticks.sorted { ($0.value.at, $0.key) < ($1.value.at, $1.key) }
        for (stepID, tick) in ticks {
            let title = catalog.step(id: stepID, inPlatform: account.platform)?.title ?? LocalizedText([.en: stepID])
            events.append(LetterEvent(day: CalendarDay(tick.at, timeZone: .gmt), what: .ticked(step: title)))
        }
        // Stable: on one day, the letters (in the order they were sent) before the ticks.
        return events.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
    }

    /// The files of proof the complaint lists.
    private func evidence(of account: Account, history: [HistoryEntry]) -> [EvidenceFile] {
        // Accounts hold no evidence yet: once they do, map each attached file of the account
        // (its original name and SHA-256) to an EvidenceFile here, in the order attached.
        []
    }
}

/// An authority a complaint may go to, and why it is offered: it is the user's (their
/// country's or Land's), the lead authority of the platform's controller, or both.
public struct ComplaintAuthority: Sendable, Equatable {
    public var authority: Authority
    public var isUsers: Bool
    public var isLead: Bool

    public init(authority: Authority, isUsers: Bool, isLead: Bool) {
        self.authority = authority
        self.isUsers = isUsers
        self.isLead = isLead
    }
}
