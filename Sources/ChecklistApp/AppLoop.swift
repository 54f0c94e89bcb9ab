import ChecklistEngine
import ChecklistUI
import Foundation

/// Events in, `reduce`, effects out, frame drawn: the only place where the pure state
/// meets the terminal and the file. It knows the terminal only as a `TerminalDevice`, so
/// tests run it with a `ScriptedTerminal` and a real `ProgressStore`.
public struct AppLoop {
    public let terminal: any TerminalDevice
    public let store: ProgressStore
    public var state: AppState
    /// Whether the loop is over: quit, or the terminal hung up.
    public private(set) var hasEnded = false
    private let outside: Outside
    /// What the file looked like when last read or written, to notice other processes.
    private var fileStamp: FileStamp?

    /// What the loop takes from the world besides the terminal and the file, so tests can
    /// fix it.
    public struct Outside {
        /// The time of every change (`OPTOUT_NOW` in the program).
        public var clock: () -> Date
        /// Where the `e` key writes its report.
        public var exportFolder: URL
        /// Opens a link in a browser, or a `mailto:` link in the mail program; false when none could be opened.
        public var openLink: (String) -> Bool
        /// How long to wait for a key before an idle turn, in milliseconds.
        public var idleTimeout: Int
        /// The supervisory authorities, read when a letter first needs them.
        public var authorities: () -> [Authority]
        /// The home folder, for `~` in a typed path.
        public var home: String?

        public init(clock: @escaping () -> Date = Date.init,
                    exportFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                    openLink: @escaping (String) -> Bool = LinkOpener.open, idleTimeout: Int = 1000,
                    authorities: @escaping () -> [Authority] = { [] },
                    home: String? = ProcessInfo.processInfo.environment["HOME"]) {
            self.clock = clock
            self.exportFolder = exportFolder
            self.openLink = openLink
            self.idleTimeout = idleTimeout
            self.authorities = authorities
            self.home = home
        }
    }

    public init(terminal: any TerminalDevice, store: ProgressStore, state: AppState, outside: Outside = Outside()) {
        self.terminal = terminal
        self.store = store
        self.state = state
        self.outside = outside
        self.fileStamp = FileStamp(of: store.fileURL)
    }

    /// Runs until quit or hang-up.
    public mutating func run() {
        start()
        while !hasEnded { step() }
    }

    /// Follows the clock and draws the first frame.
    public mutating func start() {
        dispatch(.clock(outside.clock()))
        if !state.isQuitting { terminal.draw(Renderer.render(state)) }
    }

    /// Waits for one event, handles it and, unless the loop is now over, draws the frame that
    /// follows. Returns the effects the event led to.
    @discardableResult
    public mutating func step() -> [AppEffect] {
        guard !hasEnded else { return [] }
        var effects: [AppEffect] = []
        switch terminal.nextEvent(timeout: outside.idleTimeout) {
        case .key(let key): effects = dispatch(.key(key))
        case .resize(let width, let height): effects = dispatch(.resize(width: width, height: height))
        case .idle: effects = idle()
        case .hangUp: hasEnded = true
        }
        if state.isQuitting { hasEnded = true }
        if !hasEnded { terminal.draw(Renderer.render(state)) }
        return effects
    }

    /// Reduces an action, then runs the effects it asks for, feeding their results back.
    /// Returns every effect, in the order run.
    @discardableResult
    public mutating func dispatch(_ action: Action) -> [AppEffect] {
        var pending = Reducer.reduce(&state, action)
        var done: [AppEffect] = []
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            done.append(effect)
            if let result = perform(effect) { pending += Reducer.reduce(&state, result) }
        }
        return done
    }

    /// Runs one effect; the action it returns goes back through `reduce`.
    private mutating func perform(_ effect: AppEffect) -> Action? {
        switch effect {
        case .apply(let change, let origin):
            do {
                let (progress, outcome) = try store.apply(change, catalog: state.catalog, at: outside.clock(), timeZone: state.timeZone,
                                                          purpose: "the full-screen view")
                fileStamp = FileStamp(of: store.fileURL)
                return .changeApplied(change, outcome: outcome, progress: progress, origin: origin)
            } catch {
                return .changeFailed(error)
            }
        case .export(let format, let overwrite):
            let exporter = Exporter(folder: outside.exportFolder, catalog: state.catalog, now: outside.clock(), language: state.language,
                                    evidence: EvidenceStore(beside: store))
            return exporter.export(state.progress, as: format, overwrite: overwrite)
        case .openURL(let url):
            return outside.openLink(url) ? .linkOpened(url: url) : .linkFailed(url: url)
        case .copyToClipboard(let url):
            return terminal.copyToClipboard(url) ? .copied(url: url) : .linkFailed(url: url)
        case .letter(.copy(let text)):
            return .letterDone(terminal.copyToClipboard(text) ? .copied : .notCopied)
        case .letter(.save(let text, let name, let overwrite)):
            return .letterDone(LetterSaver(folder: outside.exportFolder, language: state.language).save(text, name: name, overwrite: overwrite))
        case .letter(.openMail(let url)):
            return .letterDone(outside.openLink(url) ? .mailOpened : .noMailProgram)
        case .completePath(let typed):
            return .pathCompleted(PathCompleter(home: outside.home).complete(typed))
        case .attach(let account, let step, let path):
            return attach(PathCompleter(home: outside.home).expand(path), account: account, step: step)
        case .loadAuthorities:
            return .authoritiesLoaded(outside.authorities())
        case .quit:
            // The one place quitting happens; every save is already done.
            state.isQuitting = true
            return nil
        }
    }

    /// The `A` key's file: into the evidence folder beside the progress file, then on the step,
    /// as `optout attach` does it.
    private mutating func attach(_ path: String, account: String, step: String) -> Action {
        do throws(AttachFailure) {
            let done = try store.attach(path, account: account, step: step, note: nil, tick: false, into: EvidenceStore(beside: store),
                                        catalog: state.catalog, at: outside.clock(), timeZone: state.timeZone, purpose: "the full-screen view")
            fileStamp = FileStamp(of: store.fileURL)
            return .changeApplied(.attach(account: account, step: step, evidence: done.evidence, tickAt: nil, note: nil),
                                  outcome: done.outcome, progress: done.progress, origin: .user)
        } catch {
            switch error {
            case .progress(let error): return .changeFailed(error)
            case .evidence(let error): return .attachFailed(message: error.message(in: state.language))
            }
        }
    }

    /// A quiet moment: follow the clock, and reload when another optout changed the file.
    private mutating func idle() -> [AppEffect] {
        var effects: [AppEffect] = []
        let now = outside.clock()
        if Int(now.timeIntervalSince1970 / 60) != Int(state.now.timeIntervalSince1970 / 60) {
            effects += dispatch(.clock(now))
        }
        let stamp = FileStamp(of: store.fileURL)
        guard stamp != fileStamp else { return effects }
        fileStamp = stamp
        do {
            effects += dispatch(.progressReloaded(try store.load()))
        } catch {
            effects += dispatch(.changeFailed(error))
        }
        return effects
    }
}
