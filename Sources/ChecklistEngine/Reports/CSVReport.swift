/// The report as CSV (RFC 4180): a header row, then one row per account and step (an account
/// without steps or letters gets one row) and one per letter, CRLF line ends, fields quoted
/// when they hold a comma, a quote or a line break. It starts with a UTF-8 byte order mark so
/// spreadsheets read accents right.
public struct CSVReport: Sendable {
    public init() {}

    public static let byteOrderMark = "\u{FEFF}"

    public func render(_ report: Report) -> String {
        let words = ReportWords(report.language)
        let stepHeader = [
            words.stepNumber, words.stepID, words.step, words.optionalHeader, words.done, words.when + " (UTC)", words.note,
        ]
        let header = [words.account, words.platform, words.label, words.status, words.progress] + stepHeader
            + [FactText.statementLabel(report.language), FactText.contactLabel(report.language), words.holder, words.identifier]
            + words.letterHeader + words.evidenceCSVHeader
        var rows = [header]
        for account in report.accounts {
            let progress = account.total > 0 ? "\(account.done)/\(account.total)" : ""
            let common = [account.id, account.platformName, account.label ?? "", account.status.label(in: report.language), progress]
            // The platform's statement and contact, and who writes, close every row of the account.
            let facts = [
                account.platform?.statement.map { FactText.statement($0, report.language, isoDates: true) } ?? "",
                account.platform?.contact.map { FactText.contact($0, report.language, isoDates: true) } ?? "",
                account.holder ?? "", account.identifier ?? "",
            ]
            let noStep = Array(repeating: "", count: stepHeader.count)
            let noLetter = Array(repeating: "", count: words.letterHeader.count)
            let noEvidence = Array(repeating: "", count: words.evidenceCSVHeader.count)
            let steps = account.allSteps
            if steps.isEmpty && account.letters.isEmpty {
                rows.append(common + noStep + facts + noLetter + noEvidence)
            }
            for step in steps {
                rows.append(common + [
                    step.number, step.id, step.title, step.optional ? words.yes : words.no, step.done ? words.yes : words.no,
                    step.doneAt.map(report.utcTime) ?? "", step.note ?? "",
                ] + facts + noLetter + noEvidence)
            }
            // Then one row per letter, its step columns empty.
            for letter in account.letters {
                rows.append(common + noStep + facts + words.letterCells(letter, isoDates: true) + [letter.note ?? ""] + noEvidence)
            }
            // Then one row per file kept as proof, under its step's number, id and title.
            for step in steps {
                for file in step.evidence {
                    let stepCells = [step.number, step.id, step.title] + Array(repeating: "", count: stepHeader.count - 3)
                    rows.append(common + stepCells + facts + noLetter + words.evidenceCSVCells(file, report: report))
                }
            }
        }
        return Self.byteOrderMark + rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field: neutralised when a spreadsheet would run it as a formula, then quoted when
    /// RFC 4180 needs it (or when edge spaces would be trimmed by some readers).
    public static func field(_ text: String) -> String {
        var value = SafeText.block(text)
        if startsLikeFormula(value) { value = "'" + value }
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            quoted.append(character)
            if character == "\"" { quoted.append(character) }
        }
        return quoted + "\""
    }

    /// `=`, `+`, `-`, `@`, tab or CR first (leading spaces skipped, as some spreadsheets do).
    static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != " " }) else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }
}
