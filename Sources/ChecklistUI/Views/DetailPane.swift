import ChecklistEngine

/// What the selected step asks, where, how sure we are of it, and the platform's facts
/// and sources, so the user can judge and act.
enum DetailPane {
    /// One line of the pane, before wrapping.
    struct Line {
        var text: String
        var role: Role = .text
        var attributes: Attributes = []
        var indent = 0
    }

    static func draw(_ step: Step?, _ e: AccountEvaluation, _ platform: Platform, _ state: AppState,
                     into screen: inout Screen, x: Int, rows: Range<Int>, width: Int, skip: Int = 0, glyphs: Glyphs) {
        guard width > 4, !rows.isEmpty else { return }
        let lines = wrapped(content(step, e, platform, state, glyphs: glyphs), width: width)
        let first = min(max(0, skip), maxSkip(lineCount: lines.count, visible: rows.count))
        for (offset, y) in rows.enumerated() {
            let index = first + offset
            guard lines.indices.contains(index) else { return }
            // Ellipses mark what is scrolled out, above and below.
            if (offset == 0 && first > 0) || (y == rows.upperBound - 1 && index < lines.count - 1) {
                screen.put(glyphs.ellipsis, x: x, y: y, role: .dim)
                continue
            }
            let line = lines[index]
            screen.put(line.text, x: x + line.indent, y: y, role: line.role, attributes: line.attributes, maxWidth: width - line.indent)
        }
    }

    /// How many display lines the pane's content takes at `width` (reduce clamps scrolling with it).
    static func lineCount(_ step: Step?, _ e: AccountEvaluation, _ platform: Platform, _ state: AppState, width: Int) -> Int {
        guard width > 4 else { return 0 }
        return wrapped(content(step, e, platform, state, glyphs: Glyphs(unicode: state.unicode)), width: width).count
    }

    /// The furthest the pane scrolls: the last line shows on the last row.
    static func maxSkip(lineCount: Int, visible: Int) -> Int {
        max(0, lineCount - visible)
    }

    static func wrapped(_ lines: [Line], width: Int) -> [Line] {
        lines.flatMap { line in
            TextWidth.wrap(line.text, to: max(1, width - line.indent)).map {
                Line(text: $0, role: line.role, attributes: line.attributes, indent: line.indent)
            }
        }
    }

    static func content(_ step: Step?, _ e: AccountEvaluation, _ platform: Platform, _ state: AppState, glyphs: Glyphs) -> [Line] {
        var lines: [Line] = []
        let language = state.language
        if let step {
            lines.append(Line(text: step.title.text(in: language), role: .heading, attributes: .bold))
            if let detail = step.detail { lines.append(Line(text: detail.text(in: language))) }
            if let url = step.url {
                lines.append(Line(text: state.say("Link (o opens, y copies):", "Lien (o ouvre, y copie) :"), role: .dim))
                lines.append(Line(text: url, role: .link, attributes: .underline, indent: 2))
            }
            if !step.fields.isEmpty {
                lines.append(Line(text: state.say("The form asks for:", "Le formulaire demande :"), role: .dim))
                for field in step.fields { lines.append(Line(text: glyphs.bullet + " " + field.text(in: language), indent: 2)) }
            }
            if let state2 = e.steps[step.id], step.isLeaf {
                if let at = state2.doneAt {
                    lines.append(Line(text: state.say("Done ", "Fait le ") + Formatting.dayTime(at, state), role: .done))
                } else {
                    lines.append(Line(text: state.say("Not done yet (Space ticks it).", "Pas encore fait (Espace pour cocher)."), role: .todo))
                }
                if state2.changed {
                    lines.append(Line(text: state.say("The catalog changed this step since you ticked it: check it, then press m.",
                                                      "Le catalogue a changé cette étape depuis votre coche : vérifiez-la, puis appuyez sur m."), role: .warning))
                }
            }
            if let note = e.account.notes[step.id] {
                lines.append(Line(text: state.say("Note: ", "Note : ") + note, role: .accent))
            }
            let confidence = step.confidence ?? platform.confidence
            lines.append(Line(text: state.say("How sure: ", "Fiabilité : ") + CatalogWords.confidenceExplained(confidence, language),
                              role: confidence == .verified ? .dim : .warning))
            lines.append(Line(text: ""))
        }
        lines.append(Line(text: platform.name(in: language) + " " + glyphs.separator + " " + platform.vendor, role: .heading, attributes: .bold))
        lines.append(Line(text: platform.summary.text(in: language)))
        if !platform.jurisdictions.isEmpty {
            lines.append(Line(text: state.say("Where: ", "Où : ") + platform.jurisdictions.joined(separator: ", ")))
        }
        if let basis = platform.legalBasis { lines.append(Line(text: state.say("Legal basis: ", "Base légale : ") + basis.text(in: language))) }
        if let deadline = platform.deadline { lines.append(Line(text: state.say("Deadline: ", "Date limite : ") + deadline.description)) }
        lines.append(Line(text: state.say("Effect: ", "Effet : ") + CatalogWords.effect(platform.effect, language)))
        lines.append(Line(text: state.say("Last verified: ", "Vérifié le : ") + platform.lastVerified.description, role: .dim))
        if let statement = platform.statement {
            lines.append(Line(text: FactText.statementLabel(language) + state.say(": ", " : ") + FactText.statement(statement, language)))
        }
        if let contact = platform.contact {
            lines.append(Line(text: FactText.contactLabel(language) + state.say(": ", " : ") + FactText.contact(contact, language)))
        }
        lines.append(Line(text: state.say("Sources:", "Sources :"), role: .dim))
        for source in platform.sources {
            lines.append(Line(text: glyphs.bullet + " " + source.label, indent: 2))
            lines.append(Line(text: source.url, role: .link, indent: 4))
        }
        return lines
    }
}
