import ChecklistEngine
import ChecklistUI
import CursesTerminal
import Foundation

/// Events in, `reduce`, effects out, frame drawn: the only place where the pure state
/// meets the terminal and the file.
struct RunLoop {
    let terminal: CursesTerminal
    let store: ProgressStore
    let context: CommandContext
    var state: AppState
    /// What the file looked like when last read or written, to notice other processes.
    private var fileStamp: FileStamp?

    init(terminal: CursesTerminal, store: ProgressStore, context: CommandContext, state: AppState) {
        self.terminal = terminal
        self.store = store
        self.context = context
        self.state = state
        self.fileStamp = FileStamp(of: store.fileURL)
    }

    mutating func run() {
        dispatch(.clock(context.now))
        while !state.isQuitting {
            terminal.draw(Renderer.render(state))
            switch terminal.nextEvent(timeout: 1000) {
            case .key(let key): dispatch(.key(key))
            case .resize(let width, let height): dispatch(.resize(width: width, height: height))
            case .hangUp: return
            case .idle: idle()
            }
        }
    }

    /// Reduces an action, then runs the effects it asks for, feeding their results back.
    private mutating func dispatch(_ action: Action) {
        var pending = Reducer.reduce(&state, action)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if effect == .quit {
                state.isQuitting = true
                return
            }
            if let result = perform(effect) { pending += Reducer.reduce(&state, result) }
        }
    }

    /// Runs one effect; the action it returns goes back through `reduce`.
    private mutating func perform(_ effect: AppEffect) -> Action? {
        switch effect {
        case .apply(let change, let origin):
            do {
                let (progress, outcome) = try store.apply(change, catalog: state.catalog, at: context.now, purpose: "the full-screen view")
                fileStamp = FileStamp(of: store.fileURL)
                return .changeApplied(change, outcome: outcome, progress: progress, origin: origin)
            } catch {
                return .changeFailed(error)
            }
        case .export(let choice, let overwrite):
            return Exporter(context: context, catalog: state.catalog).export(state.progress, as: choice, overwrite: overwrite)
        case .openURL(let url):
            return LinkOpener.open(url) ? .linkOpened(url: url) : .linkFailed(url: url)
        case .copyToClipboard(let url):
            return terminal.copyToClipboard(url) ? .copied(url: url) : .linkFailed(url: url)
        case .quit:
            return nil
        }
    }

    /// Once a second without keys: follow the clock, and reload when another optout
    /// changed the file.
    private mutating func idle() {
        let now = context.now
        if Int(now.timeIntervalSince1970 / 60) != Int(state.now.timeIntervalSince1970 / 60) {
            dispatch(.clock(now))
        }
        let stamp = FileStamp(of: store.fileURL)
        guard stamp != fileStamp else { return }
        fileStamp = stamp
        do {
            dispatch(.progressReloaded(try store.load()))
        } catch {
            dispatch(.changeFailed(error))
        }
    }
}

/// Size and modification time: enough to notice another process's save.
struct FileStamp: Equatable {
    var size: UInt64
    var modified: Date

    init?(of url: URL) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        self.size = size.uint64Value
        self.modified = modified
    }
}
