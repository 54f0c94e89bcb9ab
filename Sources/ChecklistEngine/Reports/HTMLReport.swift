import Foundation

/// The report as one self-contained HTML page: its only style is inline, it loads nothing
/// (a Content-Security-Policy forbids it even if a text slipped through), it reads on a
/// screen in light or dark mode and prints with each account on its own page.
public struct HTMLReport: Sendable {
    public init() {}

    public func render(_ report: Report) -> String {
        let words = ReportWords(report.language)
        var out = """
            <!DOCTYPE html>
            <html lang="\(report.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="referrer" content="no-referrer">
            <meta name="generator" content="optout">
            <title>\(words.title) — \(report.localDay)</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>\(words.title)</h1>
            <p>\(words.intro)</p>
            <dl class="facts">
            <dt>\(words.made)</dt><dd>\(time(report.generatedAt, report)) · \(report.utcTime(report.generatedAt))</dd>
            <dt>\(words.catalogRevision)</dt><dd><code>\(Self.escape(report.catalogRevision))</code></dd>
            <dt>\(words.chainLabel)</dt><dd>\(words.chain(report.chain) { "<code>" + Self.escape($0) + "</code>" })</dd>
            </dl>

            """
        if report.redacted { out += "<p class=\"notice\">\(words.redactedNotice)</p>\n" }
        out += "</header>\n<main>\n<section class=\"summary\">\n<h2>\(words.summary)</h2>\n"
        if report.accounts.isEmpty {
            out += "<p>\(Self.escape(words.noAccounts))</p>\n</section>\n"
        } else {
            out += "<p>\(Self.escape(report.headline)).</p>\n"
            out += "<table class=\"counts\">\n<thead><tr><th scope=\"col\">\(words.status)</th><th scope=\"col\" class=\"num\">\(words.accounts)</th></tr></thead>\n<tbody>\n"
            for count in report.summary {
                out += "<tr><td>\(count.status.label(in: report.language))</td><td class=\"num\">\(count.count)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n<nav aria-label=\"\(words.accounts)\">\n<ol>\n"
            for (index, account) in report.accounts.enumerated() {
                out += "<li><a href=\"#account-\(index + 1)\">\(Self.escape(account.displayName)) · \(Self.escape(account.platformName))</a>"
                    + " — \(account.status.label(in: report.language))</li>\n"
            }
            out += "</ol>\n</nav>\n</section>\n"
            for (index, account) in report.accounts.enumerated() {
                out += section(account, anchor: "account-\(index + 1)", report: report, words: words)
            }
        }
        out += "</main>\n<footer>\n<p>\(words.footer)</p>\n</footer>\n</body>\n</html>\n"
        return out
    }

    private func section(_ account: Report.AccountReport, anchor: String, report: Report, words: ReportWords) -> String {
        let status = account.status
        var out = "<section class=\"account\" id=\"\(anchor)\">\n"
        out += "<h2>\(Self.escape(account.displayName)) <span class=\"platform\">· \(Self.escape(account.platformName))</span></h2>\n"
        out += "<p class=\"status status-\(status.rawValue)\"><strong>\(status.label(in: report.language))</strong>"
        if account.total > 0 { out += " (\(words.progressText(done: account.done, total: account.total)))" }
        out += "</p>\n<dl class=\"facts\">\n"
        func fact(_ name: String, _ value: String) { out += "<dt>\(name)</dt><dd>\(value)</dd>\n" }
        fact(words.account, "<code>\(Self.escape(account.id))</code>")
        fact(words.platform, Self.escape(account.platformName))
        if let label = account.label { fact(words.label, Self.escape(label)) }
        if let holder = account.holder { fact(words.holder, Self.escape(holder)) }
        if let identifier = account.identifier { fact(words.identifier, Self.escape(identifier)) }
        if let cover = account.coveredBy { fact(words.coveredBy, "<code>\(Self.escape(cover))</code>") }
        fact(words.added, time(account.created, report))
        if let reviewed = account.reviewed { fact(words.reviewed, time(reviewed, report)) }
        if let last = account.lastChange { fact(words.lastChange, time(last, report)) }
        if let sentAt = account.sentAt {
            let relation = account.platform?.deadline.map { ", " + words.relation(sent: CalendarDay(sentAt, timeZone: report.timeZone), deadline: $0) }
            fact(words.sent, time(sentAt, report) + (relation ?? ""))
        }
        if let next = account.nextLetter { fact(words.nextLetter, Self.escape(words.next(next))) }
        if !account.reviewReasons.isEmpty {
            fact(words.reviewBecause, account.reviewReasons.map(Self.escape).joined(separator: "; "))
        }
        out += "</dl>\n<h3>\(words.steps)</h3>\n"

        if account.platform == nil {
            out += "<p>\(words.platformMissing)</p>\n"
        } else if account.steps.isEmpty {
            out += "<p>\(Self.escape(words.noStepsText(account.platform)))</p>\n"
        } else {
            out += "<table class=\"steps\">\n<thead><tr>"
            for header in [words.number, words.step, words.done, words.when, words.note] { out += "<th scope=\"col\">\(header)</th>" }
            out += "</tr></thead>\n<tbody>\n"
            for step in account.allSteps {
                let flags = words.flags(step)
                let title = Self.escape(step.title)
                    + (flags.isEmpty ? "" : " <span class=\"flags\">(" + flags.map(Self.escape).joined(separator: "; ") + ")</span>")
                out += "<tr class=\"\(step.done ? "done" : "todo") d\(min(step.depth, Self.deepestIndent))\">"
                out += "<td class=\"num\">\(step.number)</td><td class=\"step\">\(title)</td>"
                out += "<td class=\"mark\">\(step.done ? words.doneMark : words.notDoneMark)</td>"
                out += "<td>\(step.doneAt.map { time($0, report) } ?? "")</td><td>\(step.note.map(Self.escape) ?? "")</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }

        let proof = account.allSteps.flatMap { step in step.evidence.map { (step, $0) } }
        if !proof.isEmpty {
            out += "<h3>\(words.evidenceTitle)</h3>\n<table class=\"evidence\">\n<thead><tr>"
            out += words.evidenceHeader.map { "<th scope=\"col\">\(Self.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for (step, file) in proof {
                let cells = [step.number, step.title] + words.evidenceCells(file, report: report)
                out += "<tr>" + cells.map { "<td>\(Self.escape($0))</td>" }.joined() + "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }

        if !account.letters.isEmpty {
            out += "<h3>\(words.letters)</h3>\n<table class=\"letters\">\n<thead><tr>"
            out += words.letterHeader.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for letter in account.letters {
                let cells = words.letterCells(letter, isoDates: false).map(Self.escape) + [letter.note.map(Self.escape) ?? ""]
                out += "<tr class=\"\(letter.late ? "late" : "on-time")\">" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }

        if let platform = account.platform {
            out += "<h3>\(words.about)</h3>\n<p>\(Self.escape(platform.summary))</p>\n<dl class=\"facts\">\n"
            for line in PlatformFactLines(platform, words: words, language: report.language).lines {
                fact(line.name, Self.escape(line.value))
            }
            out += "</dl>\n<h4>\(words.sources)</h4>\n<ul class=\"sources\">\n"
            for source in platform.sources { out += "<li>\(Self.link(source))</li>\n" }
            out += "</ul>\n"
        }

        out += "<h3>\(words.history)</h3>\n"
        if account.history.isEmpty {
            out += "<p>\(words.noHistory)</p>\n"
        } else {
            let headers = [words.when, words.change, words.step] + (report.redacted ? [] : [words.detail])
            out += "<table class=\"history\">\n<thead><tr>" + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for item in account.history {
                out += "<tr><td>\(time(item.at, report))</td><td>\(Self.escape(words.changeText(item)))</td><td>\(item.step.map(Self.escape) ?? "")</td>"
                if !report.redacted { out += "<td>\(item.detail.map(Self.escape) ?? "")</td>" }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    /// Local time for the reader, the exact UTC instant in `datetime`.
    private func time(_ date: Date, _ report: Report) -> String {
        "<time datetime=\"\(report.utcTime(date))\">\(report.localTime(date))</time>"
    }

    /// A link only for a plain web address (never `javascript:` or the like), else text.
    static func link(_ source: Source) -> String {
        guard source.isPlainWebAddress else { return escape(source.label) + " — " + escape(source.url) }
        return "<a href=\"\(escape(source.url))\" rel=\"noreferrer\">\(escape(source.label))</a>"
    }

    /// Text from a file as HTML text or attribute value: the five specials become entities,
    /// line breaks become `<br>`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in SafeText.block(text) {
            if let entity = entity(for: character, quotes: true) { out += entity } else { out.append(character) }
        }
        return out
    }

    /// What stands for `character` in HTML text, or nil when it stands for itself; quotes
    /// matter only inside attribute values.
    static func entity(for character: Character, quotes: Bool) -> String? {
        switch character {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\n": "<br>"
        case "\"" where quotes: "&quot;"
        case "'" where quotes: "&#39;"
        default: nil
        }
    }

    /// Steps deeper than this are indented as much as this.
    static let deepestIndent = 6

    static let style: String = {
        let indents = (2...deepestIndent).map { "tr.d\($0) td.step { padding-left: \(Double($0 - 1) * 1.25 + 0.5)rem; }" }
        return """

            :root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #555555; --line: #c8c8c8; --head: #f1f1f1; --accent: #0b57d0; --ok: #1b6e20; --warn: #8a4b00; }
            @media (prefers-color-scheme: dark) { :root { --fg: #e6e6e6; --bg: #161616; --muted: #a8a8a8; --line: #444444; --head: #242424; --accent: #8ab4f8; --ok: #86d38f; --warn: #f0b060; } }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
            h1 { font-size: 1.6rem; margin: 1rem 0 .5rem; }
            h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
            h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
            h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
            a { color: var(--accent); }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
            th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
            th { background: var(--head); }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            table.steps td.num { text-align: left; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
            dl.facts dt { font-weight: 600; }
            dl.facts dd { margin: 0; overflow-wrap: anywhere; }
            .platform { color: var(--muted); font-weight: normal; }
            .status { font-size: 1.05rem; }
            .status-opted-out strong, .status-covered strong, tr.done td.mark { color: var(--ok); }
            .status-needs-review strong, .status-overdue strong, table.letters tr.late td:nth-child(6) { color: var(--warn); }
            .flags { color: var(--muted); font-style: italic; }
            .notice { border-left: 4px solid var(--warn); padding: .3rem .8rem; }
            time { white-space: nowrap; }
            footer { margin-top: 3rem; color: var(--muted); font-size: .9rem; }
            \(indents.joined(separator: "\n"))
            @page { margin: 16mm 14mm; }
            @media print {
              :root { --fg: #000000; --bg: #ffffff; --muted: #333333; --line: #999999; --head: #eeeeee; --accent: #000000; --ok: #000000; --warn: #000000; }
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              nav { display: none; }
              section.account { break-before: page; }
              h2, h3, h4 { break-after: avoid; }
              tr, dl.facts { break-inside: avoid; }
              thead { display: table-header-group; }
              a { text-decoration: none; }
              ul.sources a[href]::after { content: " <" attr(href) ">"; overflow-wrap: anywhere; }
            }

            """
    }()
}
