import ChecklistEngine
import Foundation
import OptOutCatalog
import Testing

/// Every shipped platform file must load cleanly and say where its facts come from.
struct ShippedCatalogTests {
    static let folder = CatalogSet.shippedFolder(environment: [:])

    static var files: [URL] {
        guard let folder else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func theShippedFolderIsFoundAndFull() throws {
        #expect(Self.folder != nil)
        #expect(Self.files.count >= 25)
    }

    @Test(arguments: files)
    func everyFileValidates(_ file: URL) throws {
        let result = CatalogLoader.load(fileAt: file)
        #expect(result.issues.isEmpty, "\(result.issues.map { $0.formatted(in: .en) })")
        let platform = try #require(result.platform)
        #expect(file.deletingPathExtension().lastPathComponent == platform.id, "the file is named after its id")
        #expect(!platform.sources.isEmpty, "\(platform.id) has no sources")
        #expect(platform.sources.allSatisfy { $0.url.hasPrefix("https://") })
        for step in platform.allSteps {
            // English and French are required of shipped files; the other languages fall back.
            for language in CatalogLoader.Origin.shipped.requiredLanguages {
                #expect(step.title.values[language]?.isEmpty == false, "\(platform.id)/\(step.id) has no \(language) title")
            }
        }
        switch platform.kind {
        case .none, .noTraining:
            // Nothing opts the account out; what is listed is optional (hiding, deleting).
            #expect(platform.steps.allSatisfy { $0.optional },
                    "\(platform.id) has no opt-out but a required step")
        default:
            #expect(platform.allSteps.contains { $0.isLeaf }, "\(platform.id) has nothing to tick")
        }
    }

    @Test func stepIDsAreUniqueAcrossEachPlatformAndNothingClaimsMoreThanItsSources() throws {
        let loaded = CatalogSet.load(userFolder: nil, environment: [:])
        #expect(loaded.shippedIssues.isEmpty)
        for platform in loaded.catalog.platforms {
            let ids = platform.allSteps.map(\.id)
            #expect(Set(ids).count == ids.count, "\(platform.id) repeats a step id")
            if platform.confidence == .unconfirmed {
                #expect(platform.allSteps.allSatisfy { $0.confidence != .verified || $0.url != nil },
                        "\(platform.id) is unconfirmed but a step without a link claims to be verified")
            }
        }
    }

    @Test func theMetaAppsAndTheOtherPlatformsAreThere() throws {
        let catalog = CatalogSet.load(userFolder: nil, environment: [:]).catalog
        for id in ["facebook", "instagram", "whatsapp", "messenger", "threads", "meta-third-party", "linkedin", "x", "gemini",
                   "chatgpt", "claude", "copilot", "perplexity", "mistral", "pinterest", "adobe", "grammarly", "tumblr",
                   "wordpress", "quora", "substack", "slack", "reddit", "discord"] {
            #expect(catalog.platform(id: id) != nil, "\(id) is missing")
        }
        #expect(catalog.platform(id: "reddit")?.kind == PlatformKind.none)
        #expect(catalog.platform(id: "discord")?.kind == .setting)
        #expect(catalog.platform(id: "zoom")?.kind == .noTraining)
        #expect(catalog.platforms.count >= 45)
        for id in ["facebook", "instagram"] {
            let platform = try #require(catalog.platform(id: id))
            #expect(platform.effect == .prospective)
            #expect(platform.allSteps.contains { $0.milestone == .submitted })
            #expect(platform.allSteps.contains { $0.milestone == .confirmed })
            #expect(platform.allSteps.contains { $0.anyOf })
        }
    }

    @Test func theRevisionFollowsTheSteps() throws {
        let catalog = CatalogSet.load(userFolder: nil, environment: [:]).catalog
        var platforms = catalog.platforms
        let before = Catalog(platforms: platforms).revision
        #expect(before == catalog.revision, "the revision is stable")
        // Hashed from the outlines' cached step revisions, it is still the hash of the
        // platforms' own revisions: ticks recorded by earlier versions keep their meaning.
        var hash = StableHash()
        for platform in platforms.sorted(by: { $0.id < $1.id }) { hash.combine(platform.revision) }
        #expect(before == hash.hexDigest)
        platforms[0].steps[0].title = LocalizedText(en: "Changed", fr: "Changé")
        #expect(Catalog(platforms: platforms).revision != before)
    }

    @Test func aUserFileReplacesAShippedPlatformAndABrokenOneIsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("optout-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let shipped = try #require(Self.folder)
        var text = try String(contentsOf: shipped.appendingPathComponent("reddit.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "name: Reddit", with: "name: Reddit (mine)")
        try text.write(to: folder.appendingPathComponent("reddit.yaml"), atomically: true, encoding: .utf8)
        try "id: broken\nconfidance: verified\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let loaded = CatalogSet.load(userFolder: folder, environment: [:])
        #expect(loaded.catalog.platform(id: "reddit")?.name == "Reddit (mine)")
        #expect(loaded.catalog.platform(id: "broken") == nil)
        #expect(loaded.userIssues.contains { $0.line == 2 && $0.column == 1 && $0.problem == .unknownField(field: "confidance", suggestion: "confidence") })
        #expect(loaded.catalog.platforms.count >= 25)
    }
}
