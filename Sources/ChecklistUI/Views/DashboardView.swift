import ChecklistEngine

/// The first screen: every account with its status (a word and a symbol), progress and
/// last change; a summary line on top.
enum DashboardView {
    static func draw(_ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        let summary = StatusText(language: state.language, unicode: state.unicode).summaryLine(state.evaluations)
        StatusBar.drawTitle("optout", right: state.evaluations.isEmpty ? "" : summary, state, into: &screen, glyphs: glyphs)
        let layout = DashboardLayout(FrameLayout(state))
        guard !state.evaluations.isEmpty else {
            drawWelcome(state, into: &screen, body: layout.frame.body, glyphs: glyphs)
            return
        }
        let columns = Columns(width: screen.width, language: state.language, statuses: state.evaluations.map(\.status),
                              dateWidth: state.dates.shortDayWidth)
        drawHeadings(columns, state, into: &screen, y: layout.headingRow)
        let rows = state.dashboardRows.rows
        for (offset, y) in layout.listRows.enumerated() {
            let position = state.dashboard.top + offset
            guard rows.indices.contains(position) else { break }
            switch rows[position] {
            case .holder(let holder, let accounts):
                drawHolder(holder, accounts: accounts, state, into: &screen, y: y, glyphs: glyphs)
            case .account(let index):
                guard state.evaluations.indices.contains(index) else { continue }
                drawRow(state.evaluations[index], selected: index == state.dashboard.selected, columns: columns, y: y,
                        hintRow: layout.hintRow, state, into: &screen, glyphs: glyphs)
            }
        }
    }

    /// A holder's heading: their name and their own summary ("Marie Dupont: 3 of 5 accounts opted out").
    static func drawHolder(_ holder: String?, accounts: Range<Int>, _ state: AppState, into screen: inout Screen, y: Int, glyphs: Glyphs) {
        let name = holder ?? state.text(.uiDashboardNoHolder)
        let group = accounts.clamped(to: state.evaluations.indices).map { state.evaluations[$0] }
        let summary = StatusText(language: state.language, unicode: state.unicode).summaryLine(group)
        let text = state.text(.uiDashboardHolderGroup, ["holder": name, "summary": summary])
        screen.put(TextWidth.truncate(text, to: screen.width - 2, ellipsis: glyphs.ellipsis), x: 1, y: y, role: .accent, attributes: .bold)
    }

    /// Which columns fit: the status word from 60 columns, the bar and date from 80.
    struct Columns {
        var status: Int
        var showsWord: Bool
        var bar: Int
        var count = 7
        var date: Int
        var name: Int

        /// The status column fits the longest status word shown; "says it does not train" is
        /// long, and takes room from the names only when some account has it.
        init(width: Int, language: Language, statuses: [AccountStatus], dateWidth: Int) {
            showsWord = width >= 60
            let shown = AccountStatus.allCases.filter { $0 != .notTrained || statuses.contains(.notTrained) }
            let longestWord = shown.map { TextWidth.of($0.label(in: language)) }.max() ?? 12
            status = showsWord ? 2 + longestWord + 2 : 3
            bar = width >= 80 ? 12 : 0
            date = width >= 80 ? max(12, dateWidth + 1) : 0
            name = max(8, width - 2 - status - (bar > 0 ? bar + 1 : 0) - count - date)
        }
    }

    static func drawHeadings(_ c: Columns, _ state: AppState, into screen: inout Screen, y: Int) {
        var x = 1
        screen.put(c.showsWord ? state.text(.uiDashboardStatus) : "", x: x, y: y, role: .dim, attributes: .bold)
        x += c.status
        screen.put(state.text(.uiDashboardAccount), x: x, y: y, role: .dim, attributes: .bold, maxWidth: c.name)
        x += c.name
        if c.bar > 0 {
            screen.put(state.text(.uiDashboardProgress), x: x, y: y, role: .dim, attributes: .bold)
            x += c.bar + 1
        }
        x += c.count
        if c.date > 0 { screen.put(state.text(.uiDashboardChanged), x: x, y: y, role: .dim, attributes: .bold) }
    }

    static func drawRow(_ e: AccountEvaluation, selected: Bool, columns c: Columns, y: Int, hintRow: Int, _ state: AppState,
                        into screen: inout Screen, glyphs: Glyphs) {
        let role = StatusStyle.role(of: e.status)
        var x = 1
        let word = c.showsWord ? " " + e.status.label(in: state.language) : ""
        screen.put(e.status.symbol(unicode: state.unicode) + word, x: x, y: y, role: role, maxWidth: c.status - 1)
        x += c.status
        screen.put(TextWidth.truncate(Formatting.accountName(e, glyphs: glyphs, language: state.language), to: c.name - 1, ellipsis: glyphs.ellipsis),
                   x: x, y: y, maxWidth: c.name - 1)
        x += c.name
        if c.bar > 0 {
            screen.bar(done: e.done, total: e.total, x: x, y: y, width: c.bar, glyphs: glyphs)
            x += c.bar + 1
        }
        if e.total > 0 { screen.put("\(e.done)/\(e.total)", x: x, y: y, role: .dim) }
        x += c.count
        if c.date > 0, let date = e.lastChange { screen.put(Formatting.day(date, state), x: x, y: y, role: .dim) }
        if selected { screen.paint(x: 0, y: y, width: screen.width, role: .selection, attributes: .bold) }
        if selected, let platform = e.platform { drawHint(e, platform, state, into: &screen, y: hintRow, glyphs: glyphs) }
    }

    /// Under the list: the selected account's letters, deadline, effect and why it needs review.
    static func drawHint(_ e: AccountEvaluation, _ platform: Platform, _ state: AppState, into screen: inout Screen, y: Int, glyphs: Glyphs) {
        var parts: [String] = []
        if let letters = e.letters.summary(in: state.language) { parts.append(letters) }
        if let reason = e.reviewReasons.first { parts.append(reason.message(in: state.language)) }
        if let cover = e.account.coveredBy { parts.append(state.text(.uiDashboardCoveredBy, ["cover": cover])) }
        if let timing = Formatting.timing(platform, state) { parts.append(platform.name(in: state.language) + state.text(.uiDashboardNameSeparator) + timing) }
        guard !parts.isEmpty else { return }
        screen.put(TextWidth.truncate(parts.joined(separator: "  " + glyphs.separator + "  "), to: screen.width - 2, ellipsis: glyphs.ellipsis),
                   x: 1, y: y, role: e.status == .needsReview || e.letters.isOverdue ? .warning : .dim)
    }

    static func drawWelcome(_ state: AppState, into screen: inout Screen, body: Range<Int>, glyphs: Glyphs) {
        let width = max(10, min(screen.width - 4, 76))
        let x = max(1, (screen.width - width) / 2)
        var y = body.lowerBound + 1
        let room = body.upperBound - y
        y += screen.paragraph(state.text(.uiDashboardOptoutWalksYouThrough),
            x: x, y: y, width: width, maxRows: max(1, room - 2), glyphs: glyphs)
        y += 1
        let add = state.keyName(.addAccount, in: .dashboard)
        screen.paragraph(state.text(.uiDashboardPressToAddYour, ["add": add, "ellipsis": glyphs.ellipsis]),
                         x: x, y: y, width: width, maxRows: max(0, body.upperBound - y),
                         role: .accent, attributes: .bold, glyphs: glyphs)
    }
}
