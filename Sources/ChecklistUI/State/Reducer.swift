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
            state.message = .init(state.text(.uiMessageReportSaved, ["path": path]))
        case .exportFailed(let message):
            state.message = .init(message, .error)
        case .exportExists(let choice, let path):
            state.message = nil
            state.modal = .confirmOverwrite(choice, path: path)
        case .linkOpened(let url):
            state.message = .init(state.text(.uiMessageOpenedInTheBrowser, ["url": url]))
        case .linkFailed(let url):
            state.message = .init(state.text(.uiMessageNoBrowserCouldBe, ["url": url]))
        case .copied(let url):
            state.message = .init(state.text(.uiMessageCopiedToTheTerminal, ["url": url]))
        case .letterDone(let outcome):
            LetterOutcomeWords.apply(outcome, &state)
        case .pathCompleted(let completion):
            EvidenceKeys.completed(completion, &state)
        case .attachFailed(let message):
            state.message = .init(message, .error)
        case .authoritiesLoaded(let authorities):
            state.authorities = authorities
            state.authoritiesLoaded = true
        case .clock(let now):
            state.setNow(now)
        }
        state.keepSelectionVisible()
        return effects
    }

    // MARK: Keys

    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        let view = state.view
        if let binding = state.bindings.binding(for: key, in: view) {
            // A new key replaces an old message, except the one this key produces.
            if binding.command != .help { state.message = nil }
            if let reason = binding.disabledReason(state) {
                state.message = .init(reason)
                return []
            }
            return perform(binding.command, key: key, in: view, &state)
        }
        if view.takesText {
            return type(key, &state)
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
        case .letter: return LetterKeys.perform(command, &state)
        case .tooSmall: return []
        default: return ModalKeys.perform(command, &state)
        }
    }

    /// Printable and editing keys in a view that takes text.
    static func type(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        switch state.modal {
        case .enterLabel(.attachPath, let field) where key == .tab:
            // Completing reads the folder: the run loop does it.
            return [.completePath(field.text)]
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
        return []
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
        if case .addAccount = change, origin == .user { state.openChecklist(outcome.account) }
        state.message = .init(ChangeWords.describe(change, outcome: outcome, origin: origin, state: state))
    }
}
