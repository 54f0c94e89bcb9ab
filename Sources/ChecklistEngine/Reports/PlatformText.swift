/// A platform as plain text: summary, facts, the step tree with ids, sources.
public struct PlatformText: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func render(_ p: Platform) -> String {
        let words = Words(language)
        var out = SafeText.line(p.name(in: language)) + " (" + p.id + ") — " + SafeText.line(p.vendor) + "\n"
        out += SafeText.block(p.summary.marked(in: language)) + "\n\n"
        func fact(_ label: Word, _ value: String) {
            out += words.text(.reportFactLine, ["label": words.text(label), "value": value]) + "\n"
        }
        fact(.reportFactKind, CatalogWords.kind(p.kind, language))
        fact(.reportFactConfidence, CatalogWords.confidenceExplained(p.confidence, language))
        fact(.reportFactEffect, CatalogWords.effect(p.effect, language))
        if !p.jurisdictions.isEmpty { fact(.reportFactWhere, p.jurisdictions.map(SafeText.line).joined(separator: ", ")) }
        if let basis = p.legalBasis { fact(.reportFactLegalBasis, SafeText.line(basis.marked(in: language))) }
        if let deadline = p.deadline { fact(.reportFactDeadline, SpokenDate.day(deadline, in: language)) }
        fact(.reportFactLastVerified, SpokenDate.day(p.lastVerified, in: language))
        if let days = p.recheckDays { fact(.reportFactRecheckEvery, Words(language).plural(.reportDayCount, count: days)) }
        if let statement = p.statement.map(\.safe) {
            out += FactText.statementLabel(language) + (Words.text(.uiDetailLabelSeparator, in: language)) + FactText.statement(statement, language) + "\n"
        }
        if let contact = p.contact.map(\.safe) {
            out += FactText.contactLabel(language) + (Words.text(.uiDetailLabelSeparator, in: language)) + FactText.contact(contact, language) + "\n"
        }
        if !p.steps.isEmpty {
            out += "\n" + (Words.text(.reportStepsIdInBrackets, in: language)) + "\n"
            for step in p.steps { renderStep(step, depth: 1, into: &out) }
        }
        out += "\n" + (Words.text(.uiDetailSources, in: language)) + "\n"
        for source in p.sources { out += "  - " + SafeText.line(source.label) + (Words.text(.uiDetailLabelSeparator, in: language)) + SafeText.line(source.url) + "\n" }
        return out
    }

    private func renderStep(_ step: Step, depth: Int, into out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        var flags: [String] = []
        if step.anyOf { flags.append(Words.text(.reportAnyOneRouteWill, in: language)) }
        if step.optional { flags.append(Words.text(.reportOptional, in: language)) }
        if let milestone = step.milestone { flags.append(CatalogWords.milestone(milestone, language)) }
        if let confidence = step.confidence { flags.append(CatalogWords.confidence(confidence, language)) }
        if let day = step.lastVerified { flags.append((Words.text(.reportVerified, in: language)) + SpokenDate.day(day, in: language)) }
        out += indent + "- [" + step.id + "] " + SafeText.line(step.title.marked(in: language))
        if !flags.isEmpty { out += " (" + flags.joined(separator: "; ") + ")" }
        out += "\n"
        if let detail = step.detail {
            for line in SafeText.block(detail.marked(in: language)).split(separator: "\n") { out += indent + "    " + line + "\n" }
        }
        if let url = step.url { out += indent + "    " + SafeText.line(url) + "\n" }
        for field in step.fields { out += indent + "    " + (Words.text(.reportAsksFor, in: language)) + SafeText.line(field.marked(in: language)) + "\n" }
        for child in step.steps { renderStep(child, depth: depth + 1, into: &out) }
    }
}
