import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `scripts/bench --short` still works: it drives optout, `dialog --checklist`, whiptail and
/// the C limit in a pseudo-terminal and prints its tables and the goals. One quick run on the binaries built for the
/// tests; no figure is checked (timings on a shared machine say nothing in a test).
@Suite struct BenchmarkSmokeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    // Alone it takes about 25 s; beside the other suites on two busy cores, four times that. The
    // limit is only there so a hung pty cannot hold the suite: far above any busy machine's time.
    @Test(.timeLimit(.minutes(10))) func shortRunPrintsACompleteTable() throws {
        let binary = try #require(OptOutBinary.url, "the optout binary is built beside the tests")
        let folder = binary.deletingLastPathComponent()
        #expect(FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("optout-bench").path),
                "optout-bench is built beside optout")

        let out = FileManager.default.temporaryDirectory.appendingPathComponent("optout-bench-smoke-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let json = out.appendingPathComponent("bench.json")
        let stdout = out.appendingPathComponent("stdout"), stderr = out.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)

        let process = Process()
        process.executableURL = Self.root.appendingPathComponent("scripts/bench")
        process.arguments = ["--short", "--bin-dir", folder.path, "--json", json.path]
        process.currentDirectoryURL = Self.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        let started = Date()
        try process.run()
        let deadline = Date().addingTimeInterval(540)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("scripts/bench --short did not finish in 540 s")
        }
        process.waitUntilExit()
        print("benchmark smoke test: scripts/bench --short took \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        let table = String(decoding: try Data(contentsOf: stdout), as: UTF8.self)
        let errors = String(decoding: try Data(contentsOf: stderr), as: UTF8.self)
        #expect(process.terminationStatus == 0, "scripts/bench --short failed:\n\(errors)")

        // The header, a row of each measure for each checklist, and the in-process table.
        #expect(table.contains("vs dialog"))
        #expect(table.contains("machine:"))
        for checklist in ["shipped catalog (instagram)", "50 steps", "300 steps"] {
            #expect(table.contains("| \(checklist), 1,000 accounts | first frame (ms) |"), "\(checklist) in:\n\(table)")
        }
        #expect(table.contains("first frame, first start"))
        for measure in ["key to first byte (ms)", "key to last byte (ms)", "bytes per key", "peak memory (MB)"] {
            #expect(table.components(separatedBy: "| \(measure) |").count - 1 == 3, "\(measure) thrice in:\n\(table)")
        }
        #expect(table.contains("optout alone, in the process"))
        #expect(table.contains("load the shipped catalog"))
        // No empty figure: every cell holds a number, except a whiptail or C limit column
        // that the table says was not measured (not installed, no compiler).
        var header: [String] = []
        for line in table.split(separator: "\n") where line.hasPrefix("|") && !line.hasPrefix("|---") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if line.hasPrefix("| checklist") {
                header = cells
                continue
            }
            for (index, cell) in cells.enumerated().dropFirst(2) {
                let column = index < header.count ? header[index] : ""
                if cell == "-", ["whiptail", "C limit"].contains(column), table.contains("\(column): not measured") { continue }
                #expect(Double(cell.replacingOccurrences(of: ",", with: "")) != nil, "a figure is missing in: \(line)")
            }
        }
        #expect(table.contains("| checklist | measure | optout | dialog | whiptail | C limit | optout/dialog |"))

        // The goals, each judged or saying why it is not.
        let goals = try #require(table.components(separatedBy: "goals (issue 17):\n").last)
        let goalLines = goals.split(separator: "\n")
        #expect(goalLines.count >= 8, "the goals in:\n\(table)")
        for line in goalLines {
            #expect(["[met]", "[missed]", "[note]", "[not measured"].contains { line.hasPrefix("  " + $0) }, "a goal line: \(line)")
        }
        #expect(goals.contains("attach of a 1 MB evidence file under 20 ms"))

        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let scenarios = try #require(report["scenarios"] as? [[String: Any]])
        #expect(scenarios.count == 3)
    }
}
