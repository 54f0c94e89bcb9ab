import ChecklistEngine
import Foundation
import Testing

/// Labels, notes and catalog texts that try to break out of each format: markup, formulas,
/// escape sequences, pipes, backticks, line breaks.
@Suite("Hostile text in reports")
struct HostileTextTests {
    func render(_ format: ReportFormat, _ language: Language = .en) throws -> String {
        let data = try ReportWriter.render(format: format, progress: Fixtures.hostileProgress, catalog: Fixtures.hostileCatalog,
                                           now: Fixtures.now, language: language, timeZone: Fixtures.timeZone)
        return String(decoding: data, as: UTF8.self)
    }

    static let arguments: [(ReportFormat, Language)] = ReportFormat.allCases.flatMap { format in Language.allCases.map { (format, $0) } }

    @Test("No control character or escape sequence comes out raw", arguments: arguments)
    func noControlCharacters(_ format: ReportFormat, _ language: Language) throws {
        let text = try render(format, language)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where SafeText.isUnsafe(scalar) {
            let allowed = scalar == "\n" || (format == .csv && scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
            #expect(allowed, "U+\(String(scalar.value, radix: 16)) at \(index)")
        }
        #expect(!text.contains("\\u001b") && !text.contains("\\u009b"))
        #expect(text.contains("\u{FFFD}"))  // the stand-in shows where something was taken out
    }

    @Test("HTML: only optout's own tags, no script, no script link", arguments: Language.allCases)
    func html(_ language: Language) throws {
        let text = try render(.html, language)
        let allowed: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "dl", "dt", "dd", "code", "main",
            "section", "table", "thead", "tbody", "tr", "th", "td", "nav", "ol", "ul", "li", "a", "span", "strong", "time", "br", "footer",
        ]
        let tags = text.matches(of: /<\/?([A-Za-z][A-Za-z0-9]*)/).map { String($0.output.1).lowercased() }
        #expect(Set(tags).subtracting(allowed).isEmpty, "unexpected tags: \(Set(tags).subtracting(allowed))")
        #expect(!text.lowercased().contains("<script"))
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(text.contains("&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(!text.contains("href=\"javascript"))
        #expect(text.contains("javascript:alert(3)"))  // shown as text, not as a link
        #expect(!text.contains("\"onmouseover="))
        #expect(text.contains("line1 line2"))  // a label is one line
        #expect(text.contains("a|b<br>|c|<br><br># heading"))  // a note keeps its lines
        // The page loads nothing from outside.
        #expect(!text.contains("<script") && !text.contains("<link") && !text.contains("<img") && !text.contains("url("))
        #expect(text.contains("Content-Security-Policy"))
    }

    @Test("Markdown: tables keep their columns, and no text turns into markup", arguments: Language.allCases)
    func markdown(_ language: Language) throws {
        let text = try render(.markdown, language)
        var columns: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            let pipes = Self.unescapedPipes(line)
            if let columns { #expect(pipes == columns, "a row with \(pipes) pipes instead of \(columns): \(line)") } else { columns = pipes }
        }
        // Raw HTML is only ever <br>, and a link's address only ever a web address.
        for match in text.matches(of: /<([^>]*)>/) where match.output.1 != "br" {
            #expect(match.output.1.hasPrefix("https://"), "raw HTML: \(match.output.0)")
        }
        #expect(!text.contains("](<javascript"))
        #expect(text.contains("&lt;script&gt;"))
        #expect(text.contains("line1 line2"))  // a label is one line
        #expect(text.contains("a\\|b<br>\\|c\\|<br><br>\\# heading"))  // a note keeps its lines, inside its cell
        for line in text.split(separator: "\n") where line.hasPrefix("#") {
            #expect(line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### "), "stray heading: \(line)")
            #expect(!line.contains("heading"), "a note became a heading")
        }
        // Every backtick is escaped: no code span can open.
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "`" {
            #expect(index > 0 && scalars[index - 1] == "\\")
        }
    }

    @Test("CSV: every record the same width, no cell a spreadsheet would run", arguments: Language.allCases)
    func csv(_ language: Language) throws {
        let records = try CSVParser.parse(try render(.csv, language))
        #expect(records.count > 1 && records.allSatisfy { $0.count == records[0].count })
        for cell in records.joined() {
            let first = cell.unicodeScalars.first { $0 != " " }
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "formula cell: \(cell.debugDescription)")
        }
        #expect(records.joined().contains("'=1+1"))
        #expect(records.joined().contains("'=cmd|' /C calc'!A0"))
        #expect(records.joined().contains("'@SUM(A1:A9)"))
    }

    @Test("JSON: still valid, strings made safe", arguments: Language.allCases)
    func json(_ language: Language) throws {
        let data = Data(try render(.json, language).utf8)
        let document = try ProgressCoding.decoder.decode(StatusDocument.self, from: data)
        let value = try JSONDecoder().decode(JSONValue.self, from: data)
        for string in value.allStrings {
            #expect(!SafeText.containsUnsafe(string), "unsafe string: \(string.debugDescription)")
        }
        #expect(document.accounts.map(\.label).contains("<script>alert(1)</script>"))
        #expect(document.accounts.map(\.label).contains("\u{FFFD}[31mred\u{FFFD}[0m"))
        // The holder, the identifier and the answer's note, made safe the same way.
        #expect(document.accounts.map(\.holder).contains("\u{FFFD}[31mred\u{FFFD}[0m"))
        #expect(document.accounts.contains { $0.holder?.hasPrefix("line1 line2") == true })
        #expect(document.accounts.map(\.identifier).contains("</td><script>alert(2)</script>"))
        #expect(document.accounts.flatMap(\.letters).compactMap(\.note).contains("=HYPERLINK(\"http://evil.example\",\"x\")"))
    }

    @Test("CSV and HTML: a holder, an identifier or an answer is text, never a formula or markup")
    func lettersAndHolders() throws {
        let records = try CSVParser.parse(try render(.csv))
        let letter = try #require(records.first { $0[0] == "instagram" && $0[16] == "objection" })
        #expect(letter[15] == "'+1+1")  // the identifier
        #expect(letter[22] == "'=HYPERLINK(\"http://evil.example\",\"x\")")  // the answer's note
        let html = try render(.html)
        #expect(html.contains("<dt>Holder</dt><dd>&lt;script&gt;alert(1)&lt;/script&gt;</dd>"))
        #expect(html.contains("<dt>Identifier</dt><dd>&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;</dd>"))
    }

    /// `|` not escaped with a backslash.
    static func unescapedPipes(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }
}
