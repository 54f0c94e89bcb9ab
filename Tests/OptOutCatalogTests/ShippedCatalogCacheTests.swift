import Foundation
import OptOutCatalog
import Testing
@testable import ChecklistEngine

/// The shipped catalog read back from the cache is the very catalog the YAML gives.
struct ShippedCatalogCacheTests {
    @Test func everyShippedPlatformSurvivesTheCache() throws {
        let parsed = CatalogSet.load(userFolder: nil, environment: [:], cache: nil)
        #expect(parsed.catalog.platforms.count >= 25 && parsed.shippedIssues.isEmpty)
        for platform in parsed.catalog.platforms {
            var withoutOrigin = platform
            withoutOrigin.origin = nil
            #expect(try PlatformCoding.decode(PlatformCoding.encode(platform)[...]) == withoutOrigin, "\(platform.id)")
        }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("optout-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var cache = CatalogCache(folder: folder.appendingPathComponent("optout"), build: "test")
        // The resources may have been copied a moment ago by the build.
        cache.settleSeconds = 0
        let cold = CatalogSet.load(userFolder: nil, environment: [:], cache: cache)
        let warm = CatalogSet.load(userFolder: nil, environment: [:], cache: cache)
        #expect(cold.cachedFiles == 0 && warm.cachedFiles == warm.files && warm.files >= 25)
        #expect(warm.catalog.platforms == parsed.catalog.platforms, "origins included")
        #expect(warm.catalog.revision == parsed.catalog.revision)
        #expect(warm.shippedIssues.isEmpty && warm.userIssues.isEmpty)
    }

    @Test func noHomeMeansNoCache() {
        let loaded = CatalogSet.load(userFolder: nil, environment: [:])
        #expect(loaded.cache == nil && loaded.cachedFiles == 0)
    }
}
