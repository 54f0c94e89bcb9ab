import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `optout attach` killed with SIGKILL at moments spread over its run: the file is
/// copied durably before the progress records it, so afterwards `verify` passes and every
/// recorded hash has its file; what a kill leaves is at worst a file nothing names, which
/// `doctor --remove-leftovers` deletes.
///
/// The moments are no wall-clock guess: three undisturbed attaches are timed first, and run
/// `index` is killed at `fraction(index)` of their median, so on a loaded machine the kills
/// stretch with the runs. The test fails if no run was killed at all.
@Suite(.serialized)
struct EvidenceCrashTests {
    static let runs = 40
    static let spread = 10

    /// When run `index` is killed, as a fraction of an undisturbed attach: even runs anywhere
    /// from its start to its end, odd runs from 70 % to 115 %, where the copy and the save are.
    static func fraction(_ index: Int) -> Double {
        let step = Double(index / 2 % spread) / Double(spread - 1)
        return index % 2 == 0 ? step : 0.7 + 0.45 * step
    }
    /// Big enough that the copy and its fsync take a while, small enough for 40 of them.
    static let fileBytes = 512 * 1024

    @Test func attachesKilledAtSpreadMomentsNeverLeaveARecordWithoutItsFile() throws {
        let sandbox = try Sandbox()
        sandbox.environment["XDG_CACHE_HOME"] = "/dev/null/no-cache"
        try sandbox.addPlatform("testgram.yaml", CLITests.testgramYAML)
        #expect(try sandbox.run(["accounts", "add", "testgram"]).status == 0)
        let folder = sandbox.root.appendingPathComponent("evidence")

        /// A distinct file per run: its number, then filler.
        func proof(_ number: Int) throws -> String {
            var bytes = Data("proof \(number)\n".utf8)
            bytes.append(Data(repeating: UInt8(number % 251), count: Self.fileBytes))
            let url = sandbox.root.appendingPathComponent("proof-\(number).bin")
            try bytes.write(to: url)
            return url.path
        }
        func attach(_ number: Int) throws -> KillableRun {
            let step = ["send", "keep-proof", "open-form"][number % 3]
            return try KillableRun(sandbox: sandbox, arguments: ["attach", "testgram", step, try proof(number)] + (number % 2 == 0 ? ["--tick"] : []))
        }

        var timings: [TimeInterval] = []
        for number in 0..<3 {
            let run = try attach(1000 + number)
            let start = Date()
            run.wait()
            timings.append(Date().timeIntervalSince(start))
            #expect(run.exitedCleanly, "\(run.result)")
        }
        let median = timings.sorted()[1]

        var killed = 0, completed = 0, failed: [String] = []
        for index in 0..<Self.runs {
            let run = try attach(index)
            usleep(UInt32(median * Self.fraction(index) * 1_000_000))
            let wasKilled = run.kill()
            run.wait()
            if wasKilled && run.killedBySignal {
                killed += 1
            } else if run.exitedCleanly {
                completed += 1
            } else {
                failed.append("run \(index): \(run.result)")
            }
        }
        #expect(failed.isEmpty, "\(failed)")
        #expect(killed > 0, "no run was killed: the delays need to shrink")

        let verify = try sandbox.run(["verify"])
        #expect(verify.status == 0, "\(verify)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sandbox.progress)) as? [String: Any])
        let account = try #require((object["accounts"] as? [[String: Any]])?.first)
        let records = ((account["evidence"] as? [String: [[String: Any]]]) ?? [:]).values.flatMap { $0 }
        #expect(records.count >= 3 + completed, "every attach that finished is recorded")
        let recorded = Set(records.compactMap { $0["sha256"] as? String })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !recorded.contains($0) }.count
        print("kills: \(killed) killed, \(completed) completed (of \(Self.runs) attaches; a full attach took \(Int(median * 1000)) ms); "
            + "\(records.count - 3 - completed) killed after their record was saved, \(leftovers) files left that nothing names")
        for record in records {
            let hash = try #require(record["sha256"] as? String)
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(hash).path), "recorded \(hash) has its file")
        }
        // What the kills left is only files nothing names; doctor deletes them, and verify still holds.
        let repair = try sandbox.run(["doctor", "--remove-leftovers"])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(names) == Set(records.compactMap { $0["sha256"] as? String }), "after the repair the folder holds what is recorded: \(names.sorted()), \(repair)")
        #expect(try sandbox.run(["verify"]).status == 0)
    }
}
