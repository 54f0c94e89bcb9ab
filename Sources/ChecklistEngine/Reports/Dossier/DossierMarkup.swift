/// The dossier's markup is polyglot: HTML a browser reads, and well-formed XML (every element
/// closed, attributes quoted, only XML's own entities, no character XML forbids) that any XML
/// parser can check. It links to nothing: a source address is printed, not linked.
enum DossierMarkup {
    /// Text from a file as element content or an attribute value; a line break is `<br />`.
    static func escape(_ text: String) -> String {
        escape(text, lineBreak: "<br />")
    }

    /// Text for a `<pre>`: its line breaks kept as they are.
    static func preformatted(_ text: String) -> String {
        escape(text, lineBreak: "\n")
    }

    private static func escape(_ text: String, lineBreak: String) -> String {
        var out = ""
        for character in SafeText.block(text) {
            if character == "\n" {
                out += lineBreak
            } else if let entity = HTMLReport.entity(for: character, quotes: true) {
                out += entity
            } else {
                out.append(character)
            }
        }
        return xmlCharacters(out)
    }

    /// XML 1.0 allows no other controls than tab and line ends, nor U+FFFE and U+FFFF; each
    /// such character becomes U+FFFD.
    static func xmlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isForbidden(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    // MARK: The report, made polyglot

    /// The inside of the `<body>` of an `HTMLReport` page, made polyglot: void elements
    /// closed (`<br />`), a bare `&` written `&amp;`, and each link out of the page (a
    /// source's address) turned into its label and its address as text. Links within the
    /// page (`#account-1`) stay. The report's markup is optout's own and every text in it
    /// is escaped, so a `<` always starts a tag.
    static func body(ofReport page: String) -> String {
        var rest = Substring(page)
        if let start = rest.range(of: "<body>") { rest = rest[start.upperBound...] }
        if let end = rest.range(of: "</body>", options: .backwards) { rest = rest[..<end.lowerBound] }

        var out = ""
        var linkAddress: Substring?
        while let open = rest.firstIndex(of: "<") {
            out += text(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if name == "a", tag.hasPrefix("/") {
                guard let address = linkAddress else {
                    out += "</a>"
                    continue
                }
                out += "</span> <span class=\"url\">" + address + "</span>"
                linkAddress = nil
            } else if name == "a", let address = attribute("href", of: tag), !address.hasPrefix("#") {
                out += "<span class=\"link\">"
                linkAddress = address
            } else if voidElements.contains(name), !tag.hasSuffix("/") {
                out += "<" + tag + " />"
            } else {
                out += "<" + tag + ">"
            }
        }
        return xmlCharacters(out + text(rest))
    }

    /// Elements that have no end tag in HTML.
    private static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    /// The value of `name="…"` in a tag, as written (still escaped).
    private static func attribute(_ name: String, of tag: Substring) -> Substring? {
        guard let start = tag.range(of: " " + name + "=\"") else { return nil }
        let value = tag[start.upperBound...]
        return value.firstIndex(of: "\"").map { value[..<$0] }
    }

    /// Text between tags: a `&` that starts no XML entity is written `&amp;`.
    private static func text(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix(12).prefix { $0 != ";" }
            let isEntity = after.dropFirst(name.count).first == ";" && isEntityName(name)
            out += isEntity ? "&" : "&amp;"
            rest = after
        }
        return out + rest
    }

    /// `amp`, `lt`, `gt`, `quot`, `apos`, `#39`, `#x27`: the references XML knows.
    private static func isEntityName(_ name: Substring) -> Bool {
        if ["amp", "lt", "gt", "quot", "apos"].contains(name) { return true }
        let digits = name.hasPrefix("#x") ? name.dropFirst(2) : name.dropFirst()
        guard name.hasPrefix("#"), !digits.isEmpty, digits.allSatisfy(\.isASCII) else { return false }
        return name.hasPrefix("#x") ? digits.allSatisfy(\.isHexDigit) : digits.allSatisfy(\.isNumber)
    }
}
