import Foundation
import Synchronization
import Testing
@testable import ChecklistEngine
#if canImport(Glibc)
import Glibc
#endif

/// The parsed-catalog cache (`CatalogCache`): what it gives back is exactly what the YAML
/// gives, a changed file is parsed again, and a damaged, foreign or unwritable cache is
/// ignored without a word. Every folder is a temporary one; the real home is never used.
@Suite struct CatalogCacheTests {
    let root: TemporaryFolder
    let catalog: URL
    let cacheFolder: URL
    var cache: CatalogCache

    init() throws {
        root = try TemporaryFolder("optout-cache-tests")
        catalog = root.file("catalog")
        cacheFolder = root.file("cache/optout")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        cache = CatalogCache(folder: cacheFolder, build: "test build")
        // Files here are written a moment before they are loaded; the tests change them through
        // their size, mtime or inode, never within a timestamp tick (`isSettled`).
        cache.settleSeconds = 0
    }

    func write(_ text: String, _ name: String) throws {
        try text.write(to: catalog.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func writeFixtures() throws {
        try write(Fixtures.instagramYAML, "instagram.yaml")
        try write(Fixtures.facebookYAML, "facebook.yml")
        try write(Fixtures.nooptYAML, "noopt.yaml")
    }

    var snapshotFile: URL { cacheFolder.appendingPathComponent(cache.snapshotName(forCatalogFolder: catalog.path)) }

    func snapshot() throws -> CatalogSnapshot {
        let bytes = try [UInt8](Data(contentsOf: snapshotFile))
        return try #require(CatalogSnapshot(decoding: bytes))
    }

    /// A cached load gives the same platforms and problems as a load without cache.
    func expectSameAsParsing(_ result: CatalogLoader.DirectoryResult, sourceLocation: SourceLocation = #_sourceLocation) {
        let parsed = CatalogLoader.load(directoryAt: catalog, cache: nil)
        #expect(result.platforms == parsed.platforms, sourceLocation: sourceLocation)
        #expect(result.issues == parsed.issues, sourceLocation: sourceLocation)
    }

    // MARK: Round trips

    @Test func everyFieldSurvivesTheBinaryForm() throws {
        var platforms = try [Fixtures.instagramYAML, Fixtures.facebookYAML, Fixtures.linkedinYAML, Fixtures.nooptYAML].map {
            try Fixtures.platform($0)
        }
        // Texts a YAML file could hold: empty, multi-byte, one language only; the deepest tree allowed.
        var deep = Step(id: "leaf", title: LocalizedText([.fr: "Feuille 日本 🎉"]))
        for level in 1..<CatalogLoader.maximumStepDepth {
            deep = Step(id: "level-\(level)", title: LocalizedText(en: "", fr: "é"), detail: LocalizedText([.en: "line\nline"]),
                        url: "https://example.com/\(level)", steps: [deep], anyOf: level % 2 == 0, optional: level % 3 == 0,
                        fields: [LocalizedText(en: "a", fr: "b")], confidence: .reported)
        }
        platforms[0].steps.append(deep)
        platforms[0].recheckDays = 100_000
        platforms[0].deadline = CalendarDay(year: 9999, month: 12, day: 31)
        for platform in platforms {
            #expect(try PlatformCoding.decode(PlatformCoding.encode(platform)[...]) == platform)
        }
    }

    @Test func aFolderComesFromTheCacheTheSecondTimeExactlyAsParsed() throws {
        try writeFixtures()
        try write("id: broken\nconfidance: verified\n", "broken.yaml")
        let first = CatalogLoader.load(directoryAt: catalog, cache: cache)
        #expect(first.cachedFiles == 0 && first.files == 4)
        expectSameAsParsing(first)

        let second = CatalogLoader.load(directoryAt: catalog, cache: cache)
        #expect(second.cachedFiles == 3)
        expectSameAsParsing(second)
        #expect(second.platforms.first { $0.id == "instagram" }?.origin == catalog.appendingPathComponent("instagram.yaml").path)
        // The broken file's problems are said every time, as parsed.
        #expect(second.issues.contains { $0.line == 2 && $0.column == 1 && $0.file.hasSuffix("broken.yaml") })

        let attributes = try FileManager.default.attributesOfItem(atPath: snapshotFile.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: cacheFolder.path)
        #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)
        #expect(leftovers == [snapshotFile.lastPathComponent], "no temporary file is left behind")
    }

    @Test func aFileWithProblemsIsNeverCached() throws {
        try write(Fixtures.instagramYAML, "instagram.yaml")
        try write(Fixtures.facebookYAML.replacingOccurrences(of: "kind: objection", with: "kind: objecton"), "facebook.yaml")
        for _ in 0..<3 {
            let result = CatalogLoader.load(directoryAt: catalog, cache: cache)
            expectSameAsParsing(result)
            #expect(!result.issues.isEmpty && result.platforms.map(\.id) == ["instagram"])
        }
        #expect(Set(try snapshot().entries.keys) == ["instagram.yaml"])

        // Once fixed, it is cached like the rest; broken again, it leaves the snapshot.
        try write(Fixtures.facebookYAML, "facebook.yaml")
        _ = CatalogLoader.load(directoryAt: catalog, cache: cache)
        #expect(Set(try snapshot().entries.keys) == ["instagram.yaml", "facebook.yaml"])
        try write(Fixtures.facebookYAML + "oops: 1\n", "facebook.yaml")
        let broken = CatalogLoader.load(directoryAt: catalog, cache: cache)
        expectSameAsParsing(broken)
        #expect(broken.cachedFiles == 1 && !broken.issues.isEmpty)
        #expect(Set(try snapshot().entries.keys) == ["instagram.yaml"])
    }

    @Test func aChangedFileIsParsedAgainAndOnlyIt() throws {
        try writeFixtures()
        _ = CatalogLoader.load(directoryAt: catalog, cache: cache)

        // Another size.
        try write(Fixtures.instagramYAML.replacingOccurrences(of: "name: Instagram", with: "name: Instagram (mine)"), "instagram.yaml")
        var result = CatalogLoader.load(directoryAt: catalog, cache: cache)
        #expect(result.cachedFiles == 2)
        #expect(result.platforms.first { $0.id == "instagram" }?.name == "Instagram (mine)")
        expectSameAsParsing(result)

        // The same size, written in place (same inode), with only the mtime to tell.
        let file = catalog.appendingPathComponent("facebook.yml")
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data(Fixtures.facebookYAML.replacingOccurrences(of: "name: Facebook", with: "name: Facebooc").utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: file.path)
        result = CatalogLoader.load(directoryAt: catalog, cache: cache)
        #expect(result.cachedFiles == 2)
        #expect(result.platforms.first { $0.id == "facebook" }?.name == "Facebooc")
        expectSameAsParsing(result)

        // A file removed leaves the snapshot; a file added joins it.
        try FileManager.default.removeItem(at: catalog.appendingPathComponent("noopt.yaml"))
        try write(Fixtures.linkedinYAML, "linkedin.yaml")
        result = CatalogLoader.load(directoryAt: catalog, cache: cache)
        #expect(result.cachedFiles == 2)
        expectSameAsParsing(result)
        #expect(Set(try snapshot().entries.keys) == ["instagram.yaml", "facebook.yml", "linkedin.yaml"])
        #expect(CatalogLoader.load(directoryAt: catalog, cache: cache).cachedFiles == 3)
    }

    @Test func aFileJustWrittenIsNotCachedUntilItsTimestampsSettle() throws {
        try writeFixtures()
        var careful = cache
        careful.settleSeconds = 2
        _ = CatalogLoader.load(directoryAt: catalog, cache: careful)
        #expect(CatalogLoader.load(directoryAt: catalog, cache: careful).cachedFiles == 0)
        #expect(!FileManager.default.fileExists(atPath: snapshotFile.path), "nothing to cache yet, nothing written")
        #expect(CatalogLoader.load(directoryAt: catalog, cache: cache).cachedFiles == 0)
        #expect(CatalogLoader.load(directoryAt: catalog, cache: careful).cachedFiles == 3)
    }

    @Test func anotherBuildOrFolderDoesNotReadTheSnapshot() throws {
        try writeFixtures()
        _ = CatalogLoader.load(directoryAt: catalog, cache: cache)
        var other = cache
        other.build = "another build"
        let result = CatalogLoader.load(directoryAt: catalog, cache: other)
        #expect(result.cachedFiles == 0)
        expectSameAsParsing(result)
        #expect(try snapshot().build == "another build", "the snapshot is rebuilt for the build that runs")

        // A snapshot copied under another folder's name is not that folder's.
        let copy = root.file("catalog-copy")
        try FileManager.default.copyItem(at: catalog, to: copy)
        try FileManager.default.copyItem(at: snapshotFile, to: cacheFolder.appendingPathComponent(other.snapshotName(forCatalogFolder: copy.path)))
        #expect(CatalogLoader.load(directoryAt: copy, cache: other).cachedFiles == 0)
    }

    // MARK: Damage

    @Test func aDamagedSnapshotIsIgnoredAndRebuilt() throws {
        try writeFixtures()
        _ = CatalogLoader.load(directoryAt: catalog, cache: cache)
        let good = try Data(contentsOf: snapshotFile)
        var generator = SplitMix(seed: 7)
        var damaged: [Data] = [Data(), Data("optout-catalog\n".utf8), Data(repeating: 0, count: 4096)]
        damaged += stride(from: 1, to: good.count, by: max(1, good.count / 60)).map { good.prefix($0) }
        for _ in 0..<40 {
            var bytes = good
            let index = Int.random(in: 0..<bytes.count, using: &generator)
            bytes[index] ^= UInt8.random(in: 1...255, using: &generator)
            damaged.append(bytes)
        }
        damaged.append(Data((0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        damaged.append(good + Data([0]))
        for bytes in damaged {
            try bytes.write(to: snapshotFile)
            let result = CatalogLoader.load(directoryAt: catalog, cache: cache)
            #expect(result.cachedFiles == 0)
            expectSameAsParsing(result)
            #expect(try Data(contentsOf: snapshotFile) == good, "rebuilt as it was")
        }
    }

    @Test func aSnapshotPathThatIsAFolderOrAFIFOIsHarmless() throws {
        try writeFixtures()
        try FileManager.default.createDirectory(at: snapshotFile, withIntermediateDirectories: true)
        var result = CatalogLoader.load(directoryAt: catalog, cache: cache)
        expectSameAsParsing(result)
        try FileManager.default.removeItem(at: snapshotFile)
        #expect(mkfifo(snapshotFile.path, 0o600) == 0)
        // Neither opening it nor replacing it may wait for a writer.
        result = CatalogLoader.load(directoryAt: catalog, cache: cache)
        expectSameAsParsing(result)
        #expect(CatalogLoader.load(directoryAt: catalog, cache: cache).cachedFiles == 3, "renamed over the FIFO")
    }

    @Test func anUnwritableCacheIsHarmless() throws {
        try writeFixtures()
        // XDG_CACHE_HOME naming a file: no folder can be made under it.
        let file = root.file("not-a-folder")
        try Data("x".utf8).write(to: file)
        var blocked = cache
        blocked.folder = file.appendingPathComponent("optout")
        for _ in 0..<2 {
            let result = CatalogLoader.load(directoryAt: catalog, cache: blocked)
            #expect(result.cachedFiles == 0)
            expectSameAsParsing(result)
        }
        // A folder that may not be written (root may write anyway: then it is simply used).
        try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: cacheFolder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: cacheFolder.path) }
        for _ in 0..<2 { expectSameAsParsing(CatalogLoader.load(directoryAt: catalog, cache: cache)) }
    }

    @Test func processesLoadingAtOnceLeaveAGoodSnapshot() throws {
        try writeFixtures()
        let cache = self.cache
        let catalog = self.catalog
        let expected = CatalogLoader.load(directoryAt: catalog, cache: nil).platforms
        let results = Mutex<[Bool]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            var mine = cache
            // Half of them rewrite the snapshot every time (another build), half read it.
            if index % 2 == 0 { mine.build = "build \(index)" }
            let result = CatalogLoader.load(directoryAt: catalog, cache: mine)
            results.withLock { $0.append(result.platforms == expected && result.issues.isEmpty) }
        }
        #expect(results.withLock { $0 } == Array(repeating: true, count: 16))
        #expect(try snapshot().entries.count == 3)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)
        #expect(leftovers.count == 1, "\(leftovers)")
    }

    // MARK: Hostile bytes

    @Test func hostileSnapshotsAreRefusedWithoutTrapping() throws {
        try writeFixtures()
        _ = CatalogLoader.load(directoryAt: catalog, cache: cache)
        let good = try snapshot()
        let entry = try #require(good.entries["instagram.yaml"])
        let payload = entry.platform

        /// A snapshot around `platform`, with a right checksum: only the decoder stands in the way.
        func sealed(_ platform: [UInt8]) -> [UInt8] {
            var snapshot = good
            snapshot.entries = ["instagram.yaml": .init(key: entry.key, platform: platform[...])]
            return snapshot.encoded()
        }
        var generator = SplitMix(seed: 42)
        for round in 0..<3000 {
            var bytes = Array(payload)
            switch round % 4 {
            case 0: bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
            case 1:
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
            case 2:
                // Huge counts and lengths: ten bytes of 0xFF make the largest varint.
                bytes.insert(contentsOf: [UInt8](repeating: 0xFF, count: 9) + [0x01], at: Int.random(in: 0..<bytes.count, using: &generator))
            default: bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            }
            // Either refused, or a platform like any other.
            if let platform = try? PlatformCoding.decode(bytes[...]) {
                #expect(try PlatformCoding.decode(PlatformCoding.encode(platform)[...]) == platform)
            }
            _ = CatalogSnapshot(decoding: sealed(bytes))
        }

        // Invalid UTF-8 in the platform's id, a tree nested past the limit: refused.
        var invalid = Array(payload)
        let idLength = Int(invalid[0])
        #expect(idLength > 0)
        invalid[1] = 0xC3
        invalid[2] = 0x28
        #expect((try? PlatformCoding.decode(invalid[...])) == nil)
        var tooDeep = Step(id: "leaf", title: LocalizedText(en: "Leaf", fr: "Feuille"))
        for level in 0..<CatalogLoader.maximumStepDepth { tooDeep = Step(id: "l\(level)", title: tooDeep.title, steps: [tooDeep]) }
        var platform = try Fixtures.platform(Fixtures.linkedinYAML)
        platform.steps = [tooDeep]
        #expect((try? PlatformCoding.decode(PlatformCoding.encode(platform)[...])) == nil)
        // And through the cache: the file parsed instead, and cached right again.
        try Data(sealed(invalid)).write(to: snapshotFile)
        let result = CatalogLoader.load(directoryAt: catalog, cache: cache)
        #expect(result.cachedFiles == 0)
        expectSameAsParsing(result)
        #expect(CatalogLoader.load(directoryAt: catalog, cache: cache).cachedFiles == 3)
    }

    @Test func theCacheFolderFollowsXDG() throws {
        #expect(try DataLocation(environment: ["XDG_CACHE_HOME": "/tmp/c", "HOME": "/home/u"]).cacheFolder().path == "/tmp/c/optout")
        #expect(try DataLocation(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/u"]).cacheFolder().path == "/home/u/.cache/optout")
        #expect(try DataLocation(environment: ["HOME": "/home/u"]).cacheFolder().path == "/home/u/.cache/optout")
        #expect(CatalogCache(environment: [:]) == nil, "no home, no cache")
        #expect(CatalogCache(environment: ["HOME": root.url.path])?.folder.path == root.url.path + "/.cache/optout")
    }
}
