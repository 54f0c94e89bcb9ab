/// Width in terminal columns, decided in Swift so it does not depend on the process's locale:
/// 0 for combining marks, 2 for East Asian wide and full-width characters and emoji, else 1.
public enum TextWidth {
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.count > 1 {
            // Emoji presentation, or a base with combining marks: the base decides.
            if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        }
        return of(first)
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (0x1160...0x11FF).contains(v) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    public static func of(_ text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }  // most text: no grapheme walk
        return text.reduce(0) { $0 + of($1) }
    }

    /// Only printable ASCII (U+0020 to U+007E): one column a byte, one character a byte.
    public static func isPrintableASCII(_ text: String) -> Bool {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        return fast ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, and emoji shown two columns wide.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08, 0x1AFF0...0x1AFFE,
             0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320,
             0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA,
             0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440,
             0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A,
             0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC, 0x1F6D0...0x1F6D2,
             0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB,
             0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `columns`, and its width.
    public static func prefix(_ text: String, fitting columns: Int) -> (text: String, width: Int) {
        if isPrintableASCII(text) {
            let width = min(max(0, columns), text.utf8.count)
            return (String(text.utf8.prefix(width)) ?? "", width)
        }
        var width = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if width + w > columns { break }
            width += w
            end = text.index(after: index)
        }
        return (String(text[..<end]), width)
    }

    /// Cuts to `columns`, ending with `…` when something was cut.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        let room = columns - of(ellipsis)
        guard room >= 0 else { return prefix(text, fitting: columns).text }
        return prefix(text, fitting: room).text + ellipsis
    }

    /// Pads with spaces (or cuts) to exactly `columns`.
    public static func pad(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }

    /// Word-wraps to lines of at most `columns`; words longer than a line are broken. (The one
    /// exception: a single character wider than `columns` stands alone on its line.)
    public static func wrap(_ text: String, to columns: Int) -> [String] {
        wrap(text, to: columns, bytesForASCII: true)
    }

    /// `bytesForASCII: false` wraps every paragraph by characters (for the test that holds
    /// both ways to the same lines).
    static func wrap(_ text: String, to columns: Int, bytesForASCII: Bool) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        // Paragraphs found on the bytes (a line feed is always a character of its own, except
        // in "\r\n"), and one of printable ASCII (most of what the detail pane wraps on every
        // frame) wrapped on its bytes: one column a byte, no String made per word.
        if bytesForASCII, !text.utf8.contains(0x0D) {
            var text = text
            text.withUTF8 { bytes in
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
                    let paragraph = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if paragraph.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
                        wrapASCII(paragraph, to: columns, into: &lines)
                    } else {
                        wrapCharacters(String(decoding: paragraph, as: UTF8.self), to: columns, into: &lines)
                    }
                    start = end + 1
                }
            }
            return lines
        }
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapCharacters(paragraph, to: columns, into: &lines)
        }
        return lines
    }

    /// `wrap` of one paragraph, character by character.
    private static func wrapCharacters<Paragraph: StringProtocol>(_ paragraph: Paragraph, to columns: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = of(word)
            if lineWidth > 0, lineWidth + 1 + wordWidth > columns {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > columns {
                let head = prefix(word, fitting: columns - (lineWidth > 0 ? lineWidth + 1 : 0))
                if head.text.isEmpty {
                    if lineWidth == 0 {
                        // One character wider than the whole line: it gets a line of its
                        // own (the screen cuts it) instead of looping for ever.
                        guard let first = word.first else { break }
                        word.removeFirst()
                        wordWidth = of(word)
                        if word.isEmpty {
                            line = String(first)
                            lineWidth = columns
                        } else {
                            lines.append(String(first))
                        }
                        continue
                    }
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                    continue
                }
                lines.append(line.isEmpty ? head.text : line + " " + head.text)
                line = ""
                lineWidth = 0
                word = String(word.dropFirst(head.text.count))
                wordWidth = of(word)
            }
            if word.isEmpty { continue }
            if lineWidth > 0 {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
        }
        lines.append(line)
    }

    /// `wrap` of one paragraph of printable ASCII: the same lines, from its bytes. A word
    /// longer than a line starts a line of its own and is cut every `columns` bytes; runs
    /// of spaces become one between words.
    private static func wrapASCII(_ bytes: UnsafeBufferPointer<UInt8>, to columns: Int, into lines: inout [String]) {
        var line: [UInt8] = []
        line.reserveCapacity(columns)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: " ") {
                index += 1
                continue
            }
            var start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: " ") { index += 1 }
            if !line.isEmpty, line.count + 1 + (index - start) > columns {
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
            }
            while index - start > columns {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + columns)]), as: UTF8.self))
                start += columns
            }
            if !line.isEmpty { line.append(UInt8(ascii: " ")) }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        }
        lines.append(String(decoding: line, as: UTF8.self))
    }
}
