/// Whether the terminal can show Unicode glyphs (ticks, box drawing), decided from the
/// locale the user declared, so views can fall back to ASCII.
public enum GlyphSupport {
    /// True when the first non-empty of `LC_ALL`, `LC_CTYPE`, `LANG` (POSIX precedence)
    /// names the UTF-8 codeset (`en_US.UTF-8`, `fr_FR.utf8`, `C.UTF-8@euro`...).
    public static func isUTF8(environment: [String: String]) -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return namesUTF8(value)
        }
        return false
    }

    static func namesUTF8(_ locale: String) -> Bool {
        guard let dot = locale.firstIndex(of: ".") else { return false }
        var codeset = locale[locale.index(after: dot)...]
        if let at = codeset.firstIndex(of: "@") { codeset = codeset[..<at] }
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }
}
