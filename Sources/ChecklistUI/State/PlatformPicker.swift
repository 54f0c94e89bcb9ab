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

/// Searching across accounts and their steps.
public struct SearchState: Equatable, Sendable {
    public var query = TextField(limit: 80)
    public var selected = 0
    public var top = 0

    public init() {}

    public struct Hit: Equatable, Sendable {
        public var accountID: String
        public var stepID: String?
        /// What the line shows: the account, or the step's title.
        public var text: String
        public var context: String
    }

    public func hits(in state: AppState) -> [Hit] {
        let words = Search.fold(query.text).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        var hits: [Hit] = []
        let separator = " " + Glyphs(unicode: state.unicode).separator + " "
        for evaluation in state.evaluations {
            let account = evaluation.account
            let name = evaluation.platform?.name(in: state.language) ?? account.platform
            let accountText = [account.label ?? "", account.id, name].joined(separator: " ")
            if words.allSatisfy({ Search.fold(accountText).contains($0) }) {
                hits.append(Hit(accountID: account.id, stepID: nil, text: account.label ?? name, context: name + separator + account.id))
            }
            for step in evaluation.platform?.allSteps ?? [] {
                let text = step.title.text(in: state.language) + " " + (step.detail?.text(in: state.language) ?? "")
                    + " " + (account.notes[step.id] ?? "")
                if words.allSatisfy({ Search.fold(text).contains($0) }) {
                    hits.append(Hit(accountID: account.id, stepID: step.id, text: step.title.text(in: state.language),
                                    context: name + separator + (account.label ?? account.id)))
                }
            }
        }
        return hits
    }
}

/// Text folding for matching: case and accents ignored, so `reglage` finds « réglage ».
public enum Search {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
