import ChecklistEngine
import Foundation
import OptOutCatalog
import Testing

/// Every shipped authority file loads cleanly, can take a complaint, says where its facts
/// come from, and together they cover the EU/EEA and the sixteen German Länder.
struct ShippedAuthoritiesTests {
    static let folder = AuthoritySet.shippedFolder(environment: [:])

    static var files: [URL] {
        guard let folder else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func theShippedFolderHoldsFortySixFilesThatAllLoad() throws {
        #expect(Self.folder != nil)
        #expect(Self.files.count == 46)
        let loaded = AuthoritySet.load(environment: [:])
        #expect(!loaded.folderMissing && loaded.issues.isEmpty, "\(loaded.issues.map { $0.formatted(in: .en) })")
        #expect(loaded.authorities.count == 46)
        #expect(Set(loaded.authorities.map(\.id)).count == 46, "ids are unique")
    }

    @Test(arguments: files)
    func everyFileValidatesAndCanTakeAComplaint(_ file: URL) throws {
        let result = AuthorityLoader.load(fileAt: file)
        #expect(result.issues.isEmpty, "\(result.issues.map { $0.formatted(in: .en) })")
        let authority = try #require(result.authority)
        #expect(file.deletingPathExtension().lastPathComponent == authority.id, "the file is named after its id")
        #expect(authority.complaint.hasRoute, "\(authority.id) has no complaint route")
        #expect(authority.complaint.form != nil || authority.complaint.email != nil || !authority.complaint.postal.isEmpty)
        #expect(!authority.complaint.languages.isEmpty)
        #expect(authority.name["en"] != nil)
        #expect(authority.sources.allSatisfy { $0.url.hasPrefix("https://") })
        // The CC0 record is always named: it is where every fact here comes from.
        #expect(authority.sources.contains { $0.url.hasPrefix("https://github.com/datenanfragen/data/blob/master/supervisory-authorities/") },
                "\(authority.id) does not name its datenanfragen record")
        if let website = authority.website {
            #expect(authority.sources.contains { $0.url == website }, "\(authority.id): the website is named as a source too")
        }
        // A second-hand record alone never makes a fact verified.
        if authority.confidence == .verified {
            #expect(authority.sources.contains { !$0.url.hasPrefix("https://github.com/") }, "\(authority.id) is verified on its own site")
        }
        if authority.region != nil {
            #expect(authority.scope != nil, "\(authority.id): a Land's authority says whom it handles")
        }
    }

    @Test func everyEUAndEEAStateHasItsNationalAuthority() {
        let authorities = AuthoritySet.load(environment: [:]).authorities
        let national = authorities.filter { $0.region == nil }
        #expect(PlaceCodes.europeanEconomicArea.count == 30)
        #expect(Set(national.map(\.country)) == Set(PlaceCodes.europeanEconomicArea))
        #expect(national.count == 30, "one national authority each")
        #expect(national.first { $0.country == "DE" }?.id == "de-bfdi")
    }

    @Test func everyGermanLandHasItsAuthority() {
        let authorities = AuthoritySet.load(environment: [:]).authorities
        let laender = authorities.filter { $0.region != nil }
        #expect(PlaceCodes.germanLaender.count == 16)
        #expect(laender.map(\.region).compactMap { $0 }.sorted() == PlaceCodes.germanLaender.sorted())
        #expect(laender.allSatisfy { $0.country == "DE" })
        // Bavaria's private sector is the BayLDA's, not the BayLfD's.
        #expect(laender.first { $0.region == "DE-BY" }?.id == "de-by-baylda")
        for land in PlaceCodes.germanLaender {
            let choice = AuthorityChoice.choose(country: "DE", region: land, among: authorities)
            guard case .applies(let authority) = choice else {
                Issue.record("\(land) picks no authority: \(choice)")
                continue
            }
            #expect(authority.region == land)
        }
    }
}
