import ChecklistApp
import ChecklistEngine
import Foundation
@testable import ChecklistUI

/// Drives the real `AppLoop` through a `ScriptedTerminal`, with a real `ProgressStore` on a
/// temporary file that starts with the state's progress: keys and resizes go through the
/// terminal, changes through the file at `clock`. Links are recorded, not opened (no browser
/// is found); reports are written in the temporary folder.
struct Harness {
    private var loop: AppLoop
    let terminal: ScriptedTerminal
    private let place: TemporaryPlace
    /// Every effect the loop ran, in order.
    var effects: [AppEffect] = []

    init(_ state: AppState, authorities: [Authority] = []) {
        let place = TemporaryPlace(clock: state.now)
        // Written plainly, not durably: a fixture, and hundreds of harnesses.
        try? ProgressCoding.encodeFile(state.progress).write(to: place.progressFile)
        terminal = ScriptedTerminal(width: state.width, height: state.height)
        loop = AppLoop(terminal: terminal, store: ProgressStore(url: place.progressFile), state: state,
                       outside: .init(clock: { place.clock }, exportFolder: place.folder,
                                      openLink: { place.openedLinks.append($0); return false }, authorities: { authorities },
                                      home: place.folder.path))
        self.place = place
    }

    init(width: Int = 80, height: Int = 24, language: Language = .en, progress: UserProgress? = nil, readOnly: String? = nil) {
        self.init(Fixtures.state(width: width, height: height, language: language, progress: progress, readOnly: readOnly))
    }

    /// The loop's state; tests may set it up directly.
    var state: AppState {
        get { loop.state }
        set { loop.state = newValue }
    }

    /// The time changes are applied at; tests move it forward.
    var clock: Date {
        get { place.clock }
        set { place.clock = newValue }
    }

    /// The progress file the loop saves to.
    var progressFile: URL { place.progressFile }

    /// Links the loop was asked to open.
    var openedLinks: [String] { place.openedLinks }

    /// The folder reports and letters are saved in.
    var folder: URL { place.folder }

    /// Sends one action and runs its effects; returns the effects it led to. Keys and resizes
    /// come from the terminal, as in the program; other actions go straight to the loop.
    @discardableResult
    mutating func send(_ action: Action) -> [AppEffect] {
        let produced: [AppEffect]
        switch action {
        case .key(let key): produced = step(.key(key))
        case .resize(let width, let height): produced = step(.resize(width: width, height: height))
        default: produced = loop.dispatch(action)
        }
        effects += produced
        return produced
    }

    private mutating func step(_ event: TerminalEvent) -> [AppEffect] {
        terminal.enqueue([event])
        return loop.step()
    }

    /// Presses keys in order; returns the effects of all of them.
    @discardableResult
    mutating func press(_ keys: Key...) -> [AppEffect] {
        keys.flatMap { send(.key($0)) }
    }

    /// Types text one character at a time.
    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    mutating func advance(_ seconds: TimeInterval) { clock.addTimeInterval(seconds) }

    var screen: Screen { Renderer.render(state) }

    /// The account `id` as the progress now holds it.
    func account(_ id: String) -> Account? { state.progress.account(id: id) }
}

/// A folder of its own for one harness, removed with it, and the clock its loop reads.
private final class TemporaryPlace {
    let folder: URL
    var clock: Date
    var openedLinks: [String] = []

    init(clock: Date) {
        folder = Self.base.appendingPathComponent("optout-harness-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.clock = clock
    }

    var progressFile: URL { folder.appendingPathComponent("progress.json") }

    /// Memory when there is some (`/dev/shm`): the tests make hundreds of these folders and
    /// save in them, and on a busy disk each file costs milliseconds.
    private static let base: URL = {
        var isFolder: ObjCBool = false
        let shm = "/dev/shm"
        if FileManager.default.fileExists(atPath: shm, isDirectory: &isFolder), isFolder.boolValue,
           FileManager.default.isWritableFile(atPath: shm) {
            return URL(fileURLWithPath: shm)
        }
        return FileManager.default.temporaryDirectory
    }()

    deinit { try? FileManager.default.removeItem(at: folder) }
}
