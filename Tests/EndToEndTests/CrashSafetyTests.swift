import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Writers killed with SIGKILL at random moments, hundreds of times: after each kill the file
/// loads, every change a process reported done is still there, and the backup is an earlier
/// (or the same) good version. Seeded, so a failure can be replayed.
///
/// The kill moments follow the machine's load: every few writers one runs undisturbed, and
/// the median of the last of those sets the window the others are killed in. The run stops
/// at `targetKills`, or when `timeBudget` is spent with at least `minimumKills`.
@Suite(.serialized)
struct CrashSafetyTests {
    static let steps = 30
    static let targetKills = 300
    static let minimumKills = 100
    static let timeBudget: TimeInterval = 100
    /// Every fourth writer runs to its end and is timed.
    static let measureEvery = 4
    /// How many of the latest timed writers the window is the median of.
    static let recentRuns = 9

    @Test func writersKilledAtRandomMomentsLoseNothingTheyReported() throws {
        let sandbox = try Sandbox()
        // No parsed-catalog cache here: a file is cached only once it is 2 s old, so the first
        // writers would parse and the later ones not. Every writer runs alike without it.
        sandbox.environment["XDG_CACHE_HOME"] = "/dev/null/no-cache"
        try sandbox.addPlatform("many.yaml", CLITests.manyYAML(Self.steps))
        var random = SeededGenerator(seed: 0x0907_2025)
        let started = Date()

        // How long one writer takes now, to kill them anywhere from their start to their end.
        var recent: [TimeInterval] = []
        func timed(_ run: KillableRun) {
            let clock = Date()
            run.wait()
            recent.append(Date().timeIntervalSince(clock))
            if recent.count > Self.recentRuns { recent.removeFirst() }
        }
        for n in 1...5 {
            let run = try KillableRun(sandbox: sandbox, arguments: ["accounts", "add", "many", "--label", "warm-\(n)"])
            timed(run)
            #expect(run.exitedCleanly, "\(run.result)")
        }
        var windows: [TimeInterval] = []
        var state = try ProgressSnapshot(file: sandbox.progress)
        var reported: [ProgressSnapshot.Entry] = state.history
        var killed = 0, completed = 0, appliedBeforeKill = 0, verified = 0, realLoads = 0
        var failures: [String] = []
        var iteration = 0
        while killed < Self.targetKills {
            let elapsed = Date().timeIntervalSince(started)
            // Past the budget with enough kills, stop; at twice the budget, stop anyway (and fail).
            if elapsed > Self.timeBudget && killed >= Self.minimumKills || elapsed > 2 * Self.timeBudget { break }
            iteration += 1
            let operation = Operation.choose(state: state, steps: Self.steps, iteration: iteration, random: &random)
            let run = try KillableRun(sandbox: sandbox, arguments: operation.arguments)
            var wasKilled = false
            if iteration % Self.measureEvery == 0 {
                timed(run)
            } else {
                let window = recent.sorted()[recent.count / 2]
                windows.append(window)
                // Half anywhere in the run, half near its end, where the save happens.
                let fraction = Bool.random(using: &random) ? Double.random(in: 0...1.2, using: &random) : Double.random(in: 0.6...1.1, using: &random)
                usleep(UInt32(window * fraction * 1_000_000))
                wasKilled = run.kill()
                run.wait()
            }
            let after: ProgressSnapshot
            do {
                after = try ProgressSnapshot(file: sandbox.progress)
            } catch {
                failures.append("iteration \(iteration) (\(operation.arguments.joined(separator: " "))): the file does not load: \(error)")
                break
            }
            // Append-only: nothing already there is lost or changed.
            if Array(after.history.prefix(state.history.count)) != state.history {
                failures.append("iteration \(iteration): the history lost or changed entries")
            }
            let added = after.history.count - state.history.count
            if wasKilled && run.killedBySignal {
                killed += 1
                if added == 1 { appliedBeforeKill += 1 }
                if added != 0 && added != 1 { failures.append("iteration \(iteration): a killed writer left \(added) new entries") }
                if added == 1, !operation.matches(after.history.last, in: after) {
                    failures.append("iteration \(iteration): a killed writer left a change that is not its own: \(String(describing: after.history.last))")
                }
            } else if run.exitedCleanly {
                completed += 1
                guard operation.confirms(run.result.stdout) else {
                    failures.append("iteration \(iteration): unexpected output \(run.result)")
                    break
                }
                if added != 1 || !operation.matches(after.history.last, in: after) {
                    failures.append("iteration \(iteration): a change reported done is not in the file (\(operation.arguments.joined(separator: " ")), \(added) new entries)")
                } else {
                    reported.append(after.history[after.history.count - 1])
                }
            } else {
                // Any other failure (the lock of a killed writer blocking, a file it cannot read) is a bug.
                failures.append("iteration \(iteration): \(operation.arguments.joined(separator: " ")) failed: \(run.result)")
            }
            // The backup always loads and is an earlier or equal version of the file.
            if FileManager.default.fileExists(atPath: sandbox.progress.path + ".bak") {
                do {
                    let backup = try ProgressSnapshot(file: URL(fileURLWithPath: sandbox.progress.path + ".bak"))
                    if backup.history.count > after.history.count || Array(after.history.prefix(backup.history.count)) != backup.history {
                        failures.append("iteration \(iteration): the backup is not an earlier version of the file")
                    }
                } catch {
                    failures.append("iteration \(iteration): the backup does not load: \(error)")
                }
            }
            // Now and then, optout itself reads it too.
            if iteration % 25 == 0 {
                let status = try sandbox.run(["status", "--json"])
                if status.status != 0 { failures.append("iteration \(iteration): optout cannot read its file: \(status)") }
                realLoads += 1
            }
            state = after
            if failures.count > 5 { break }
        }

        // Every change reported done is in the final file, in order (the history is append-only).
        let final = try ProgressSnapshot(file: sandbox.progress)
        var cursor = final.history.startIndex
        for entry in reported {
            guard let found = final.history[cursor...].firstIndex(of: entry) else {
                failures.append("a reported change is missing at the end: \(entry)")
                break
            }
            verified += 1
            cursor = final.history.index(after: found)
        }
        let status = try sandbox.run(["status", "--json"])
        #expect(status.status == 0, "\(status)")
        // Every kill left a whole chain: verify finds the history intact and agreeing.
        let verify = try sandbox.run(["verify"])
        #expect(verify.status == 0 && verify.stdout.contains("chain intact"), "\(verify)")
        // A killed writer leaves no temporary file behind for ever: the next save clears it,
        // once no process has its PID. On a busy machine PIDs wrap (pid_max 32768) and another
        // process may hold it for a while: a few saves apart, and only a file whose PID is
        // free after the last save counts as left behind.
        var litter: [String] = []
        for attempt in 1...5 {
            let next = try sandbox.run(["accounts", "add", "many", "--label", "after-the-last-kill \(attempt)"])
            #expect(next.status == 0, "\(next)")
            litter = try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).filter { $0.contains(".tmp-") }
            if litter.isEmpty { break }
            usleep(200_000)
        }
        let leftBehind = litter.filter { name in
            guard let pid = name.split(separator: "-").last.flatMap({ Int32($0) }) else { return true }
            return Glibc.kill(pid, 0) != 0
        }
        #expect(leftBehind.isEmpty, "temporary files left: \(leftBehind)")
        if !litter.isEmpty { print("crash safety: \(litter) kept while another process holds its PID") }

        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(killed >= Self.minimumKills, "only \(killed) kills in \(iteration) runs")
        // The timed writers alone make sure there are reported changes to look for. (A kill
        // between the save and the exit is rare, a few in a hundred: printed, not demanded.)
        #expect(verified >= iteration / Self.measureEvery, "\(verified) reported changes verified in \(iteration) runs")
        let sorted = windows.sorted()
        let milliseconds = { (seconds: TimeInterval) in "\(Int((seconds * 1000).rounded())) ms" }
        print("crash safety: \(killed) writers killed with SIGKILL (target \(Self.targetKills), at least \(Self.minimumKills)), \(appliedBeforeKill) of them after their change was saved; \(completed) completed, \(verified) reported changes verified present, \(realLoads + 1) loads by optout itself; \(iteration) runs in \(String(format: "%.1f", Date().timeIntervalSince(started))) s (budget \(Int(Self.timeBudget)) s); kill window \(milliseconds(sorted.first ?? 0)) to \(milliseconds(sorted.last ?? 0)), median \(milliseconds(sorted.isEmpty ? 0 : sorted[sorted.count / 2]))")
    }

    /// One writer: what it runs and what it must leave in the history.
    struct Operation {
        var arguments: [String]
        var action: String
        var account: String?
        var step: String?

        static func choose(state: ProgressSnapshot, steps: Int, iteration: Int, random: inout SeededGenerator) -> Operation {
            if state.accounts.isEmpty || Int.random(in: 0..<10, using: &random) == 0 {
                return Operation(arguments: ["accounts", "add", "many", "--label", "label \(iteration)"], action: "add-account", account: nil)
            }
            let account = state.accounts.keys.sorted()[Int.random(in: 0..<state.accounts.count, using: &random)]
            let step = "s\(Int.random(in: 1...steps, using: &random))"
            if state.accounts[account]?.contains(step) == true {
                return Operation(arguments: ["untick", account, step], action: "untick", account: account, step: step)
            }
            return Operation(arguments: ["tick", account, step], action: "tick", account: account, step: step)
        }

        /// The process said it was done.
        func confirms(_ stdout: String) -> Bool {
            switch action {
            case "add-account": return stdout.hasPrefix("Added account many")
            case "tick": return stdout.hasPrefix("Ticked \(step ?? "") of \(account ?? "").")
            default: return stdout.hasPrefix("Unticked \(step ?? "") of \(account ?? "").")
            }
        }

        /// `entry` is this change, and the state shows it.
        func matches(_ entry: ProgressSnapshot.Entry?, in snapshot: ProgressSnapshot) -> Bool {
            guard let entry, entry.action == action else { return false }
            switch action {
            case "add-account": return snapshot.accounts[entry.account] != nil
            case "tick": return entry.account == account && entry.step == step && snapshot.accounts[account ?? ""]?.contains(step ?? "") == true
            default: return entry.account == account && entry.step == step && snapshot.accounts[account ?? ""]?.contains(step ?? "") == false
            }
        }
    }
}

/// What a progress file holds, read with no help from optout: accounts with their ticks, and
/// the history. Throws when the file is not a whole, well-formed progress file.
struct ProgressSnapshot {
    struct Entry: Equatable, CustomStringConvertible {
        var at: String
        var action: String
        var account: String
        var step: String?
        var detail: String?
        var description: String { "\(action) \(account) \(step ?? "") \(detail ?? "")" }
    }

    var accounts: [String: Set<String>] = [:]
    var history: [Entry] = []

    init(file: URL) throws {
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        let data = try Data(contentsOf: file)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["schemaVersion"] as? Int == 2,
              let accounts = object["accounts"] as? [[String: Any]],
              let history = object["history"] as? [[String: Any]]
        else { throw RunnerError("not a progress file: \(data.count) bytes") }
        for account in accounts {
            guard let id = account["id"] as? String, let ticks = account["ticks"] as? [String: Any] else {
                throw RunnerError("an account without id or ticks")
            }
            self.accounts[id] = Set(ticks.keys)
        }
        for entry in history {
            guard let at = entry["at"] as? String, let action = entry["action"] as? String, let account = entry["account"] as? String else {
                throw RunnerError("a history entry without time, action or account")
            }
            self.history.append(Entry(at: at, action: action, account: account, step: entry["step"] as? String, detail: entry["detail"] as? String))
        }
    }
}

/// `optout` started as a process that a test may kill at any moment.
final class KillableRun {
    let process = Process()
    private let outURL: URL
    private let errURL: URL
    private var killed = false

    init(sandbox: Sandbox, arguments: [String], environment changes: [String: String?] = [:]) throws {
        let binary = try #require(OptOutBinary.url, "the optout binary is built beside the tests")
        var environment = sandbox.environment
        for (name, value) in changes { environment[name] = value }
        let id = UUID().uuidString
        outURL = sandbox.root.appendingPathComponent(".out-\(id)")
        errURL = sandbox.root.appendingPathComponent(".err-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = sandbox.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
    }

    deinit {
        if process.isRunning {
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }

    /// SIGKILL now; false when the process had already finished.
    @discardableResult
    func kill() -> Bool {
        guard process.isRunning else { return false }
        killed = Glibc.kill(process.processIdentifier, SIGKILL) == 0
        return killed
    }

    /// Waits, killing the process after `timeout` seconds (and saying so).
    func wait(timeout: TimeInterval = 60) {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning {
            Issue.record("optout \(process.arguments?.joined(separator: " ") ?? "") did not finish in \(timeout) s")
            Glibc.kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
    }

    var killedBySignal: Bool { process.terminationReason == .uncaughtSignal }
    var exitedCleanly: Bool { process.terminationReason == .exit && process.terminationStatus == 0 }

    var result: CommandResult {
        CommandResult(status: process.terminationStatus,
                      stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
                      signalled: killedBySignal)
    }
}

/// A small, seeded random number generator (SplitMix64): the same seed, the same run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
