/// Everything a letter says, as plain values: the caller gathers them from the account, the
/// catalog and the history; `LetterComposer` turns them into words. Texts from the user or the
/// catalog may be hostile: the composer makes them safe, the caller need not.
public struct LetterFacts: Sendable, Equatable {
    /// What the letter is, with what only that kind needs.
    public enum Content: Sendable, Equatable {
        /// `erase`: request erasure of data already used (Art. 17(1)(c)); `access`: ask which
        /// data was used (Art. 15).
        case objection(erase: Bool = false, access: Bool = false)
        /// `due` is the day the answer was due; `extended` when the controller had taken two more months.
        case reminder(objectionSent: CalendarDay, due: CalendarDay, extended: Bool = false)
        case complaint(ComplaintFacts)
    }

    public var content: Content
    /// The user's language. A complaint may be written in the authority's instead
    /// (`LetterComposer.language(of:)`).
    public var language: Language
    /// The person the account belongs to, who signs; nil or blank leaves a gap to fill.
    public var holder: String?
    /// The email, username or phone number the platform knows the account by.
    public var identifier: String?
    /// The platform's name, said in the letter's language ("Instagram").
    public var platform: PlatformName
    /// The platform's privacy contact: the controller the letters are about.
    public var controller: Contact
    /// The day the letter is written, said at its top.
    public var written: CalendarDay

    public init(content: Content, language: Language, holder: String?, identifier: String?, platform: PlatformName,
                controller: Contact, written: CalendarDay) {
        self.content = content
        self.language = language
        self.holder = holder
        self.identifier = identifier
        self.platform = platform
        self.controller = controller
        self.written = written
    }

    public var kind: Letter.Kind {
        switch content {
        case .objection: .objection
        case .reminder: .reminder
        case .complaint: .complaint
        }
    }
}
