import ChecklistEngine
import Foundation
import OptOutCatalog
import Testing

/// What the shipped catalog promises beyond a clean load: a privacy contact on every platform,
/// nothing claiming more certainty than the steps it relies on, names that read in French.
struct ShippedContactTests {
    static var platforms: [Platform] { CatalogSet.load(userFolder: nil, environment: [:]).catalog.platforms }

    /// A user catalog may leave `contact` out; every shipped platform has one, with a source,
    /// a way to write (or a note saying none is published).
    @Test func everyShippedPlatformHasAContactWithASource() {
        let platforms = Self.platforms
        #expect(!platforms.isEmpty)
        let without = platforms.filter { $0.contact == nil }.map(\.id)
        #expect(without.isEmpty, "no contact: \(without.joined(separator: ", "))")
        for platform in platforms {
            guard let contact = platform.contact else { continue }
            #expect(!contact.sources.isEmpty, "\(platform.id): the contact has no source")
            if contact.published {
                #expect(contact.email != nil || contact.form != nil || !contact.postal.isEmpty, "\(platform.id): no route")
            } else {
                #expect(contact.note != nil, "\(platform.id): unpublished without a note")
            }
        }
    }

    /// A contact's lead authority names a shipped authority file, so a letter or a complaint
    /// can be addressed from it.
    @Test func everyLeadAuthorityIsAShippedAuthority() {
        let known = Set(AuthoritySet.load(environment: [:]).authorities.map(\.id))
        #expect(known.count >= 46)
        for platform in Self.platforms {
            guard let id = platform.contact?.authority else { continue }
            #expect(known.contains(id), "\(platform.id): no authority file '\(id)'")
        }
    }

    /// A platform `verified` while a step it relies on is `reported` or `unconfirmed` claims
    /// more than its sources give (`CatalogRules.stepsBelowClaim`).
    @Test func noShippedPlatformClaimsMoreThanItsSteps() {
        for platform in Self.platforms {
            let below = CatalogRules.stepsBelowClaim(platform).map { "\($0.id) (\(($0.confidence ?? platform.confidence).rawValue))" }
            #expect(below.isEmpty, "\(platform.id) is \(platform.confidence.rawValue) but relies on \(below.joined(separator: ", "))")
        }
    }

    @Test func aPhraseNameReadsInFrench() throws {
        let platform = try #require(Self.platforms.first { $0.id == "meta-third-party" })
        #expect(platform.name(in: .en) == "Meta: info shared by others")
        #expect(platform.name(in: .fr) == "Meta : infos publiées par d'autres")
    }

    @Test func everyNoTrainingPlatformQuotesItsSourceAndIsRechecked() {
        for platform in Self.platforms where platform.kind == .noTraining {
            #expect(platform.statement?.quote.isEmpty == false, "\(platform.id) has no quote")
            #expect(platform.statement?.source.url.hasPrefix("https://") == true, "\(platform.id): the statement's source")
            #expect(platform.recheckDays != nil, "\(platform.id) has no recheck_days")
        }
    }
}
