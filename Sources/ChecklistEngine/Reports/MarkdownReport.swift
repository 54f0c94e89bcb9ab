/// The report as Markdown (CommonMark with GitHub's tables), readable as plain text too.
/// Every text from a file is escaped so that it reads as text: it never starts a table
/// cell, a link, emphasis or raw HTML, and its line breaks become `<br>`.
public struct MarkdownReport: Sendable {
    public init() {}

    public func render(_ report: Report) -> String {
        let words = ReportWords(report.language)
        var out = "# " + words.title + "\n\n" + words.intro + "\n\n"
        out += "- **\(words.made)\(words.colon)** \(report.localTime(report.generatedAt)) · \(report.utcTime(report.generatedAt))\n"
        out += "- **\(words.catalogRevision)\(words.colon)** \(Self.escape(report.catalogRevision))\n"
        out += "- **\(words.chainLabel)\(words.colon)** \(Self.escape(words.chain(report.chain) { $0 }))\n"
        if report.redacted { out += "\n> " + words.redactedNotice + "\n" }

        out += "\n## " + words.summary + "\n\n"
        guard !report.accounts.isEmpty else {
            return out + words.noAccounts + "\n\n---\n\n_" + words.footer + "_\n"
        }
        out += Self.escape(report.headline) + ".\n\n"
        out += Self.table(
            header: [words.status, words.accounts], alignRight: [false, true],
            rows: report.summary.map { [$0.status.label(in: report.language), String($0.count)] })

        for account in report.accounts {
            out += "\n" + section(account, report: report, words: words)
        }
        return out + "\n---\n\n_" + words.footer + "_\n"
    }

    private func section(_ account: Report.AccountReport, report: Report, words: ReportWords) -> String {
        var out = "## " + Self.escape(account.displayName) + " · " + Self.escape(account.platformName) + "\n\n"
        func fact(_ name: String, _ value: String) { out += "- **\(name)\(words.colon)** \(value)\n" }
        fact(words.status, "**" + account.status.label(in: report.language) + "**"
            + (account.total > 0 ? " (" + words.progressText(done: account.done, total: account.total) + ")" : ""))
        fact(words.account, Self.escape(account.id))
        fact(words.platform, Self.escape(account.platformName))
        if let label = account.label { fact(words.label, Self.escape(label)) }
        if let holder = account.holder { fact(words.holder, Self.escape(holder)) }
        if let identifier = account.identifier { fact(words.identifier, Self.escape(identifier)) }
        if let cover = account.coveredBy { fact(words.coveredBy, Self.escape(cover)) }
        fact(words.added, report.localTime(account.created))
        if let reviewed = account.reviewed { fact(words.reviewed, report.localTime(reviewed)) }
        if let last = account.lastChange { fact(words.lastChange, report.localTime(last)) }
        if let sent = account.sentWithDeadline(report: report, words: words) { fact(words.sent, sent) }
        if let next = account.nextLetter { fact(words.nextLetter, words.next(next)) }
        if !account.reviewReasons.isEmpty {
            fact(words.reviewBecause, account.reviewReasons.map(Self.escape).joined(separator: "; "))
        }

        out += "\n### " + words.steps + "\n\n"
        if account.platform == nil {
            out += words.platformMissing + "\n"
        } else if account.steps.isEmpty {
            out += words.noStepsText(account.platform) + "\n"
        } else {
            out += Self.table(
                header: [words.number, words.step, words.done, words.when, words.note], alignRight: [],
                rows: account.allSteps.map { step in
                    let flags = words.flags(step)
                    let title = Self.escape(step.title) + (flags.isEmpty ? "" : " _(" + flags.map(Self.escape).joined(separator: "; ") + ")_")
                    return [step.number, title, step.done ? words.doneMark : words.notDoneMark,
                            step.doneAt.map(report.localTime) ?? "", step.note.map(Self.escape) ?? ""]
                })
        }

        let proof = account.allSteps.flatMap { step in step.evidence.map { (step, $0) } }
        if !proof.isEmpty {
            out += "\n### " + words.evidenceTitle + "\n\n"
            out += Self.table(header: words.evidenceHeader, alignRight: [], rows: proof.map { step, file in
                [step.number, Self.escape(step.title)] + words.evidenceCells(file, report: report).map(Self.escape)
            })
        }

        if !account.letters.isEmpty {
            out += "\n### " + words.letters + "\n\n"
            out += Self.table(header: words.letterHeader, alignRight: [], rows: account.letters.map { letter in
                words.letterCells(letter, isoDates: false).map(Self.escape) + [letter.note.map(Self.escape) ?? ""]
            })
        }

        if let platform = account.platform {
            out += "\n### " + words.about + "\n\n" + Self.escape(platform.summary) + "\n\n"
            for line in PlatformFactLines(platform, words: words, language: report.language).lines {
                fact(line.name, Self.escape(line.value))
            }
            out += "- **\(words.sources)\(words.colon)**\n"
            for source in platform.sources {
                out += "  - " + Self.link(source) + "\n"
            }
        }

        out += "\n### " + words.history + "\n\n"
        if account.history.isEmpty {
            out += words.noHistory + "\n"
        } else {
            let header = [words.when, words.change, words.step] + (report.redacted ? [] : [words.detail])
            out += Self.table(header: header, alignRight: [], rows: account.history.map { item in
                [report.localTime(item.at), words.changeText(item), item.step.map(Self.escape) ?? ""]
                    + (report.redacted ? [] : [item.detail.map(Self.escape) ?? ""])
            })
        }
        return out
    }

    /// A GitHub table; cells must already be escaped.
    static func table(header: [String], alignRight: [Bool], rows: [[String]]) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n|"
        for index in header.indices {
            out += (index < alignRight.count && alignRight[index]) ? "---:|" : "---|"
        }
        out += "\n"
        for row in rows {
            out += "| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// A source as a link when its address is a plain web address, else as text.
    static func link(_ source: Source) -> String {
        guard source.isPlainWebAddress else { return escape(source.label) + " — " + escape(source.url) }
        return "[" + escape(source.label) + "](<" + source.url + ">)"
    }

    /// Text from a file, made inert: HTML specials become entities, Markdown punctuation is
    /// backslash-escaped, line breaks become `<br>` so a table row stays one line.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in SafeText.block(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "$":
                out += "\\" + String(character)
            default:
                if let entity = HTMLReport.entity(for: character, quotes: false) { out += entity } else { out.append(character) }
            }
        }
        return out
    }
}

extension Report.AccountReport {
    /// "21 May 2025, 21:42 (UTC+02:00), 6 days before the deadline (27 May 2025)".
    func sentWithDeadline(report: Report, words: ReportWords) -> String? {
        guard let sentAt else { return nil }
        var text = report.localTime(sentAt)
        if let deadline = platform?.deadline {
            text += ", " + words.relation(sent: CalendarDay(sentAt, timeZone: report.timeZone), deadline: deadline)
        }
        return text
    }
}

/// The facts of a platform as name/value lines, shared by the Markdown and HTML writers.
struct PlatformFactLines {
    var lines: [(name: String, value: String)] = []

    init(_ platform: Report.PlatformFacts, words: ReportWords, language: Language) {
        if let basis = platform.legalBasis { lines.append((words.legalBasis, basis)) }
        lines.append((words.effect, CatalogWords.effect(platform.effect, language)))
        if let deadline = platform.deadline {
            lines.append((words.deadline, SpokenDate.day(deadline, in: language)
                + (platform.effect == .prospective ? words.colon + " " + words.prospectiveDeadline : "")))
        }
        lines.append((words.kind, CatalogWords.kind(platform.kind, language)))
        lines.append((words.vendor, platform.vendor))
        if !platform.jurisdictions.isEmpty { lines.append((words.jurisdictions, platform.jurisdictions.joined(separator: ", "))) }
        lines.append((words.confidence, CatalogWords.confidenceExplained(platform.confidence, language)))
        var verified = SpokenDate.day(platform.lastVerified, in: language)
        if let days = platform.recheckDays { verified += " (" + words.recheck.lowercasedFirst + " " + words.days(days) + ")" }
        lines.append((words.lastVerified, verified))
        if let statement = platform.statement {
            lines.append((FactText.statementLabel(language), FactText.statement(statement, language)))
        }
        if let contact = platform.contact { lines.append((FactText.contactLabel(language), FactText.contact(contact, language))) }
    }
}

private extension String {
    /// "Re-check every" inside a sentence: "re-check every".
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
