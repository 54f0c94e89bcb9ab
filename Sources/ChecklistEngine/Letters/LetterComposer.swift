/// Writes the letters: facts in, a `LetterText` out, in the words of `Languages/*.yaml` (keys
/// `letter.`). Pure: no clock, no files; the same facts give the same bytes.
public enum LetterComposer {
    public static func compose(_ facts: LetterFacts) -> LetterText {
        let pen = LetterPen(facts: facts, language: language(of: facts))
        switch facts.content {
        case .objection(let erase, let access):
            return pen.objection(erase: erase, access: access)
        case .reminder(let sent, let due, let extended):
            return pen.reminder(objectionSent: sent, due: due, extended: extended)
        case .complaint(let complaint):
            return pen.complaint(complaint)
        }
    }

    /// The user's language; for a complaint, the authority's complaint language when optout
    /// speaks one: the user's own if the authority takes it (Belgium takes fr, nl and de),
    /// else the first the authority names.
    public static func language(of facts: LetterFacts) -> Language {
        guard case .complaint(let complaint) = facts.content else { return facts.language }
        let spoken = complaint.authority.complaint.languages.compactMap { Language(rawValue: $0.lowercased()) }
        return spoken.contains(facts.language) ? facts.language : spoken.first ?? facts.language
    }
}
