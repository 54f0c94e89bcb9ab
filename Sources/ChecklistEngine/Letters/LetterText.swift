/// A letter ready to send: to whom, its subject and its body, in one language. Every text in
/// it is safe: no control characters, and the subject and recipient are one line each.
public struct LetterText: Sendable, Equatable {
    public var kind: Letter.Kind
    /// The language it is written in (a complaint's may differ from the user's).
    public var language: Language
    public var to: LetterRecipient
    public var subject: String
    /// Paragraphs separated by a blank line, ending with a newline.
    public var body: String
    /// What the facts lacked; the text has a bracketed gap for each, in the letter's language.
    public var missing: [LetterGap]

    public init(kind: Letter.Kind, language: Language, to: LetterRecipient, subject: String, body: String, missing: [LetterGap]) {
        self.kind = kind
        self.language = language
        self.to = to
        self.subject = subject
        self.body = body
        self.missing = missing
    }

    /// `To:` and `Subject:` lines, a blank line, the body. The two field names are the
    /// mail headers' own, the same in every language, so the text pastes into a mail program.
    public var text: String {
        "To: " + to.headerLine + "\nSubject: " + subject + "\n\n" + body
    }
}

/// A fact a letter needs and the account does not hold yet.
public enum LetterGap: String, Sendable, Equatable, CaseIterable {
    case holder
    case identifier
}

/// Where a letter goes: the controller, or for a complaint the authority.
public struct LetterRecipient: Sendable, Equatable {
    public var name: String
    /// A checked address (`EmailAddress.isValid`), or nil when there is none to write to.
    public var email: String?
    public var postal: [String]

    public init(name: String, email: String?, postal: [String]) {
        self.name = name
        self.email = email
        self.postal = postal
    }

    /// `"Bluesky Social, PBC" <privacy@bsky.app>` with an address (the name quoted when it
    /// holds what RFC 5322 reserves), else the name and the postal address on one line.
    public var headerLine: String {
        guard let email else { return ([name] + postal).joined(separator: ", ") }
        return displayName + " <" + email + ">"
    }

    private var displayName: String {
        let plain = name.unicodeScalars.allSatisfy { !Self.specials.contains($0) }
        guard !plain else { return name }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static let specials = Set("()<>[]:;@\\,.\"".unicodeScalars)
}
