import ChecklistEngine

/// Keys in overlays: pickers, text fields, the confirmation and help.
enum ModalKeys {
    static func perform(_ command: Command, _ state: inout AppState) -> [AppEffect] {
        let page = Layout.modalListRows(height: state.height)
        let pickerPage = PickerLayout(width: state.width, height: state.height).listRows.count
        switch state.modal {
        case .choosePlatform(var picker):
            let choices = picker.choices(in: state.catalog, language: state.language)
            if let selected = ListMove.apply(command, selected: picker.selected, count: choices.count, page: pickerPage) {
                picker.selected = selected
                state.modal = .choosePlatform(picker)
            } else if command == .open {
                guard choices.indices.contains(picker.selected) else {
                    state.message = .init(state.text(.uiMessageNoPlatformMatchesChange))
                    return []
                }
                state.modal = .enterLabel(.newAccount(platform: choices[picker.selected].id), TextField(limit: UserProgress.maximumLabelLength))
            } else if command == .back {
                state.modal = nil
            }

        case .enterLabel(let purpose, let field):
            if command == .open {
                switch purpose {
                case .newAccount(let platform):
                    state.modal = nil
                    return Reducer.change(.addAccount(platform: platform, label: field.text), &state)
                case .relabel(let account):
                    state.modal = nil
                    return Reducer.change(.relabel(account: account, label: field.text), &state)
                case .attachPath(let account, let step):
                    return EvidenceKeys.entered(account: account, step: step, field, &state)
                case .holder, .identifier, .letterDay:
                    // It says what comes next: the identifier after the holder, or the day again when unreadable.
                    return LetterDetails.entered(purpose, field, &state)
                }
            } else if command == .back {
                if case .newAccount = purpose { state.modal = .choosePlatform(PlatformPicker()) } else { state.modal = nil }
            }

        case .help(let of, let top):
            // `top` moves until the last line shows at the bottom of the frame.
            let help = HelpLayout(of: of, state)
            if let moved = ListMove.apply(command, selected: top, count: help.lastTop + 1, page: help.textRows.count) {
                state.modal = .help(of: of, top: moved)
            } else if command == .back {
                state.modal = nil
            }

        case .search(var search):
            let hits = search.hits(in: state)
            if let selected = ListMove.apply(command, selected: search.selected, count: hits.count, page: pickerPage) {
                search.selected = selected
                state.modal = .search(search)
            } else if command == .open {
                guard hits.indices.contains(search.selected) else { return [] }
                let hit = hits[search.selected]
                state.modal = nil
                state.openChecklist(hit.accountID, at: hit.stepID)
            } else if command == .back {
                state.modal = nil
            }

        case .confirmRemove(let account):
            state.modal = nil
            if command == .confirm { return Reducer.change(.removeAccount(account: account), &state) }

        case .confirmOverwrite(let choice, _):
            state.modal = nil
            if command == .confirm { return [.export(choice, overwrite: true)] }

        case .confirmLetterOverwrite(let text, let name, _):
            state.modal = nil
            if command == .confirm { return [.letter(.save(text, name: name, overwrite: true))] }

        case .editNote(let account, let step, let field):
            if command == .open {
                state.modal = nil
                return Reducer.change(.setNote(account: account, step: step, note: field.text), &state)
            } else if command == .back {
                state.modal = nil
            }

        case .chooseExport(let selected):
            let formats = ExportFormat.allCases
            if let moved = ListMove.apply(command, selected: selected, count: formats.count, page: page) {
                state.modal = .chooseExport(selected: moved)
            } else if command == .open, formats.indices.contains(selected) {
                state.modal = nil
                let ellipsis = state.glyphs.ellipsis
                state.message = .init(state.text(.uiMessageWritingTheReport, ["ellipsis": ellipsis]))
                return [.export(formats[selected], overwrite: false)]
            } else if command == .back {
                state.modal = nil
            }

        case .chooseCover(let account, let choices, let selected):
            if let moved = ListMove.apply(command, selected: selected, count: choices.count, page: page) {
                state.modal = .chooseCover(accountID: account, choices: choices, selected: moved)
            } else if command == .open, choices.indices.contains(selected) {
                state.modal = nil
                let current = state.progress.account(id: account)?.coveredBy
                guard choices[selected] != current else { return [] }
                return Reducer.change(.setCoveredBy(account: account, coveredBy: choices[selected]), &state)
            } else if command == .back {
                state.modal = nil
            }

        case nil:
            break
        }
        return []
    }
}
