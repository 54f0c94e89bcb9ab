import Foundation

/// The words of an HTML mail body, roughly as a mail program shows them: no tags, no styles
/// or scripts, a line break where a block ends, the common entities read. Enough for the
/// dossier to show what a confirmation said; the HTML itself stays in the stored file.
enum HTMLText {
    /// HTML beyond this many characters is not read (a mail's text is far shorter).
    static let maximumInput = 512 * 1024

    /// One pass, by hand rather than by regular expressions, so that hostile markup (a
    /// thousand `<` and no `>`) costs time in proportion to its length.
    static func plain(_ html: String) -> String {
        let source = html.prefix(maximumInput)
        var output = ""
        var index = source.startIndex
        while index < source.endIndex {
            guard source[index] == "<" else {
                output.append(source[index])
                index = source.index(after: index)
                continue
            }
            let rest = source[index...]
            if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { break }
                index = end.upperBound
                continue
            }
            guard let close = rest.firstIndex(of: ">") else {
                output += rest
                break
            }
            let tag = source[source.index(after: index)..<close]
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            index = source.index(after: close)
            if hidden.contains(name), !tag.hasPrefix("/") {
                // Up to and past the element's end tag; an element never closed hides the rest.
                guard let end = source[index...].range(of: "</" + name, options: .caseInsensitive),
                      let after = source[end.upperBound...].firstIndex(of: ">")
                else { break }
                index = source.index(after: after)
            }
            output += breaking.contains(tag.hasPrefix("/") ? "/" + name : name) ? "\n" : " "
        }
        // The runs of spaces the markup left (EmailText trims the lines and empty ones).
        return entities(output).replacingOccurrences(of: "[ \t\u{00A0}]+", with: " ", options: .regularExpression)
    }

    /// Elements whose content is not text.
    private static let hidden: Set<String> = ["head", "title", "style", "script"]
    /// Tags after which a mail program starts a new line (an end tag is written with its `/`).
    private static let breaking: Set<String> = ["br", "p", "/p", "div", "/div", "/tr", "li", "/li", "hr", "/table", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6"]

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
