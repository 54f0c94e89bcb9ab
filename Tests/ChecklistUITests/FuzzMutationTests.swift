import ChecklistEngine
import ChecklistUI
import Foundation
import OptOutCatalog
import OptOutThemes
import Testing

/// A seeded random-mutation test of the three loaders that read files a user or an attacker
/// controls (catalog, theme, progress): thousands of mutated files (bit flips, truncations,
/// control characters, deep nesting, huge numbers, invalid UTF-8...) must each give a clean
/// error or a clean load. A crash ends the test run; a hang is caught by a per-input budget.
/// (It lives with the UI tests because the theme loader is in ChecklistUI; the long fuzz run
/// with libFuzzer is `OptOutFuzz`, see the README.)
@Suite struct FuzzMutationTests {
    static let inputsPerLoader = 2_500
    /// Far beyond what any input takes; only a hang would pass it.
    static let budgetPerInput: Duration = .seconds(5)

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
        let counts = try Self.run(seeds: seeds, seed: 0xCA7A_106) { bytes in
            guard let text = String(bytes: bytes, encoding: .utf8) else { return false }
            let result = CatalogLoader.load(text: text, file: "mutated.yaml")
            if let platform = result.platform {
                #expect(result.issues.isEmpty)
                _ = platform.revision
                return true
            }
            #expect(!result.issues.isEmpty, "a refused file says why")
            for issue in result.issues { #expect(!SafeText.containsUnsafe(issue.formatted(in: .en))) }
            return false
        }
        print("mutation test, catalog loader: \(counts.inputs) mutated files, \(counts.loaded) loaded, the rest refused cleanly")
    }

    @Test func theThemeLoaderSurvivesMutatedFiles() throws {
        let counts = try Self.run(seeds: Self.themeSeeds, seed: 0x7E_E3E) { bytes in
            guard let text = String(bytes: bytes, encoding: .utf8) else { return false }
            let (patch, issues) = ThemePatch.parse(text, file: "mutated.yaml")
            for issue in issues { #expect(!SafeText.containsUnsafe(issue.formatted(in: .fr))) }
            guard let patch else {
                #expect(!issues.isEmpty)
                return false
            }
            var theme = Theme.default
            patch.apply(to: &theme)
            #expect(!SafeText.containsUnsafe(patch.name ?? ""))
            return true
        }
        print("mutation test, theme loader: \(counts.inputs) mutated files, \(counts.loaded) loaded, the rest refused cleanly")
    }

    @Test func theProgressLoaderSurvivesMutatedFiles() throws {
        let store = ProgressStore(url: URL(fileURLWithPath: "/nonexistent/optout-mutation/progress.json"))
        let counts = try Self.run(seeds: Self.progressSeeds, seed: 0x9_2065) { bytes in
            do {
                let progress = try store.decode(Data(bytes))
                // What loads must save and load back the same.
                let again = try store.decode(try ProgressCoding.encoder.encode(progress))
                #expect(again == progress)
                return true
            } catch let error as ProgressError {
                let message = error.message(in: .en)
                #expect(!SafeText.containsUnsafe(message) && !message.contains("\n"))
                return false
            }
        }
        print("mutation test, progress loader: \(counts.inputs) mutated files, \(counts.loaded) loaded, the rest refused cleanly")
    }

    /// Feeds `inputsPerLoader` mutations of the seeds to `load`, each within the budget.
    static func run(seeds: [[UInt8]], seed: UInt64, _ load: ([UInt8]) throws -> Bool) throws -> (inputs: Int, loaded: Int) {
        var mutator = Mutator(seed: seed)
        var loaded = 0
        let clock = ContinuousClock()
        // The seeds themselves load.
        for seed in seeds { #expect(try load(seed), "a seed does not load") }
        for n in 0..<inputsPerLoader {
            let input = mutator.mutate(seeds[n % seeds.count])
            var ok = false
            let elapsed = try clock.measure { ok = try load(input) }
            if ok { loaded += 1 }
            if elapsed > budgetPerInput {
                Issue.record("input \(n) took \(elapsed): \(String(decoding: input.prefix(200), as: UTF8.self).debugDescription)")
            }
        }
        return (inputsPerLoader, loaded)
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
