/// Text made safe for a man page (groff's `man` macros): backslashes escaped, a line never
/// starting as a request, and every non-ASCII character written as groff's `\[u` + four hex digits + `]`, so the page
/// renders the same with or without `preconv` and `groff -ww` has nothing to warn about.
enum Roff {
    /// Running text.
    static func text(_ string: String) -> String {
        var out = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\\": out += "\\e"
            case "\n": out += " "
            case "\u{A0}": out += "\\ "
            case _ where scalar.isASCII: out.unicodeScalars.append(scalar)
            default: out += "\\[u" + hex(scalar.value) + "]"
            }
        }
        // A dot or an apostrophe at the start of an output line would be read as a request.
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }

    /// A command, an option or a file name: hyphens are minus signs, so they can be copied.
    static func literal(_ string: String) -> String {
        text(string).replacingOccurrences(of: "-", with: "\\-")
    }

    /// One argument of a macro line (`.SS "..."`), quoted.
    static func argument(_ string: String) -> String {
        "\"" + text(string).replacingOccurrences(of: "\"", with: "\\(dq") + "\""
    }

    /// Bold and italic runs inside a line.
    static func bold(_ string: String) -> String { "\\fB" + literal(string) + "\\fR" }
    static func italic(_ string: String) -> String { "\\fI" + text(string) + "\\fR" }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
