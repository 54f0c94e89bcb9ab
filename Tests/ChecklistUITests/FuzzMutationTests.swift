import ChecklistEngine
import ChecklistUI
import Dispatch
import Foundation
import OptOutCatalog
import OptOutThemes
import Testing

/// A seeded random-mutation test of the three loaders that read files a user or an attacker
/// controls (catalog, theme, progress): thousands of mutated files (bit flips, truncations,
/// control characters, deep nesting, huge numbers, invalid UTF-8...) must each give a clean
/// error or a clean load. A crash ends the test run; each input runs on a thread of its own
/// under a deadline, so a hang fails the test when the budget runs out (`Deadline`).
/// (It lives with the UI tests because the theme loader is in ChecklistUI; the long fuzz run
/// with libFuzzer is `OptOutFuzz`, see the README.)
@Suite struct FuzzMutationTests {
    static let inputsPerLoader = 2_500
    /// Far beyond what any input takes; only a hang would pass it.
    static let budgetPerInput: Duration = .seconds(5)

    /// What one input did: loaded or refused, and any check it failed. The loaders run off
    /// the test's thread, so checks are collected here and recorded on the test's own.
    struct Check: Sendable {
        var loaded = false
        var problems: [String] = []

        mutating func expect(_ condition: Bool, _ problem: @autoclosure () -> String) {
            if !condition { problems.append(problem()) }
        }
    }

    typealias Loader = @Sendable ([UInt8]) throws -> Check

    struct Report {
        var inputs = 0
        var loaded = 0
        var problems: [String] = []
        /// The input that did not finish within the budget (the run stops there).
        var hung: (input: Int, preview: String)?
        var elapsed: Duration = .zero
    }

    static var catalogSeeds: [[UInt8]] {
        var seeds = [Fixtures.instagramYAML, Fixtures.facebookYAML, Fixtures.redditYAML, Fixtures.nihongoYAML].map { Array($0.utf8) }
        if let folder = CatalogSet.shippedFolder(environment: [:]),
           let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            for name in names.sorted().prefix(4) {
                if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) { seeds.append(Array(data)) }
            }
        }
        return seeds
    }

    static var themeSeeds: [[UInt8]] {
        var seeds = [Array("name: mine\nextends: light\nroles:\n  title: {fg: red, bg: 236, bold: true}\n  done: {fg: \"#00ff00\", dim: false}\n".utf8)]
        for url in ThemeFiles.urls.values.sorted(by: { $0.path < $1.path }) {
            if let data = FileManager.default.contents(atPath: url.path) { seeds.append(Array(data)) }
        }
        return seeds
    }

    static var progressSeeds: [[UInt8]] {
        var progress = UserProgress()
        let catalog = Fixtures.catalog
        let at = Fixtures.now
        _ = try? progress.apply(.addAccount(platform: "instagram", label: Fixtures.marie), catalog: catalog, at: at)
        _ = try? progress.apply(.addAccount(platform: "facebook", label: Fixtures.granny), catalog: catalog, at: at)
        for step in catalog.platform(id: "instagram")?.allSteps.filter(\.isLeaf).map(\.id) ?? [] {
            _ = try? progress.apply(.tick(account: "instagram", step: step, note: "réf. 42"), catalog: catalog, at: at)
        }
        _ = try? progress.apply(.setCoveredBy(account: "facebook", coveredBy: "instagram"), catalog: catalog, at: at)
        let full = (try? ProgressCoding.encoder.encode(progress)).map { Array($0) } ?? []
        let empty = (try? ProgressCoding.encoder.encode(UserProgress())).map { Array($0) } ?? []
        return [full, empty]
    }

    @Test func theCatalogLoaderSurvivesMutatedFiles() throws {
        let seeds = Self.catalogSeeds
        #expect(seeds.count >= 4)
        let report = Self.run(seeds: seeds, seed: 0xCA7A_106) { bytes in
            var check = Check()
            guard let text = String(bytes: bytes, encoding: .utf8) else { return check }
            let result = CatalogLoader.load(text: text, file: "mutated.yaml")
            if let platform = result.platform {
                check.expect(result.issues.isEmpty, "a loaded file has issues: \(result.issues)")
                _ = platform.revision
                check.loaded = true
                return check
            }
            check.expect(!result.issues.isEmpty, "a refused file says why")
            for issue in result.issues { check.expect(!SafeText.containsUnsafe(issue.formatted(in: .en)), "unsafe text in \(issue)") }
            return check
        }
        Self.record(report, loader: "catalog")
    }

    @Test func theThemeLoaderSurvivesMutatedFiles() throws {
        let report = Self.run(seeds: Self.themeSeeds, seed: 0x7E_E3E) { bytes in
            var check = Check()
            guard let text = String(bytes: bytes, encoding: .utf8) else { return check }
            let (patch, issues) = ThemePatch.parse(text, file: "mutated.yaml")
            for issue in issues { check.expect(!SafeText.containsUnsafe(issue.formatted(in: .fr)), "unsafe text in \(issue)") }
            guard let patch else {
                check.expect(!issues.isEmpty, "a refused theme says why")
                return check
            }
            var theme = Theme.default
            patch.apply(to: &theme)
            check.expect(!SafeText.containsUnsafe(patch.name ?? ""), "unsafe theme name")
            check.loaded = true
            return check
        }
        Self.record(report, loader: "theme")
    }

    @Test func theProgressLoaderSurvivesMutatedFiles() throws {
        let store = ProgressStore(url: URL(fileURLWithPath: "/nonexistent/optout-mutation/progress.json"))
        let report = Self.run(seeds: Self.progressSeeds, seed: 0x9_2065) { bytes in
            var check = Check()
            do {
                let progress = try store.decode(Data(bytes))
                // What loads must save and load back the same.
                let again = try store.decode(try ProgressCoding.encoder.encode(progress))
                check.expect(again == progress, "a loaded file does not load back the same once saved")
                check.loaded = true
            } catch let error as ProgressError {
                let message = error.message(in: .en)
                check.expect(!SafeText.containsUnsafe(message) && !message.contains("\n"), "unsafe or multi-line message: \(message.debugDescription)")
            }
            return check
        }
        Self.record(report, loader: "progress")
    }

    /// The proof that a hang is caught: the fourth input never returns until the test lets
    /// it go, and the run reports it within its budget instead of waiting.
    @Test func aHangingInputIsReportedWhenItsBudgetRunsOut() throws {
        let calls = Counter(), release = DispatchSemaphore(value: 0)
        let clock = ContinuousClock(), started = clock.now
        let report = Self.run(seeds: [Array("seed".utf8)], seed: 1, inputs: 10, budget: .milliseconds(300)) { _ in
            if calls.next() == 4 { release.wait() }  // the seed is call 1, so this is input 2
            return Check(loaded: true)
        }
        let elapsed = clock.now - started
        release.signal()
        #expect(report.hung?.input == 2, "the hanging input is named: \(String(describing: report.hung))")
        #expect(report.inputs == 2, "the run stops at the hang")
        #expect(report.problems.isEmpty)
        #expect(elapsed < .seconds(30), "reported after \(elapsed), not waited on")
    }

    /// Feeds `inputs` mutations of the seeds to `load`, each on its own thread within `budget`.
    static func run(seeds: [[UInt8]], seed: UInt64, inputs: Int = inputsPerLoader, budget: Duration = budgetPerInput,
                    _ load: @escaping Loader) -> Report {
        var report = Report()
        let clock = ContinuousClock(), started = clock.now
        /// One input under the deadline; false when it hung.
        func feed(_ input: [UInt8], _ name: String, mustLoad: Bool) -> Bool {
            switch Deadline.run(within: budget, { try load(input) }) {
            case .overran:
                report.hung = (report.inputs, String(decoding: input.prefix(200), as: UTF8.self).debugDescription)
                return false
            case .finished(.failure(let error)):
                report.problems.append("\(name) threw \(error)")
            case .finished(.success(let check)):
                report.problems += check.problems.map { "\(name): \($0)" }
                if mustLoad && !check.loaded { report.problems.append("\(name) does not load") }
                if check.loaded && !mustLoad { report.loaded += 1 }
            }
            return true
        }
        /// Stops at the first hang: its thread is still busy.
        func feedAll() {
            for (n, seed) in seeds.enumerated() where !feed(seed, "seed \(n)", mustLoad: true) { return }
            var mutator = Mutator(seed: seed)
            for n in 0..<inputs {
                guard feed(mutator.mutate(seeds[n % seeds.count]), "input \(n)", mustLoad: false) else { return }
                report.inputs += 1
            }
        }
        feedAll()
        report.elapsed = clock.now - started
        return report
    }

    static func record(_ report: Report, loader: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for problem in report.problems.prefix(20) { Issue.record("\(loader) loader, \(problem)", sourceLocation: sourceLocation) }
        if let hung = report.hung {
            Issue.record("\(loader) loader: input \(hung.input) did not finish within \(budgetPerInput): \(hung.preview)", sourceLocation: sourceLocation)
        }
        #expect(report.inputs == inputsPerLoader, sourceLocation: sourceLocation)
        print("mutation test, \(loader) loader: \(report.inputs) mutated files, \(report.loaded) loaded, the rest refused cleanly, none over \(budgetPerInput), in \(report.elapsed)")
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int { lock.withLock { count += 1; return count } }
    }
}

/// Seeded mutations of a file's bytes.
struct Mutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

    static let controls: [[UInt8]] = [[0x00], [0x07], [0x08], [0x0D], [0x1B], Array("\u{1B}[31m".utf8), Array("\u{1B}]2;x\u{07}".utf8),
                                      [0x7F], [0xC2, 0x9B], Array("\u{202E}".utf8), [0x09], [0x0A]]
    static let numbers = ["99999999999999999999999999999", "-1", "0", "1e400", "-9223372036854775809", "9223372036854775807",
                          "0x7fffffff", "1.5", "NaN", ".inf", "~", "null", "2025-02-30", "2025-06-01T10:00:00+99:00"]
    static let specials = Array(":-[]{}&*!|>\"'#%@`,?=\\ ".utf8)
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]]

    mutating func mutate(_ seed: [UInt8]) -> [UInt8] {
        var bytes = seed
        for _ in 0...below(4) {
            let at = below(bytes.count + 1)
            switch below(11) {
            case 0:  // a bit flip
                if !bytes.isEmpty { bytes[below(bytes.count)] ^= UInt8(1 << below(8)) }
            case 1:  // truncated
                bytes = Array(bytes.prefix(at))
            case 2:  // a control character or an escape sequence
                bytes.insert(contentsOf: Self.controls[below(Self.controls.count)], at: at)
            case 3:  // deep nesting: brackets, braces or indentation
                let depth = [20, 150, 250, 1_000, 10_000][below(5)]
                switch below(3) {
                case 0: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "["), count: depth), at: at)
                case 1: bytes.insert(contentsOf: Array(String(repeating: "{a: ", count: depth).utf8), at: at)
                default:
                    var lines = ""
                    for level in 0..<min(depth, 400) { lines += String(repeating: " ", count: level * 2) + "- steps:\n" }
                    bytes.insert(contentsOf: Array(lines.utf8), at: at)
                }
            case 4:  // a huge or odd number
                bytes.insert(contentsOf: Array(Self.numbers[below(Self.numbers.count)].utf8), at: at)
            case 5:  // a chunk copied elsewhere
                if !bytes.isEmpty {
                    let start = below(bytes.count)
                    let chunk = Array(bytes[start..<min(bytes.count, start + 1 + below(200))])
                    bytes.insert(contentsOf: chunk, at: below(bytes.count + 1))
                }
            case 6:  // a chunk removed
                if !bytes.isEmpty {
                    let start = below(bytes.count)
                    bytes.removeSubrange(start..<min(bytes.count, start + 1 + below(100)))
                }
            case 7:  // a byte replaced by one that means something in YAML or JSON
                if !bytes.isEmpty { bytes[below(bytes.count)] = Self.specials[below(Self.specials.count)] }
            case 8:  // invalid UTF-8
                bytes.insert(contentsOf: Self.invalidUTF8[below(Self.invalidUTF8.count)], at: at)
            case 9:  // a long run of one character
                bytes.insert(contentsOf: Array(repeating: Self.specials[below(Self.specials.count)], count: 1 + below(5_000)), at: at)
            default:  // a YAML anchor and aliases, or a tag
                let extra = ["&a [*a, *a]", "*x", "!!binary AAAA", "<<: *a", "!!python/object:os.system ls", "? complex\n: key"][below(6)]
                bytes.insert(contentsOf: Array(extra.utf8), at: at)
            }
        }
        return bytes
    }
}
