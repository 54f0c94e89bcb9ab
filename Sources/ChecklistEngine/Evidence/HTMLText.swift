import Foundation

/// The words of an HTML mail body, roughly as a mail program shows them: no tags, no styles
/// or scripts, a line break where a block ends, the common entities read. Enough for the
/// dossier to show what a confirmation said; the HTML itself stays in the stored file.
enum HTMLText {
    /// HTML beyond this many characters is not read (a mail's text is far shorter; this
    /// bounds the work on a hostile file).
    static let maximumInput = 512 * 1024

    static func plain(_ html: String) -> String {
        var text = String(html.prefix(maximumInput))
        for element in ["head", "style", "script", "title"] {
            text = text.replacingOccurrences(of: "(?s)<\(element)\\b[^>]*>.*?</\(element)\\s*>", with: " ", options: [.regularExpression, .caseInsensitive])
        }
        text = text.replacingOccurrences(of: "(?s)<!--.*?-->", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(
            of: "<\\s*(br|/p|p|/div|div|/tr|/li|li|/h[1-6]|/table|hr)\\b[^>]*>", with: "\n", options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        text = entities(text)
        // The runs of spaces the markup left (EmailText trims the lines and empty ones).
        return text.replacingOccurrences(of: "[ \t\u{00A0}]+", with: " ", options: .regularExpression)
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "eacute": "é", "egrave": "è", "agrave": "à", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "szlig": "ß",
        "euro": "€", "copy": "©", "reg": "®", "hellip": "…", "ndash": "–", "mdash": "—", "rsquo": "’", "lsquo": "‘",
        "rdquo": "”", "ldquo": "“", "laquo": "«", "raquo": "»",
    ]

    /// `&amp;`, `&#233;` and `&#xE9;` as characters; an unknown entity stays as written.
    private static func entities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                output += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                replacement = named[name.lowercased()]
            }
            guard let replacement else {
                output += "&"
                rest = after
                continue
            }
            output += replacement
            rest = after[after.index(after: semicolon)...]
        }
        return output + rest
    }
}
