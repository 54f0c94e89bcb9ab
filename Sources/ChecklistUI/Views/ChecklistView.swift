import ChecklistEngine

/// One account's checklist: the step tree with tick boxes and dates, and a detail pane
/// beside it (wide), below it (tall), or instead of it when toggled (small).
enum ChecklistView {
    static func draw(_ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        guard let open = state.checklist, let evaluation = state.evaluation(ofAccount: open.accountID) else { return }
        let status = evaluation.status
        let right = status.symbol(unicode: state.unicode) + " " + status.label(in: state.language)
            + (evaluation.total > 0 ? "  \(evaluation.done)/\(evaluation.total)" : "")
        StatusBar.drawTitle("optout " + glyphs.separator + " " + Formatting.accountName(evaluation, glyphs: glyphs, language: state.language),
                            right: right, state, into: &screen, glyphs: glyphs)
        let frame = FrameLayout(state)
        guard let platform = evaluation.platform else {
            screen.paragraph(state.text(.uiChecklistThisPlatformIsNo),
                             x: 1, y: frame.body.lowerBound, width: screen.width - 2, maxRows: 3, role: .warning, glyphs: glyphs)
            return
        }
        let rows = open.rows(of: platform)
        let layout = ChecklistLayout(frame, treeRowCount: rows.count, showsDetail: open.showsDetail)
        drawHeading(evaluation, platform, state, into: &screen, y: layout.headingRow, glyphs: glyphs)
        let selectedIndex = open.selectedIndex(in: rows)
        let selectedStep = rows.indices.contains(selectedIndex) ? rows[selectedIndex].step : nil
        if layout.showsTree {
            // With no step, the summary stands where the tree would, above a pane that may
            // start right under the heading (small screens): it stops at the pane's rule.
            let treeRows = layout.treeRows.lowerBound..<min(layout.treeRows.upperBound, layout.detail?.divider ?? layout.treeRows.upperBound)
            drawTree(rows, open, evaluation, state, into: &screen, x: 0, rows: rows.isEmpty ? treeRows : layout.treeRows,
                     width: layout.treeWidth, glyphs: glyphs)
            if let rule = layout.verticalRule { for y in layout.treeRows { screen.put(glyphs.vertical, x: rule, y: y, role: .border) } }
        }
        guard let pane = layout.detail else { return }
        if let divider = pane.divider {
            for x in 0..<screen.width { screen.put(glyphs.horizontal, x: x, y: divider, role: .border) }
        }
        DetailPane.draw(DetailContent(selectedStep, evaluation, platform, state, width: pane.width), into: &screen, in: pane,
                        skip: open.detailTop, glyphs: glyphs)
    }

    /// Under the title: the platform's kind, how sure the steps are, and its timing.
    static func drawHeading(_ e: AccountEvaluation, _ platform: Platform, _ state: AppState, into screen: inout Screen, y: Int, glyphs: Glyphs) {
        var parts = [CatalogWords.kind(platform.kind, state.language), CatalogWords.confidence(platform.confidence, state.language)]
        if let timing = Formatting.timing(platform, state) { parts.append(timing) }
        if let cover = e.account.coveredBy { parts.insert(state.text(.uiDashboardCoveredBy, ["cover": cover]), at: 0) }
        if let reason = e.reviewReasons.first { parts.insert(reason.message(in: state.language), at: 0) }
        if let letters = e.letters.summary(in: state.language) { parts.insert(letters, at: 0) }
        let role: Role = e.status == .needsReview || e.letters.isOverdue ? .warning : .dim
        screen.put(TextWidth.truncate(parts.joined(separator: "  " + glyphs.separator + "  "), to: screen.width - 2, ellipsis: glyphs.ellipsis),
                   x: 1, y: y, role: role)
    }

    static func drawTree(_ rows: [ChecklistRow], _ open: ChecklistState, _ e: AccountEvaluation, _ state: AppState,
                         into screen: inout Screen, x: Int, rows area: Range<Int>, width: Int, glyphs: Glyphs) {
        if rows.isEmpty {
            screen.paragraph(e.platform?.summary.marked(in: state.language) ?? "", x: x + 1, y: area.lowerBound, width: width - 2,
                             maxRows: area.count, glyphs: glyphs)
            return
        }
        let selected = open.selectedIndex(in: rows)
        for (offset, y) in area.enumerated() {
            let index = open.top + offset
            guard rows.indices.contains(index) else { break }
            drawRow(rows[index], e, open, state, into: &screen, x: x, y: y, width: width, glyphs: glyphs)
            if index == selected { screen.paint(x: x, y: y, width: width, role: .selection, attributes: .bold) }
        }
    }

    static func drawRow(_ row: ChecklistRow, _ e: AccountEvaluation, _ open: ChecklistState, _ state: AppState,
                        into screen: inout Screen, x: Int, y: Int, width: Int, glyphs: Glyphs) {
        let step = row.step
        let stepState = e.steps[step.id]
        let done = stepState?.done ?? false
        var cursor = x + 1 + 2 * min(row.depth, 8)
        let marker = step.isLeaf ? " " : (open.collapsed.contains(step.id) ? glyphs.collapsed : glyphs.expanded)
        cursor += screen.put(marker + " ", x: cursor, y: y, role: .dim)
        let box = done ? glyphs.ticked : (step.isLeaf ? glyphs.unticked : partial(step, e, glyphs))
        cursor += screen.put(box + " ", x: cursor, y: y, role: done ? .done : .todo)
        // The date goes right; the title takes what is left.
        var suffix = ""
        if let at = stepState?.doneAt, step.isLeaf { suffix = Formatting.dayTime(at, state) }
        if e.account.notes[step.id] != nil { suffix = glyphs.note + (suffix.isEmpty ? "" : " " + suffix) }
        if stepState?.changed == true { suffix = "! " + suffix }
        let suffixWidth = TextWidth.of(suffix)
        let title = step.title.marked(in: state.language)
        var groupMarks = ""
        if step.anyOf { groupMarks += state.text(.uiChecklistOneOf) }
        if step.optional { groupMarks += state.text(.uiChecklistOptional) }
        let room = x + width - cursor - (suffixWidth > 0 ? suffixWidth + 2 : 1)
        // A long title gives way before its marker: "(optional)" must stay readable.
        let markerWidth = TextWidth.of(groupMarks)
        let shown = room >= markerWidth + 12
            ? TextWidth.truncate(title, to: room - markerWidth, ellipsis: glyphs.ellipsis) + groupMarks
            : TextWidth.truncate(title + groupMarks, to: max(0, room), ellipsis: glyphs.ellipsis)
        screen.put(shown, x: cursor, y: y, role: done ? .done : .text, maxWidth: max(0, room))
        if suffixWidth > 0, room > 4 {
            screen.put(suffix, x: x + width - suffixWidth - 1, y: y, role: stepState?.changed == true ? .warning : .dim)
        }
    }

    /// A parent with some children done shows it.
    static func partial(_ step: Step, _ e: AccountEvaluation, _ glyphs: Glyphs) -> String {
        // Walks the children in place: `flattened` would copy every step below on each frame.
        func anyDone(below step: Step) -> Bool {
            step.steps.contains { e.steps[$0.id]?.done == true || anyDone(below: $0) }
        }
        return anyDone(below: step) ? glyphs.partly : glyphs.unticked
    }
}
