import ChecklistEngine
import Foundation

/// The list of platforms that filters as the user types (`insta` leaves Instagram).
public struct PlatformPicker: Equatable, Sendable {
    public var filter = TextField(limit: 60)
    public var selected = 0
    public var top = 0

    public init() {}

    /// One line of the list: a vendor heading, or a platform that can be chosen.
    public enum Row: Equatable, Sendable {
        case vendor(String)
        case platform(Platform)
    }

    /// Matching platforms grouped under their vendor, in catalog order (vendor, then name).
    public func rows(in catalog: Catalog, language: Language) -> [Row] {
        let words = Search.fold(filter.text).split(separator: " ").map(String.init)
        var rows: [Row] = []
        var vendor: String?
        for platform in catalog.platforms where Self.matches(platform, words: words) {
            if platform.vendor != vendor {
                rows.append(.vendor(platform.vendor))
                vendor = platform.vendor
            }
            rows.append(.platform(platform))
        }
        return rows
    }

    /// The platforms alone, in the order of `rows` (selection counts these).
    public func choices(in catalog: Catalog, language: Language) -> [Platform] {
        rows(in: catalog, language: language).compactMap { if case .platform(let p) = $0 { p } else { nil } }
    }

    /// Name, id and vendor, and the kind in either language ("réglage", "setting").
    static func matches(_ platform: Platform, words: [String]) -> Bool {
        guard !words.isEmpty else { return true }
        let haystack = Search.fold(
            (platform.name.allTexts + [platform.id, platform.vendor, CatalogWords.kind(platform.kind, .en), CatalogWords.kind(platform.kind, .fr)])
                .joined(separator: " "))
        return words.allSatisfy { haystack.contains($0) }
    }
}
