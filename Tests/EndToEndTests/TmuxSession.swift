import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

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
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))
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

    /// Runs tmux with posix_spawn and waitpid: Foundation's `Process` could hang in
    /// `waitUntilExit` here once the forked tmux server outlived its client.
    @discardableResult
    private func tmux(capture: Bool = true, _ arguments: [String]) throws -> String {
        let output = folder.appendingPathComponent("tmux-out-\(UUID().uuidString)")
        defer { unlink(output.path) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? output.path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["/usr/bin/tmux", "-L", socket] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        // The test runner's threads block signals; tmux and optout must not inherit that mask
        // (a blocked SIGWINCH means no resize ever reaches the program).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw TmuxError.failed(arguments.first ?? "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // Exited normally (low 7 bits zero) with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else { throw TmuxError.failed(arguments.first ?? "") }
        return capture ? ((try? String(contentsOf: output, encoding: .utf8)) ?? "") : ""
    }

    enum TmuxError: Error { case timeout, failed(String) }
}

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
