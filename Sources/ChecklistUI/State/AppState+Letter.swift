import ChecklistEngine
import Foundation

extension AppState {
    /// Today, in the user's zone: the day letters are written and marked sent.
    public var today: CalendarDay { CalendarDay(now, timeZone: timeZone) }

    /// The letters' facts from this state: the catalog, the authorities, the user's place.
    public var letterDraft: LetterDraft {
        LetterDraft(catalog: catalog, authorities: authorities, country: country, region: region, today: today, language: language)
    }

    /// The letter the view shows, composed, or why it cannot be written; nil when the account is gone.
    public func composedLetter(_ view: LetterViewState) -> Result<LetterText, LetterDraftProblem>? {
        guard let account = progress.account(id: view.accountID) else { return nil }
        do throws(LetterDraftProblem) {
            let facts = try letterDraft.facts(kind: view.kind, account: account, history: progress.history, erase: view.erase,
                                              access: view.access, authority: view.authority, report: nil)
            return .success(LetterComposer.compose(facts))
        } catch {
            return .failure(error)
        }
    }

    /// The kinds the view offers for the account: the objection, and once it went out, the
    /// reminder and the complaint.
    func letterKinds(for accountID: String) -> [Letter.Kind] {
        let sent = progress.account(id: accountID)?.letters.contains { $0.kind == .objection } ?? false
        return sent ? [.objection, .reminder, .complaint] : [.objection]
    }

    /// Opens the letter view on the letter due next; first asks, once, for a missing holder
    /// or identifier, which the letter needs to be signed and to name the account.
    mutating func openLetter(_ accountID: String) {
        guard let account = progress.account(id: accountID) else { return }
        letter = LetterViewState(accountID: accountID, kind: letterDraft.suggestedKind(for: account),
                                 returnTo: page == .letter ? (letter?.returnTo ?? .dashboard) : page)
        page = .letter
        guard !askedForLetterDetails.contains(accountID) else { return }
        askedForLetterDetails.insert(accountID)
        let needsIdentifier = (account.identifier ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        let field = TextField(limit: UserProgress.maximumPersonalLength)
        if DashboardRows.holder(of: account) == nil {
            modal = .enterLabel(.holder(accountID: accountID, thenIdentifier: needsIdentifier), field)
        } else if needsIdentifier {
            modal = .enterLabel(.identifier(accountID: accountID), field)
        }
    }

    /// Back to the page the letter view was opened from.
    mutating func closeLetter() {
        page = letter?.returnTo ?? .dashboard
        if page == .checklist, checklist == nil { page = .dashboard }
        letter = nil
    }
}
