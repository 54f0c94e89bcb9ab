/// The file a letter is saved to when no name is given: `optout-letter-instagram-objection-2025-06-03.txt`,
/// dated and named for its account and kind, so the letters of one account sit side by side.
public enum LetterFileName {
    public static func name(account: String, kind: Letter.Kind, day: CalendarDay) -> String {
        // Account ids are slugs; anything else is kept out of a file name.
        let safe = String(account.unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            return scalar.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_") ? c : "-"
        })
        return "optout-letter-\(safe)-\(kind.rawValue)-\(day).txt"
    }
}
