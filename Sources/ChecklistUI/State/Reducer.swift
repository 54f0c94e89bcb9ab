import ChecklistEngine
import Foundation

/// The one place state changes: an action in, effects out. No I/O happens here, so every
/// path is tested with plain values (bubbletea's update).
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [AppEffect] {
        var effects: [AppEffect] = []
        switch action {
        case .key(let key):
            effects = handle(key, &state)
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
        case .changeApplied(let change, let outcome, let progress, let origin):
            applied(change, outcome: outcome, progress: progress, origin: origin, &state)
        case .changeFailed(let error):
            state.message = .init(error.message(in: state.language), .error)
        case .progressReloaded(let progress):
            state.setProgress(progress)
            state.closeMissingAccount()
        case .exported(let path):
            state.message = .init(state.say("Report saved: \(path)", "Rapport enregistré : \(path)"))
        case .exportFailed(let message):
            state.message = .init(message, .error)
        case .exportExists(let choice, let path):
            state.message = nil
            state.modal = .confirmOverwrite(choice, path: path)
        case .linkOpened(let url):
            state.message = .init(state.say("Opened in the browser: \(url)", "Ouvert dans le navigateur : \(url)"))
        case .linkFailed(let url):
            state.message = .init(state.say("No browser could be opened; the link is: \(url)",
                                            "Aucun navigateur n'a pu s'ouvrir ; le lien est : \(url)"))
        case .copied(let url):
            state.message = .init(state.say("Copied to the terminal clipboard: \(url)",
                                            "Copié dans le presse-papiers du terminal : \(url)"))
        case .clock(let now):
            state.setNow(now)
        }
        state.keepSelectionVisible()
        return effects
    }

    // MARK: Keys

    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        let view = state.view
        if let command = Bindings.command(for: key, in: view) {
            // A new key replaces an old message, except the one this key produces.
            if command != .help { state.message = nil }
            return perform(command, key: key, in: view, &state)
        }
        if view.takesText {
            type(key, &state)
        }
        return []
    }

    static func perform(_ command: Command, key: Key, in view: ViewKind, _ state: inout AppState) -> [AppEffect] {
        switch command {
        case .quit:
            return [.quit]
        case .help:
            if case .help = state.modal { state.modal = nil } else { state.modal = .help(of: view, top: 0) }
            return []
        default:
            break
        }
        switch view {
        case .dashboard: return DashboardKeys.perform(command, &state)
        case .checklist: return ChecklistKeys.perform(command, key: key, &state)
        case .tooSmall: return []
        default: return ModalKeys.perform(command, &state)
        }
    }

    /// Printable and editing keys in a view that takes text.
    static func type(_ key: Key, _ state: inout AppState) {
        switch state.modal {
        case .choosePlatform(var picker):
            if picker.filter.handle(key) { picker.selected = 0; picker.top = 0 }
            state.modal = .choosePlatform(picker)
        case .enterLabel(let purpose, var field):
            _ = field.handle(key)
            state.modal = .enterLabel(purpose, field)
        case .search(var search):
            if search.query.handle(key) { search.selected = 0; search.top = 0 }
            state.modal = .search(search)
        case .editNote(let account, let step, var field):
            _ = field.handle(key)
            state.modal = .editNote(accountID: account, stepID: step, field)
        default:
            break
        }
    }

    // MARK: Changes

    /// The effect that saves a change, or a message when changes cannot be saved.
    static func change(_ change: ProgressChange, origin: ChangeOrigin = .user, _ state: inout AppState) -> [AppEffect] {
        if let reason = state.readOnlyReason {
            state.message = .init(reason, .error)
            return []
        }
        return [.apply(change, origin: origin)]
    }

    static func applied(_ change: ProgressChange, outcome: ChangeOutcome, progress: UserProgress, origin: ChangeOrigin, _ state: inout AppState) {
        state.setProgress(progress)
        if let inverse = outcome.inverse {
            switch origin {
            case .user:
                state.undoStack.append(inverse)
                state.redoStack.removeAll()
            case .undo:
                state.redoStack.append(inverse)
            case .redo:
                state.undoStack.append(inverse)
            }
            if state.undoStack.count > 200 { state.undoStack.removeFirst() }
        }
        state.closeMissingAccount()
        if case .addAccount = change, origin == .user {
            state.page = .checklist
            state.checklist = ChecklistState(accountID: outcome.account)
            if let index = state.evaluations.firstIndex(where: { $0.account.id == outcome.account }) {
                state.dashboard.selected = index
            }
        }
        state.message = .init(ChangeWords.describe(change, outcome: outcome, origin: origin, state: state))
    }
}

extension AppState {
    /// English or French, as the user reads.
    public func say(_ en: String, _ fr: String) -> String { language == .fr ? fr : en }

    /// An account that is gone (removed here or by another optout) cannot stay open, nor
    /// stay the subject of an open dialog.
    mutating func closeMissingAccount() {
        if let open = checklist?.accountID, progress.account(id: open) == nil {
            page = .dashboard
            checklist = nil
        }
        switch modal {
        case .confirmRemove(let id), .editNote(let id, _, _), .chooseCover(let id, _, _), .enterLabel(.relabel(let id), _):
            if progress.account(id: id) == nil { modal = nil }
        default:
            break
        }
    }

    /// Scrolls every list so its selection stays on screen, and clamps selections.
    mutating func keepSelectionVisible() {
        let count = evaluations.count
        dashboard.selected = min(max(0, dashboard.selected), max(0, count - 1))
        dashboard.top = Layout.scroll(top: dashboard.top, selected: dashboard.selected,
                                      visible: Layout.dashboardListRows(height: height).count, count: count)
        if var open = checklist, let platform = evaluation(ofAccount: open.accountID)?.platform {
            open.cacheRows(of: platform)
            let rows = open.rows(of: platform)
            if open.selectedStep.flatMap({ open.index(ofStep: $0, in: rows) }) == nil {
                open.selectedStep = rows.first?.step.id
            }
            open.top = Layout.scroll(top: open.top, selected: open.selectedIndex(in: rows),
                                     visible: Layout.treeRows(width: width, height: height).count, count: rows.count)
            checklist = open
        }
        let visible = Layout.pickerListRows(height: height)
        switch modal {
        case .choosePlatform(var picker):
            let choices = picker.choices(in: catalog, language: language)
            picker.selected = min(max(0, picker.selected), max(0, choices.count - 1))
            let rows = picker.rows(in: catalog, language: language)
            let rowIndex = PickerGeometry.rowIndex(ofChoice: picker.selected, in: rows)
            picker.top = Layout.scroll(top: picker.top, selected: rowIndex, visible: visible, count: rows.count)
            modal = .choosePlatform(picker)
        case .search(var search):
            let count = search.hits(in: self).count
            search.selected = min(max(0, search.selected), max(0, count - 1))
            search.top = Layout.scroll(top: search.top, selected: search.selected, visible: visible, count: count)
            modal = .search(search)
        default:
            break
        }
    }
}

/// Where the n-th choosable platform sits among the rows (vendor headings take rows too).
public enum PickerGeometry {
    public static func rowIndex(ofChoice choice: Int, in rows: [PlatformPicker.Row]) -> Int {
        var seen = -1
        for (index, row) in rows.enumerated() {
            if case .platform = row {
                seen += 1
                if seen == choice { return index }
            }
        }
        return 0
    }
}
