import ChecklistEngine
import ChecklistUI
import Foundation
import OptOutCatalog

// The in-process half of `scripts/bench`: it builds the 1,000-account progress file with the
// engine's own rules (so tick revisions are real), and times the catalog load, a frame, a key
// and a durable save with `ContinuousClock`. It prints JSON; the script makes the table.
//
//     optout-bench make-progress --accounts 1000 --open PLATFORM --output FILE
//     optout-bench measure --progress FILE --open ACCOUNT [--iterations N] [--width 80 --height 24]
//     optout-bench profile load|encode|save --progress FILE [--iterations N]
//
// The catalog is found as optout finds it: OPTOUT_RESOURCES or the resources beside the
// binary, plus $XDG_CONFIG_HOME/optout/catalog.

let environment = ProcessInfo.processInfo.environment
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("optout-bench: " + message + "\n").utf8))
    exit(1)
}

/// The fixed clock the benchmark runs at (the same as the pty runs' OPTOUT_NOW).
let benchNow = Timestamp.date(environment["OPTOUT_NOW"] ?? "") ?? Timestamp.date("2026-01-15T10:00:00Z")!

func userCatalogFolder() -> URL? {
    try? DataLocation(environment: environment).configFolder().appendingPathComponent("catalog")
}

/// The catalog as optout loads it: from the cache in `$XDG_CACHE_HOME/optout` when `cache`
/// is given, else parsing every file.
func loadCatalog(cache: CatalogCache?) -> Catalog {
    let loaded = CatalogSet.load(userFolder: userCatalogFolder(), environment: environment, cache: cache)
    if loaded.shippedFolderMissing { fail("the shipped catalog is missing (set OPTOUT_RESOURCES)") }
    if let issue = (loaded.userIssues + loaded.shippedIssues).first { fail(issue.formatted(in: .en)) }
    return loaded.catalog
}

/// Median of `iterations` timings of `body`, in milliseconds, after one warm-up run.
func median(_ iterations: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    if warmUp { try body() }
    var samples: [Double] = []
    for _ in 0..<max(1, iterations) {
        let elapsed = try clock.measure(body)
        samples.append(milliseconds(elapsed))
    }
    return middle(samples)
}

func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
}

func middle(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return 0 }
    let half = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2
}

// MARK: make-progress

/// A family's file grown large: `count` accounts spread round-robin over every platform
/// (the opened platform first), each with a label, up to five ticks, a note now and then, and
/// the history entries those changes leave.
func makeProgress(catalog: Catalog, count: Int, open: String) -> UserProgress {
    let revision = catalog.revision
    let platforms = [catalog.platform(id: open)].compactMap { $0 } + catalog.platforms.filter { $0.id != open }
    guard !platforms.isEmpty else { fail("the catalog is empty") }
    let start = benchNow.addingTimeInterval(-200 * 86_400)
    var progress = UserProgress()
    var perPlatform: [String: Int] = [:]
    var leavesByPlatform: [String: [Step]] = [:]
    for index in 0..<count {
        let platform = platforms[index % platforms.count]
        let number = (perPlatform[platform.id] ?? 0) + 1
        perPlatform[platform.id] = number
        let id = number == 1 ? platform.id : "\(platform.id)-\(number)"
        let created = start.addingTimeInterval(Double(index) * 600)
        var account = Account(id: id, platform: platform.id, label: "member \(index + 1)", created: created)
        progress.append(HistoryEntry(at: created, action: .addAccount, account: id, platform: platform.id, detail: account.label))
        if platform.kind != .none {
            let leaves = leavesByPlatform[platform.id] ?? platform.allSteps.filter(\.isLeaf)
            leavesByPlatform[platform.id] = leaves
            // The opened account has every third of its first 60 leaves done; the others a few.
            let chosen = index == 0 ? Array(stride(from: 0, to: min(60, leaves.count), by: 3))
                : Array(0..<min(leaves.count, index % 6))
            for (offset, leafIndex) in chosen.enumerated() {
                let step = leaves[leafIndex]
                let at = created.addingTimeInterval(Double(offset + 1) * 3600)
                account.ticks[step.id] = Tick(at: at, catalogRevision: revision, stepRevision: step.revision)
                progress.append(HistoryEntry(at: at, action: .tick, account: id, platform: platform.id, step: step.id))
                if (index + offset) % 7 == 0 {
                    account.notes[step.id] = "confirmation email received, reference \(index)-\(offset)"
                    progress.append(HistoryEntry(at: at, action: .note, account: id, platform: platform.id,
                                                 step: step.id, detail: account.notes[step.id]))
                }
            }
        }
        progress.accounts.append(account)
    }
    return progress
}

// MARK: measure

struct Measurements: Encodable {
    var iterations: Int
    var shippedPlatforms: Int
    var loadShippedCatalog: Double
    /// From a warm cache, as every start after the first.
    var loadCatalog: Double
    /// Parsing every file, as the first start (or one after a change).
    var loadCatalogCold: Double
    var loadShippedCatalogCold: Double
    var catalogSteps: Int
    var accounts: Int
    var progressBytes: Int
    var loadProgress: Double
    /// Decoding alone, from bytes already in memory (`loadProgress` adds the read).
    var decodeProgress: Double
    var evaluate: Double
    var startState: Double
    var renderFrame: Double
    var keyDown: Double
    var durableSave: Double
    var encodeProgress: Double
    var writeDurably: Double
    var tick: Double
}

func measure() throws -> Measurements {
    let iterations = Int(option("iterations") ?? "") ?? 20
    guard let path = option("progress") else { fail("measure needs --progress FILE") }
    guard let open = option("open") else { fail("measure needs --open ACCOUNT") }
    let width = Int(option("width") ?? "") ?? 80
    let height = Int(option("height") ?? "") ?? 24

    // A cache of its own, so the figures do not depend on what earlier runs left; files
    // changed less than two seconds ago are not cached yet (`CatalogFileKey.isSettled`).
    let cacheFolder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("optout-bench-cache-\(getpid())")
    defer { try? FileManager.default.removeItem(at: cacheFolder) }
    guard let cache = CatalogCache(environment: ["XDG_CACHE_HOME": cacheFolder.path]) else { fail("no cache") }
    var shippedCount = 0
    let loadShippedCold = median(iterations) {
        shippedCount = CatalogSet.load(userFolder: nil, environment: environment, cache: nil).catalog.platforms.count
    }
    var catalog = Catalog(platforms: [])
    let loadAllCold = median(max(3, iterations / 4)) { catalog = loadCatalog(cache: nil) }
    let deadline = Date().addingTimeInterval(5)
    while true {
        let loaded = CatalogSet.load(userFolder: userCatalogFolder(), environment: environment, cache: cache)
        if loaded.cachedFiles == loaded.files || Date() > deadline { break }
        Thread.sleep(forTimeInterval: 0.2)
    }
    let loadShipped = median(iterations) {
        shippedCount = CatalogSet.load(userFolder: nil, environment: environment, cache: cache).catalog.platforms.count
    }
    let loadAll = median(iterations) { catalog = loadCatalog(cache: cache) }
    let steps = catalog.platforms.reduce(0) { $0 + $1.allSteps.count }

    // Work on a copy of the file, so the script's file stays as generated.
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("optout-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("progress.json")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: path), to: file)
    let bytes = (try? Data(contentsOf: file).count) ?? 0
    let store = ProgressStore(url: file)

    var progress = UserProgress()
    let loadProgress = try median(iterations) { progress = try store.load() }
    let fileBytes = try Data(contentsOf: file)
    let decodeProgress = try median(iterations) { progress = try store.decode(fileBytes) }
    let evaluate = median(iterations) { _ = StatusEvaluator(catalog: catalog, now: benchNow).evaluate(progress) }

    func startState() -> AppState {
        var state = AppState(catalog: catalog, progress: progress, now: benchNow, language: .en, unicode: true,
                             width: width, height: height, timeZone: TimeZone(identifier: "UTC")!)
        state.page = .checklist
        state.checklist = ChecklistState(accountID: open)
        _ = Reducer.reduce(&state, .clock(benchNow))
        return state
    }
    var state = startState()
    guard state.evaluation(ofAccount: open) != nil else { fail("no account \(open) in \(path)") }
    let start = median(iterations) { state = startState() }
    var frame = Screen(width: width, height: height)
    let render = median(iterations) { frame = Renderer.render(state) }

    // Down from the top, as the pty run does: the selection moves, then the list scrolls.
    let clock = ContinuousClock()
    var keySamples: [Double] = []
    for round in 0..<max(1, iterations / 5) {
        var walking = state
        var previous = Renderer.render(walking)
        for _ in 0..<40 {
            let elapsed = clock.measure {
                _ = Reducer.reduce(&walking, .key(.down))
                let next = Renderer.render(walking)
                _ = ScreenDiff.runs(from: previous, to: next)
                previous = next
            }
            if round > 0 || iterations < 10 { keySamples.append(milliseconds(elapsed)) }
        }
    }
    _ = frame

    let save = try median(iterations) {
        try DurableFile.write(ProgressCoding.encodeFile(progress), to: file)
    }

    var encoded = Data()
    let encode = median(iterations) { encoded = ProgressCoding.encodeFile(progress) }
    let write = try median(iterations) { try DurableFile.write(encoded, to: file) }

    // A tick as the full-screen view makes it: lock, read the file afresh, change, save.
    guard let account = progress.account(id: open), let platform = catalog.platform(id: account.platform),
          let leaf = platform.allSteps.first(where: { $0.isLeaf && account.ticks[$0.id] == nil })
    else { fail("no step left to tick on \(open)") }
    var ticked = false
    let tick = try median(iterations) {
        let change: ProgressChange = ticked ? .untick(account: open, step: leaf.id) : .tick(account: open, step: leaf.id, note: nil)
        _ = try store.apply(change, catalog: catalog, at: benchNow, purpose: "the benchmark")
        ticked.toggle()
    }

    return Measurements(
        iterations: iterations, shippedPlatforms: shippedCount, loadShippedCatalog: loadShipped, loadCatalog: loadAll,
        loadCatalogCold: loadAllCold, loadShippedCatalogCold: loadShippedCold,
        catalogSteps: steps, accounts: progress.accounts.count, progressBytes: bytes, loadProgress: loadProgress,
        decodeProgress: decodeProgress,
        evaluate: evaluate, startState: start, renderFrame: render, keyDown: middle(keySamples), durableSave: save, encodeProgress: encode,
        writeDurably: write, tick: tick)
}

// MARK: check

/// The hand-written paths give what Foundation gives: the progress file's bytes (encoded and
/// read back) and ISO 8601 times. Run by `scripts/bench` before it measures.
func check(progressAt path: String) throws {
    let store = ProgressStore(url: URL(fileURLWithPath: path))
    var progress = try store.load()
    // Texts that need escaping, and optional fields present, on a few accounts.
    for index in progress.accounts.indices.prefix(20) {
        progress.accounts[index].label = "quote \" back\\slash /slash é 日本 \(index)"
        progress.accounts[index].notes["s1-1"] = "line one\nline two\ttab\r"
        progress.accounts[index].reviewed = benchNow.addingTimeInterval(Double(-index) * 3_601.5)
        progress.accounts[index].coveredBy = "x"
    }
    let fast = try ProgressCoding.encode(progress)
    let foundation = try ProgressCoding.encoder.encode(progress)
    guard fast == foundation else { fail("check: the progress file's bytes differ from JSONEncoder's") }
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("optout-bench-check-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("progress.json")
    try fast.write(to: file)
    let read = try ProgressStore(url: file).load()
    let expected = try ProgressCoding.decoder.decode(UserProgress.self, from: foundation)
    guard read == expected, read.accounts.count == progress.accounts.count else { fail("check: the progress read back differs from JSONDecoder's") }
    let style = Date.ISO8601FormatStyle.iso8601.year().month().day().dateSeparator(.dash)
        .time(includingFractionalSeconds: false).timeSeparator(.colon).timeZone(separator: .omitted)
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<20_000 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let seconds = Double(Int64(bitPattern: seed >> 1) % 8_000_000_000) - 1_000_000_000 + Double(seed % 1000) / 1000
        let date = Date(timeIntervalSince1970: seconds)
        let text = Timestamp.string(date)
        guard text == date.formatted(style) else { fail("check: \(seconds) is \(text), Foundation says \(date.formatted(style))") }
        guard Timestamp.date(text) == (try? Date(text, strategy: .iso8601)) else { fail("check: \(text) reads back wrong") }
    }
    print("ok")
}

// MARK: profile

/// One operation only, `iterations` times and untimed: what callgrind should count, free of
/// the catalog load and the other measures.
func profile(_ operation: String?) throws {
    guard let path = option("progress") else { fail("profile needs --progress FILE") }
    let iterations = Int(option("iterations") ?? "") ?? 1
    let source = ProgressStore(url: URL(fileURLWithPath: path))
    switch operation {
    case "load":
        for _ in 0..<iterations { _ = try source.load() }
    case "encode":
        let progress = try source.load()
        for _ in 0..<iterations { _ = ProgressCoding.encodeFile(progress) }
    case "save":
        // On a copy, through the store's own update, so the backup link is made too.
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("optout-bench-profile-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("progress.json")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: path), to: file)
        let store = ProgressStore(url: file)
        for round in 0..<iterations {
            _ = try store.update(purpose: "the benchmark") { progress in
                if !progress.accounts.isEmpty { progress.accounts[0].label = "round \(round)" }
            }
        }
    default:
        fail("profile needs load, encode or save")
    }
}

// MARK: main

do {
    switch arguments.first {
    case "make-progress":
        let count = Int(option("accounts") ?? "") ?? 1000
        guard let open = option("open"), let output = option("output") else { fail("make-progress needs --open PLATFORM --output FILE") }
        let catalog = loadCatalog(cache: nil)
        guard catalog.platform(id: open) != nil else { fail("no platform \(open) in the catalog") }
        let progress = makeProgress(catalog: catalog, count: count, open: open)
        try DurableFile.write(ProgressCoding.encodeFile(progress), to: URL(fileURLWithPath: output))
        print(progress.accounts.first?.id ?? "")
    case "check":
        guard let path = option("progress") else { fail("check needs --progress FILE") }
        try check(progressAt: path)
    case "profile":
        try profile(arguments.dropFirst().first)
    case "measure":
        let result = try measure()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(result), as: UTF8.self))
    default:
        fail("usage: optout-bench make-progress --accounts N --open PLATFORM --output FILE | measure --progress FILE --open ACCOUNT [--iterations N] | profile load|encode|save --progress FILE [--iterations N]")
    }
} catch {
    fail("\(error)")
}
