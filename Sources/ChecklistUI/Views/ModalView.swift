import ChecklistEngine

/// Overlays drawn in a frame over the page: pickers, text fields, confirmation, help.
enum ModalView {
    static func draw(_ modal: Modal, _ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        let across = ModalFrame(screenWidth: screen.width)
        let x = across.x, width = across.width
        switch modal {
        case .choosePlatform(let picker):
            drawPlatformPicker(picker, state, into: &screen, glyphs: glyphs)
        case .enterLabel(let purpose, let field):
            let title: String
            let prompt: String
            switch purpose {
            case .newAccount(let platform):
                let name = state.catalog.platform(id: platform)?.name(in: state.language) ?? platform
                title = state.text(.uiModalAdd, ["name": name])
                let enter = state.keyName(.open, in: .enterLabel)
                prompt = state.text(.uiModalALabelToTell, ["enter": enter])
            case .relabel:
                title = state.text(.uiModalRenameTheAccount)
                let enter = state.keyName(.open, in: .enterLabel)
                prompt = state.text(.uiModalTheNewLabelEmpty, ["enter": enter])
            case .holder:
                title = state.text(.uiModalHolderTitle)
                prompt = state.text(.uiModalHolderPrompt, ["enter": state.keyName(.open, in: .enterLabel)])
            case .identifier(let account):
                let name = state.evaluation(ofAccount: account)?.platform?.name(in: state.language) ?? account
                title = state.text(.uiModalIdentifierTitle, ["name": name])
                prompt = state.text(.uiModalIdentifierPrompt, ["enter": state.keyName(.open, in: .enterLabel)])
            case .attachPath(let account, let step):
                let name = state.evaluation(ofAccount: account)?.platform?.step(id: step)?.title.marked(in: state.language) ?? step
                title = state.text(.uiModalAttachTitle, ["step": name])
                prompt = state.text(.uiModalAttachPrompt, ["enter": state.keyName(.open, in: .enterLabel)])
            case .letterDay(_, let kind):
                title = state.text(.uiModalLetterDayTitle, ["kind": kind.name(in: state.language)])
                prompt = state.text(.uiModalLetterDayPrompt, ["enter": state.keyName(.open, in: .enterLabel)])
            }
            drawField(title: title, prompt: prompt, field: field, state, into: &screen, x: x, width: width, glyphs: glyphs)
        case .editNote(_, _, let field):
            let enter = state.keyName(.open, in: .editNote)
            drawField(title: state.text(.uiModalNoteOnThisStep),
                      prompt: state.text(.uiModalForExampleConfirmationEmail, ["enter": enter]),
                      field: field, state, into: &screen, x: x, width: width, glyphs: glyphs)
        case .help(let view, let top):
            drawHelp(HelpLayout(of: view, state), top: top, state, into: &screen, glyphs: glyphs)
        case .search(let search):
            drawSearch(search, state, into: &screen, glyphs: glyphs)
        case .confirmRemove(let account):
            let name = state.evaluation(ofAccount: account).map { Formatting.accountName($0, glyphs: glyphs, language: state.language) } ?? account
            let undo = state.keyName(.undo, in: .dashboard)
            drawConfirm(title: state.text(.uiModalRemoveAccount),
                        text: state.text(.uiModalRemoveItsTicksLeave, ["name": name, "undo": undo]),
                        state, into: &screen, x: x, width: width, glyphs: glyphs)
        case .confirmOverwrite(_, let path):
            drawConfirm(title: state.text(.uiModalReplaceTheReport),
                        text: state.text(.uiModalAlreadyExistsReplaceIt, ["path": path]),
                        state, into: &screen, x: x, width: width, glyphs: glyphs)
        case .confirmLetterOverwrite(_, _, let path):
            drawConfirm(title: state.text(.uiModalReplaceTheLetter),
                        text: state.text(.uiModalAlreadyExistsReplaceIt, ["path": path]),
                        state, into: &screen, x: x, width: width, glyphs: glyphs)
        case .chooseExport(let selected):
            let options = ExportFormat.allCases.map { $0.label(in: state.language) }
            drawChoices(title: state.text(.uiModalExportAReport),
                        intro: state.text(.uiModalTheFileGoesTo),
                        options: options, selected: selected, state, into: &screen, x: x, width: width, glyphs: glyphs)
        case .chooseCover(let account, let choices, let selected):
            let options = choices.map { choice -> String in
                guard let choice else { return state.text(.uiModalNotCoveredItNeeds) }
                return state.evaluation(ofAccount: choice).map { Formatting.accountName($0, glyphs: glyphs, language: state.language) + " (\(choice))" } ?? choice
            }
            let name = state.evaluation(ofAccount: account).map { Formatting.accountName($0, glyphs: glyphs, language: state.language) } ?? account
            drawChoices(title: state.text(.uiModalCoveredByALinked),
                        intro: state.text(.uiModalWhetherOneObjectionCovers, ["name": name]),
                        options: options, selected: selected, state, into: &screen, x: x, width: width, glyphs: glyphs)
        }
    }

    static func drawConfirm(title: String, text: String, _ state: AppState, into screen: inout Screen, x: Int, width: Int, glyphs: Glyphs) {
        let lines = TextWidth.wrap(text, to: width - 4)
        let height = max(3, min(screen.height - 4, lines.count + 4))
        let y = max(1, (screen.height - height) / 2)
        screen.box(x: x, y: y, width: width, height: height, title: title, glyphs: glyphs)
        for (offset, line) in lines.prefix(max(0, height - 4)).enumerated() { screen.put(line, x: x + 2, y: y + 1 + offset) }
        screen.put(state.keyHints([.confirm, .cancel], in: .confirm), x: x + 2, y: y + height - 2, role: .accent, attributes: .bold)
    }

    static func drawPlatformPicker(_ picker: PlatformPicker, _ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        let layout = PickerLayout(width: screen.width, height: screen.height)
        let x = layout.across.x, width = layout.across.width, y = layout.y
        screen.box(x: x, y: y, width: width, height: layout.height, title: state.text(.uiModalAddAnAccount), glyphs: glyphs)
        let prompt = state.text(.uiModalPlatform)
        let used = screen.put(prompt, x: x + 2, y: layout.inputRow, role: .dim)
        drawInput(picker.filter, x: x + 2 + used, y: layout.inputRow, width: width - 4 - used, glyphs: glyphs, into: &screen)
        let rows = picker.rows(in: state.catalog, language: state.language)
        let visible = layout.listRows
        if rows.isEmpty {
            screen.put(state.text(.uiModalNoPlatformMatches), x: x + 2, y: visible.lowerBound, role: .warning)
            return
        }
        let selectedRow = PickerLayout.rowIndex(ofChoice: picker.selected, in: rows)
        for (offset, rowY) in visible.enumerated() {
            let index = picker.top + offset
            guard rows.indices.contains(index) else { break }
            switch rows[index] {
            case .vendor(let vendor):
                screen.put(vendor, x: x + 2, y: rowY, role: .heading, attributes: .bold, maxWidth: width - 4)
            case .platform(let platform):
                let kind = CatalogWords.kind(platform.kind, state.language)
                let name = platform.name(in: state.language) + "  "
                let used = screen.put(name, x: x + 4, y: rowY, maxWidth: width - 6)
                screen.put(TextWidth.truncate(kind, to: max(0, width - 6 - used), ellipsis: glyphs.ellipsis), x: x + 4 + used, y: rowY, role: .dim)
                if index == selectedRow { screen.paint(x: x + 1, y: rowY, width: width - 2, role: .selection, attributes: .bold) }
            }
        }
    }

    static func drawField(title: String, prompt: String, field: TextField, _ state: AppState, into screen: inout Screen,
                          x: Int, width: Int, glyphs: Glyphs) {
        let promptLines = TextWidth.wrap(prompt, to: width - 4)
        let height = min(screen.height - 2, promptLines.count + 5)
        let y = max(1, (screen.height - height) / 2)
        screen.box(x: x, y: y, width: width, height: height, title: title, glyphs: glyphs)
        for (offset, line) in promptLines.prefix(max(0, height - 5)).enumerated() { screen.put(line, x: x + 2, y: y + 1 + offset, role: .dim) }
        drawInput(field, x: x + 2, y: y + height - 3, width: width - 4, glyphs: glyphs, into: &screen)
    }

    /// A text field with a visible cursor (the terminal cursor stays hidden).
    static func drawInput(_ field: TextField, x: Int, y: Int, width: Int, glyphs: Glyphs, into screen: inout Screen) {
        guard width > 2 else { return }
        let before = String(field.text.prefix(field.cursor))
        // Scroll so the cursor stays in view; the ellipsis says the text goes on to the left.
        var shownStart = before
        if TextWidth.of(before) > width - 2 {
            let room = width - 2 - TextWidth.of(glyphs.ellipsis)
            while TextWidth.of(shownStart) > room, !shownStart.isEmpty { shownStart.removeFirst() }
            shownStart = glyphs.ellipsis + shownStart
        }
        let after = String(field.text.dropFirst(field.cursor))
        screen.fill(x: x, y: y, width: width, height: 1, role: .selection)
        let used = screen.put(shownStart, x: x, y: y, role: .selection, maxWidth: width)
        let cursorChar = after.first.map(String.init) ?? " "
        screen.put(cursorChar, x: x + used, y: y, role: .selection, attributes: [.reverse, .underline])
        let rest = String(after.dropFirst())
        let cursorWidth = max(1, TextWidth.of(cursorChar))
        // And to the right.
        screen.put(TextWidth.truncate(rest, to: max(0, width - used - cursorWidth), ellipsis: glyphs.ellipsis),
                   x: x + used + cursorWidth, y: y, role: .selection)
    }

    static func drawChoices(title: String, intro: String, options: [String], selected: Int, _ state: AppState,
                            into screen: inout Screen, x: Int, width: Int, glyphs: Glyphs) {
        let introLines = TextWidth.wrap(intro, to: width - 4)
        let height = min(screen.height - 2, introLines.count + options.count + 4)
        let y = max(1, (screen.height - height) / 2)
        screen.box(x: x, y: y, width: width, height: height, title: title, glyphs: glyphs)
        let introRows = max(0, min(introLines.count, height - 3 - options.count))
        for (offset, line) in introLines.prefix(introRows).enumerated() { screen.put(line, x: x + 2, y: y + 1 + offset, role: .dim) }
        let first = y + 1 + introRows + (introRows > 0 ? 1 : 0)
        for (index, option) in options.enumerated() where first + index < y + height - 1 {
            screen.put(TextWidth.truncate(option, to: width - 6, ellipsis: glyphs.ellipsis), x: x + 4, y: first + index)
            if index == selected {
                screen.put(glyphs.pointer, x: x + 2, y: first + index, role: .selection)
                screen.paint(x: x + 1, y: first + index, width: width - 2, role: .selection, attributes: .bold)
            }
        }
    }

    static func drawHelp(_ layout: HelpLayout, top: Int, _ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        let x = layout.across.x, width = layout.across.width
        let close = state.keyName(.back, in: .help, preferring: .escape)
        screen.box(x: x, y: layout.y, width: width, height: layout.height,
                   title: state.text(.uiModalKeysCloses, ["close": close]), glyphs: glyphs)
        let lines = layout.lines
        let keyWidth = min(22, (lines.map { TextWidth.of($0.keys) }.max() ?? 8) + 2)
        for (offset, rowY) in layout.textRows.enumerated() {
            let index = top + offset
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            if line.keys.isEmpty, line.role != .text {
                // The whole of a message the status line had to shorten.
                screen.put(line.text, x: x + 2, y: rowY, role: line.role, maxWidth: width - 4)
                continue
            }
            screen.put(TextWidth.truncate(line.keys, to: keyWidth - 1, ellipsis: glyphs.ellipsis), x: x + 2, y: rowY,
                       role: line.role == .text ? .accent : line.role, attributes: .bold)
            screen.put(TextWidth.truncate(line.text, to: max(0, width - keyWidth - 4), ellipsis: glyphs.ellipsis), x: x + 2 + keyWidth, y: rowY)
        }
    }

    static func drawSearch(_ search: SearchState, _ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        let layout = PickerLayout(width: screen.width, height: screen.height)
        let x = layout.across.x, width = layout.across.width
        screen.box(x: x, y: layout.y, width: width, height: layout.height, title: state.text(.uiModalSearch), glyphs: glyphs)
        let used = screen.put("/ ", x: x + 2, y: layout.inputRow, role: .dim)
        drawInput(search.query, x: x + 2 + used, y: layout.inputRow, width: width - 4 - used, glyphs: glyphs, into: &screen)
        let hits = search.hits(in: state)
        let visible = layout.listRows
        if hits.isEmpty {
            let text = search.query.text.isEmpty
                ? state.text(.uiModalTypeToSearchAccounts)
                : state.text(.uiModalNothingFound)
            screen.put(text, x: x + 2, y: visible.lowerBound, role: .dim, maxWidth: width - 4)
            return
        }
        for (offset, rowY) in visible.enumerated() {
            let index = search.top + offset
            guard hits.indices.contains(index) else { break }
            let hit = hits[index]
            let used = screen.put(TextWidth.truncate(hit.text, to: (width - 6) * 3 / 5, ellipsis: glyphs.ellipsis), x: x + 2, y: rowY)
            screen.put(TextWidth.truncate("  " + hit.context, to: max(0, width - 4 - used), ellipsis: glyphs.ellipsis),
                       x: x + 2 + used, y: rowY, role: .dim)
            if index == search.selected { screen.paint(x: x + 1, y: rowY, width: width - 2, role: .selection, attributes: .bold) }
        }
    }
}
