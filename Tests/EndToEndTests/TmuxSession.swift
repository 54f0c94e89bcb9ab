import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real optout in a real terminal: tmux runs it on a private server (`-L`), tests send
/// keys and poll the screen until the expected text appears (never a fixed long sleep).
final class TmuxSession {
    let socket: String
    let name = "optout"
    let folder: URL

    /// Starts `optout arguments` with exactly `environment` (plus PATH), in a `width`x`height` terminal.
    convenience init(arguments: [String], environment: [String: String], width: Int = 80, height: Int = 24, folder: URL) throws {
        let binary = try #require(OptOutBinary.url, "the optout binary is built beside the tests").path
        try self.init(command: [binary] + arguments, environment: environment, width: width, height: height, folder: folder)
    }

    /// Starts `command` (a program and its arguments) with exactly `environment` (plus PATH).
    init(command program: [String], environment: [String: String], width: Int = 80, height: Int = 24, folder: URL) throws {
        self.folder = folder
        socket = "optout-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        let config = folder.appendingPathComponent("tmux.conf")
        try "set -g remain-on-exit on\nset -g status off\nset -g default-terminal tmux-256color\n".write(to: config, atomically: true, encoding: .utf8)
        var env = ["PATH=/usr/bin:/bin", "SWIFT_BACKTRACE=interactive=no"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { env.append("\(key)=\(value)") }
        let command = ["env", "-i"] + env + program
        // The server forks from this command and would hold a captured pipe open: no capture.
        try tmux(capture: false, ["-f", config.path, "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "-c", folder.path, "--"] + command)
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Keys by tmux name (`Down`, `Space`, `Escape`, `C-c`) or literal characters.
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text; with `escapes`, colours and attributes as SGR sequences.
    func screen(escapes: Bool = false, history: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []) + (history ? ["-S", "-100"] : []))
    }

    /// A tmux format of the pane (`#{pane_pid}`, `#{alternate_on}`, `#{pane_title}`).
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process tmux started in the pane (optout itself: `env` execs it).
    var pid: Int32? { (try? display("#{pane_pid}")).flatMap { Int32($0) } }

    /// Ends the tmux server of this session (its own socket only): the pane's terminal hangs up.
    func killServer() { _ = try? tmux(["kill-server"]) }

    var hasExited: Bool {
        (try? tmux(["display-message", "-p", "-t", name, "#{pane_dead}"]))?.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Polls until `text` is on screen; fails with the last screen after `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil(seconds: seconds, describing: "'\(text)'", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(seconds: Double = 15, describing: String, sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(30_000)
        }
        Issue.record("Timed out waiting for \(describing). Screen was:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxError.timeout
    }

    func waitForExit(seconds: Double = 10) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if hasExited { return }
            usleep(30_000)
        }
        Issue.record("optout did not exit. Screen was:\n\((try? screen()) ?? "")")
        throw TmuxError.timeout
    }

    @discardableResult
    private func tmux(capture: Bool = true, _ arguments: [String]) throws -> String {
        if !capture {
            // The tmux server forks from this client and keeps what the client had open: started
            // by Foundation's Process, that includes the socket Process watches to see the client
            // end (and pipes of other tests), so waiting for the client could last for ever.
            // Start it with nothing open but /dev/null, and wait for it directly.
            guard try Self.spawnAndWait("/usr/bin/tmux", ["-L", socket] + arguments) == 0 else {
                throw TmuxError.failed(arguments.first ?? "")
            }
            return ""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket] + arguments
        let output = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = capture ? output : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = capture ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TmuxError.failed(arguments.first ?? "") }
        return String(decoding: data, as: UTF8.self)
    }

    enum TmuxError: Error { case timeout, failed(String) }

    /// Runs `path` with only standard input, output and error open (all /dev/null); its exit status.
    static func spawnAndWait(_ path: String, _ arguments: [String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        _ = spawnClosesFrom(&actions, 3)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // No signal blocked and every one at its default: a thread of the test runner blocks most
        // signals, and tmux and optout would inherit that (no SIGWINCH, no SIGHUP).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigemptyset(&all)
        for signal in 1..<32 where signal != SIGKILL && signal != SIGSTOP { sigaddset(&all, Int32(signal)) }
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let started = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard started == 0 else { throw TmuxError.failed("posix_spawn: \(started)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw TmuxError.failed("waitpid: \(errno)") }
        }
        // Exited normally: the status is in bits 8-15.
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }
}

// glibc's posix_spawn file action that closes every descriptor from `from` on.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func spawnClosesFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: CInt) -> CInt

/// A temporary home for one test: data, config and working folder, never the real home.
final class TerminalSandbox {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("optout-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var dataFile: URL { folder.appendingPathComponent("data/progress.json") }

    /// The environment of a user in this sandbox, in a UTF-8 English locale by default.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "HOME": folder.path,
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            "XDG_DATA_HOME": folder.appendingPathComponent("share").path,
            "OPTOUT_DATA": dataFile.path,
            "TERM": "tmux-256color",
            "LANG": "C.UTF-8",
        ]
        for (key, value) in extra { env[key] = value }
        return env
    }

    func progressJSON() throws -> [String: Any] {
        let data = try Data(contentsOf: dataFile)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
