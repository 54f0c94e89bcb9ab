import Foundation

/// The parts every letter shares, in one language: the facts made safe, the gaps for what is
/// missing, the address block, the date, the greeting and the signature.
struct LetterPen {
    let words: Words
    let language: Language
    let facts: LetterFacts
    /// The holder's name, or the bracketed gap.
    let holder: String
    let identifier: String
    let platform: String
    let controller: String
    let missing: [LetterGap]

    init(facts: LetterFacts, language: Language) {
        self.facts = facts
        self.language = language
        words = Words(language)
        let holder = facts.holder.map(Self.clean) ?? ""
        let identifier = facts.identifier.map(Self.clean) ?? ""
        missing = [holder.isEmpty ? LetterGap.holder : nil, identifier.isEmpty ? .identifier : nil].compactMap { $0 }
        self.holder = holder.isEmpty ? words.text(.letterGapHolder) : holder
        self.identifier = identifier.isEmpty ? words.text(.letterGapIdentifier) : identifier
        platform = Self.clean(facts.platform.text(in: language))
        controller = Self.clean(facts.controller.controller)
    }

    /// One line of text from outside (the user, the catalog): no control characters, no line
    /// or paragraph separators, no blank edges. Placeholders are filled once, so a `{name}`
    /// in it stays as typed.
    static func clean(_ text: String) -> String {
        SafeText.line(text)
            .replacingOccurrences(of: "\u{2028}", with: " ")
            .replacingOccurrences(of: "\u{2029}", with: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    /// A safe address, or nil when it is missing or not an address.
    static func address(_ email: String?) -> String? {
        email.flatMap { EmailAddress.isValid($0) ? $0 : nil }
    }

    func say(_ word: Word, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        words.text(word, values)
    }

    func day(_ day: CalendarDay) -> String { SpokenDate.day(day, in: language) }

    /// The controller as the letters address it.
    var controllerRecipient: LetterRecipient {
        LetterRecipient(name: controller, email: Self.address(facts.controller.email),
                        postal: facts.controller.postal.map(Self.clean).filter { !$0.isEmpty })
    }

    /// The whole letter: the recipient's address, the date, the greeting, the paragraphs,
    /// the closing and the holder's name.
    func letter(to recipient: LetterRecipient, subject: String, paragraphs: [String]) -> LetterText {
        let address = ([recipient.name] + recipient.postal).joined(separator: "\n")
        let parts = [address, say(.letterDateLine, ["date": day(facts.written)]), say(.letterSalutation)]
            + paragraphs + [say(.letterClosing) + "\n" + holder]
        return LetterText(kind: facts.kind, language: language, to: recipient, subject: Self.clean(subject),
                      body: parts.joined(separator: "\n\n") + "\n", missing: missing)
    }
}
