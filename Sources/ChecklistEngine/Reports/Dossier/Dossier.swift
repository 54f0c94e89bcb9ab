import Foundation

/// The dossier: one self-contained HTML page for a data protection authority, a lawyer or a
/// court. The report first (as `HTMLReport` writes it), then each piece of evidence on its own
/// printed page: which account and step it proves, its name, SHA-256, size, type and when it
/// was added, whether the file kept by optout still has that hash (checked as the page is
/// written), and for an email its headers and text, for a PNG or JPEG the image itself as a
/// `data:` URI. Nothing is loaded from anywhere and there is no script; the markup is
/// polyglot (`DossierMarkup`), so an XML parser can check it.
///
/// Evidence files are read one at a time and the page is handed out in pieces, so a dossier
/// of many screenshots never sits whole in memory.
public struct Dossier: Sendable {
    public let report: Report
    public let progress: UserProgress
    public let store: EvidenceStore

    /// `report` is made from `progress` (redacted or not: the dossier follows it).
    public init(report: Report, progress: UserProgress, store: EvidenceStore) {
        self.report = report
        self.progress = progress
        self.store = store
    }

    /// Writes the page to `output`, piece by piece; returns what the check of the files found.
    @discardableResult
    public func write(to output: (String) throws -> Void) rethrows -> DossierTally {
        let words = DossierWords(report.language)
        let entries = DossierEntry.all(report: report, progress: progress, store: store)
        var tally = DossierTally()
        for entry in entries { tally.count(entry.integrity) }

        try output(head(words))
        var body = DossierMarkup.body(ofReport: HTMLReport().render(report))
        // The report's footer closes the dossier, after the evidence.
        var footer = ""
        if let start = body.range(of: "<footer>") {
            footer = String(body[start.lowerBound...])
            body = String(body[..<start.lowerBound])
        }
        try output(body)
        try output(index(entries, tally: tally, words: words))
        for entry in entries {
            try section(entry, total: entries.count, words: words, output: output)
        }
        try output(footer + "</body>\n</html>\n")
        return tally
    }

    /// The whole page at once, for tests and small dossiers.
    public func render() -> (page: String, tally: DossierTally) {
        var page = ""
        let tally = write { page += $0 }
        return (page, tally)
    }

    private func head(_ words: DossierWords) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(report.language.rawValue)">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
            <meta name="referrer" content="no-referrer" />
            <meta name="generator" content="optout" />
            <title>\(DossierMarkup.escape(words.title)) — \(report.localDay)</title>
            <style>/*<![CDATA[*/\(HTMLReport.style)\(Self.style)/*]]>*/</style>
            </head>
            <body>
            <section class="dossier-title">
            <h1>\(DossierMarkup.escape(words.title))</h1>
            <p>\(DossierMarkup.escape(words.intro(time: report.localTime(report.generatedAt))))</p>

            """
        if report.redacted { out += "<p class=\"notice\">\(DossierMarkup.escape(words.redacted))</p>\n" }
        return out + "</section>\n"
    }

    /// The list of every piece, with what the check found, linked to its section.
    private func index(_ entries: [DossierEntry], tally: DossierTally, words: DossierWords) -> String {
        let reportWords = ReportWords(report.language)
        var out = "<section class=\"evidence-index\" id=\"evidence\">\n<h2>\(DossierMarkup.escape(words.evidence))</h2>\n"
        guard !entries.isEmpty else { return out + "<p>\(DossierMarkup.escape(words.none))</p>\n</section>\n" }
        out += "<p>\(DossierMarkup.escape(words.count(tally)))</p>\n<table class=\"evidence-index\">\n<thead><tr>"
        for header in [reportWords.number, reportWords.account, reportWords.step, words.file, "SHA-256", words.check] {
            out += "<th scope=\"col\">\(DossierMarkup.escape(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for entry in entries {
            let cells = [
                "<a href=\"#evidence-\(entry.number)\">\(entry.number)</a>",
                DossierMarkup.escape(entry.account.displayName + " · " + entry.account.platformName),
                stepText(entry),
                DossierMarkup.escape(entry.evidence.name),
                "<code class=\"hash\">\(DossierMarkup.escape(entry.evidence.sha256))</code>",
                "<span class=\"\(Self.integrityClass(entry.integrity))\">\(DossierMarkup.escape(words.state(entry.integrity)))</span>",
            ]
            out += "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// "2 Send the objection form (`send-objection`)", or the id alone when the catalog lost the step.
    func stepText(_ entry: DossierEntry) -> String {
        let id = "<code>\(DossierMarkup.escape(entry.stepID))</code>"
        guard let step = entry.step else { return id }
        return DossierMarkup.escape(step.number + " " + step.title) + " (" + id + ")"
    }

    static func integrityClass(_ integrity: EvidenceIntegrity) -> String {
        switch integrity {
        case .intact: "integrity integrity-intact"
        case .changed: "integrity integrity-changed"
        case .missing: "integrity integrity-missing"
        case .unreadable: "integrity integrity-unreadable"
        }
    }

}
