import ChecklistEngine

/// The letter view of one account: which letter it shows, with which options, scrolled how far.
public struct LetterViewState: Equatable, Sendable {
    public var accountID: String
    public var kind: Letter.Kind
    /// The objection also asks to erase what was already used (Art. 17(1)(c)).
    public var erase = false
    /// The objection also asks which data was used (Art. 15).
    public var access = false
    /// The authority a complaint goes to, by id; nil is the draft's choice (the user's, else the lead).
    public var authority: String?
    /// How many lines of the letter are scrolled out of view.
    public var top = 0
    /// The page the view goes back to.
    public var returnTo: AppState.Page

    public init(accountID: String, kind: Letter.Kind, returnTo: AppState.Page) {
        self.accountID = accountID
        self.kind = kind
        self.returnTo = returnTo
    }
}
