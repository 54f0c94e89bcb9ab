import Foundation

/// One piece of evidence on its own printed page.
extension Dossier {
    func section(_ entry: DossierEntry, total: Int, words: DossierWords, output: (String) throws -> Void) rethrows {
        let evidence = entry.evidence
        let type = evidence.mediaType
        let isImage = type == .png || type == .jpeg
        // Only what is shown is read again, and then judged on the bytes shown; a redacted
        // copy shows neither an email's text nor an image, so it keeps the first check.
        let contents = !report.redacted && (type == .email || isImage) ? store.contents(of: evidence.sha256) : nil
        let integrity = contents?.integrity ?? entry.integrity
        let reportWords = ReportWords(report.language)

        var out = "<section class=\"evidence\" id=\"evidence-\(entry.number)\">\n"
        out += "<h2>\(escape(words.piece(number: entry.number, total: total, name: evidence.name)))</h2>\n<dl class=\"facts\">\n"
        func fact(_ name: String, _ value: String) { out += "<dt>\(escape(name))</dt><dd>\(value)</dd>\n" }
        fact(reportWords.account, escape(entry.account.displayName + " · " + entry.account.platformName)
            + " (<code>\(escape(entry.account.id))</code>)")
        fact(reportWords.step, stepText(entry))
        fact(words.file, escape(evidence.name))
        fact("SHA-256", "<code class=\"hash\">\(escape(evidence.sha256))</code>")
        fact(words.size, escape(words.size(evidence.size, report.dates)))
        fact(words.type, "<code>\(escape(type.rawValue))</code>")
        fact(reportWords.added, time(evidence.added))
        out += "<dt>\(escape(words.check))</dt><dd class=\"\(Self.integrityClass(integrity))\">\(escape(words.integrity(integrity)))</dd>\n"
        out += "</dl>\n"

        if type == .email {
            out += email(evidence, contents: contents, words: words)
        } else if isImage {
            out += "<h3>\(escape(words.image))</h3>\n"
            if report.redacted {
                out += "<p class=\"notice\">\(escape(words.imageRedacted))</p>\n"
            } else if case .intact(let bytes) = contents, MediaType.sniff(bytes.prefix(MediaType.sniffLength), complete: bytes.count <= MediaType.sniffLength) == type {
                // The image goes out in pieces: base64 of whole 3-byte groups joins up unchanged.
                let step = entry.step?.title ?? entry.stepID
                let alt = words.imageAlt(name: evidence.name, step: step, account: entry.account.displayName)
                try output(out + "<figure class=\"evidence-image\">\n<img src=\"data:\(type.rawValue);base64,")
                out = ""
                var start = 0
                while start < bytes.count {
                    let end = min(bytes.count, start + Self.base64Chunk)
                    try output(Data(bytes[start..<end]).base64EncodedString())
                    start = end
                }
                out += "\" alt=\"\(escape(alt))\" />\n<figcaption>\(escape(evidence.name))</figcaption>\n</figure>\n"
            }
        } else if integrity == .intact {
            out += "<p>\(escape(words.notShown(type: type.rawValue)))</p>\n"
        }
        try output(out + "</section>\n")
    }

    /// 48 KiB of bytes at a time: a multiple of 3.
    static let base64Chunk = 3 * 16 * 1024

    /// The email's headers, from the file when it is intact (decoded again) or as recorded
    /// when it was attached; then its text, unless the copy is redacted.
    private func email(_ evidence: Evidence, contents: EvidenceContents?, words: DossierWords) -> String {
        var out = "<h3>\(escape(words.email))</h3>\n"
        var from: String?, to: String?, subject: String?, date: String?
        var text: String?
        var fromFile = false
        if case .intact(let bytes) = contents {
            let message = EmailMessage(parsing: bytes)
            from = message.headers.from
            to = message.headers.to
            subject = message.headers.subject
            date = message.headers.date.map(time) ?? message.headers.text("Date").map(escape)
            text = message.text
            fromFile = true
        } else if let summary = evidence.email {
            from = summary.from
            to = summary.to
            subject = summary.subject
            date = summary.date.map(time)
        }
        if report.redacted {
            from = nil
            to = nil
        }
        let rows = [(words.from, from.map(escape)), (words.to, to.map(escape)), (words.date, date), (words.subject, subject.map(escape))]
        let shown = rows.compactMap { name, value in value.map { "<dt>\(escape(name))</dt><dd>\($0)</dd>\n" } }
        if !shown.isEmpty {
            if !fromFile { out += "<p class=\"flags\">\(escape(words.asRecorded))</p>\n" }
            out += "<dl class=\"facts email-headers\">\n" + shown.joined() + "</dl>\n"
        }
        if report.redacted {
            out += "<p class=\"notice\">\(escape(words.emailRedacted))</p>\n"
        } else if fromFile {
            out += "<h4>\(escape(words.emailText))</h4>\n"
            out += text.map { "<pre class=\"email-text\">\(DossierMarkup.preformatted($0))</pre>\n" } ?? "<p>\(escape(words.noText))</p>\n"
        }
        return out
    }

    /// Local time for the reader, the exact UTC instant in `datetime` and beside it.
    private func time(_ date: Date) -> String {
        "<time datetime=\"\(report.utcTime(date))\">\(escape(report.localTime(date)))</time> · \(report.utcTime(date))"
    }

    private func escape(_ text: String) -> String { DossierMarkup.escape(text) }
}
