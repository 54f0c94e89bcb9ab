/// A platform as plain text: summary, facts, the step tree with ids, sources.
public struct PlatformText: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func render(_ p: Platform) -> String {
        let fr = language == .fr
        var out = SafeText.line(p.name(in: language)) + " (" + p.id + ") — " + SafeText.line(p.vendor) + "\n"
        out += SafeText.block(p.summary.marked(in: language)) + "\n\n"
        func fact(_ en: String, _ frLabel: String, _ value: String) {
            out += (fr ? frLabel + " : " : en + ": ") + value + "\n"
        }
        fact("Kind", "Type", CatalogWords.kind(p.kind, language))
        fact("Confidence", "Fiabilité", CatalogWords.confidenceExplained(p.confidence, language))
        fact("Effect", "Effet", CatalogWords.effect(p.effect, language))
        if !p.jurisdictions.isEmpty { fact("Where", "Où", p.jurisdictions.map(SafeText.line).joined(separator: ", ")) }
        if let basis = p.legalBasis { fact("Legal basis", "Base légale", SafeText.line(basis.marked(in: language))) }
        if let deadline = p.deadline { fact("Deadline", "Date limite", SpokenDate.day(deadline, in: language)) }
        fact("Last verified", "Vérifié le", SpokenDate.day(p.lastVerified, in: language))
        if let days = p.recheckDays { fact("Re-check every", "À revérifier tous les", fr ? "\(days) jours" : "\(days) days") }
        if let statement = p.statement.map(\.safe) {
            out += FactText.statementLabel(language) + (fr ? " : " : ": ") + FactText.statement(statement, language) + "\n"
        }
        if let contact = p.contact.map(\.safe) {
            out += FactText.contactLabel(language) + (fr ? " : " : ": ") + FactText.contact(contact, language) + "\n"
        }
        if !p.steps.isEmpty {
            out += "\n" + (fr ? "Étapes (identifiant entre crochets) :" : "Steps (id in brackets):") + "\n"
            for step in p.steps { renderStep(step, depth: 1, into: &out) }
        }
        out += "\n" + (fr ? "Sources :" : "Sources:") + "\n"
        for source in p.sources { out += "  - " + SafeText.line(source.label) + (fr ? " : " : ": ") + SafeText.line(source.url) + "\n" }
        return out
    }

    private func renderStep(_ step: Step, depth: Int, into out: inout String) {
        let fr = language == .fr
        let indent = String(repeating: "  ", count: depth)
        var flags: [String] = []
        if step.anyOf { flags.append(fr ? "une des voies suffit" : "any one route will do") }
        if step.optional { flags.append(fr ? "facultatif" : "optional") }
        if let milestone = step.milestone { flags.append(CatalogWords.milestone(milestone, language)) }
        if let confidence = step.confidence { flags.append(CatalogWords.confidence(confidence, language)) }
        if let day = step.lastVerified { flags.append((fr ? "vérifié le " : "verified ") + SpokenDate.day(day, in: language)) }
        out += indent + "- [" + step.id + "] " + SafeText.line(step.title.marked(in: language))
        if !flags.isEmpty { out += " (" + flags.joined(separator: "; ") + ")" }
        out += "\n"
        if let detail = step.detail {
            for line in SafeText.block(detail.marked(in: language)).split(separator: "\n") { out += indent + "    " + line + "\n" }
        }
        if let url = step.url { out += indent + "    " + SafeText.line(url) + "\n" }
        for field in step.fields { out += indent + "    " + (fr ? "Demandé : " : "Asks for: ") + SafeText.line(field.marked(in: language)) + "\n" }
        for child in step.steps { renderStep(child, depth: depth + 1, into: &out) }
    }
}
