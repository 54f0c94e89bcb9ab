import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// `ChecklistEngine` has an `AppEffect` too (of an opt-out on past data); here it is the UI's.
typealias AppEffect = ChecklistUI.AppEffect

/// A small catalog and progress, built the way the program builds them (catalog YAML through
/// `CatalogLoader`, progress through `UserProgress.apply`), so the UI tests need no file.
enum Fixtures {
    /// Tuesday 9 June 2026, 10:13:20 UTC.
    static let now = Date(timeIntervalSince1970: 1_781_000_000)
    static let utc = TimeZone(identifier: "UTC")!
    static let day: TimeInterval = 86_400

    // MARK: Catalog

    /// Two Meta platforms (group `meta`, an `any_of` parent, a submitted and a confirmed
    /// milestone, form fields, sources), a platform without opt-out, and one whose name is
    /// Japanese (wide characters) and that is re-checked every 90 days.
    static let instagramYAML = """
    id: instagram
    name: Instagram
    vendor: Meta
    group: meta
    kind: objection
    jurisdictions: [EU, EEA]
    legal_basis:
      en: GDPR Article 21, right to object
      fr: RGPD, article 21, droit d'opposition
    deadline: 2025-05-26
    effect: prospective
    confidence: verified
    last_verified: 2026-01-15
    sources:
      - label: Meta newsroom, 14 April 2025
        url: https://about.fb.com/news/2025/04/making-ai-work-harder-for-europeans/
      - label: Instagram objection form
        url: https://help.instagram.com/contact/767264225370182
    summary:
      en: Meta trains its AI on the public posts of adult Instagram users in the EU. You can object at any time; it applies from then on.
      fr: Meta entraîne son IA sur les publications publiques des adultes d'Instagram dans l'UE. Vous pouvez vous y opposer à tout moment ; cela vaut pour la suite.
    steps:
      - id: ig-open
        title:
          en: Reach the objection form
          fr: Accédez au formulaire d'opposition
        detail:
          en: Two routes lead to the same form. Tick the one you used.
          fr: Deux chemins mènent au même formulaire. Cochez celui que vous avez pris.
        any_of: true
        steps:
          - id: ig-app
            title:
              en: In the app, through the Privacy Centre
              fr: Dans l'application, par le Centre de confidentialité
            confidence: reported
          - id: ig-web
            title:
              en: Open the form directly
              fr: Ouvrez directement le formulaire
            url: https://help.instagram.com/contact/767264225370182
      - id: ig-send
        title:
          en: Send the objection
          fr: Envoyez l'opposition
        detail:
          en: Give the email address of the account. A reason is optional.
          fr: Donnez l'adresse e-mail du compte. Le motif est facultatif.
        milestone: submitted
        fields:
          - en: Your country
            fr: Votre pays
          - en: The email address of the account
            fr: L'adresse e-mail du compte
      - id: ig-confirm
        title:
          en: Keep the confirmation email
          fr: Gardez l'e-mail de confirmation
        milestone: confirmed
      - id: ig-activity
        title:
          en: Check the activity setting
          fr: Vérifiez le réglage d'activité
        optional: true
    """

    static let facebookYAML = """
    id: facebook
    name: Facebook
    vendor: Meta
    group: meta
    kind: objection
    jurisdictions: [EU, EEA]
    deadline: 2025-05-26
    effect: prospective
    confidence: reported
    last_verified: 2026-01-15
    sources:
      - label: Facebook objection form
        url: https://www.facebook.com/help/contact/712876720715583
    summary:
      en: Meta trains its AI on public Facebook posts of adults in the EU.
      fr: Meta entraîne son IA sur les publications Facebook publiques des adultes de l'UE.
    steps:
      - id: fb-open
        title:
          en: Reach the objection form
          fr: Accédez au formulaire d'opposition
        any_of: true
        steps:
          - id: fb-app
            title:
              en: In the app
              fr: Dans l'application
          - id: fb-web
            title:
              en: On the web
              fr: Sur le web
            url: https://www.facebook.com/help/contact/712876720715583
      - id: fb-send
        title:
          en: Send the objection
          fr: Envoyez l'opposition
        milestone: submitted
      - id: fb-confirm
        title:
          en: Keep the confirmation email
          fr: Gardez l'e-mail de confirmation
        milestone: confirmed
    """

    static let redditYAML = """
    id: reddit
    name: Reddit
    vendor: Reddit
    kind: none
    jurisdictions: []
    effect: unknown
    confidence: verified
    last_verified: 2026-01-15
    sources:
      - label: Reddit data licensing
        url: https://www.redditinc.com/blog/reddit-and-oai-partner
    summary:
      en: Reddit licenses posts for AI training and offers no way to object.
      fr: Reddit cède les publications pour entraîner des IA et n'offre aucun moyen de s'y opposer.
    """

    static let nihongoYAML = """
    id: nihongo
    name: 日本語ノート
    vendor: Kaisha
    kind: setting
    jurisdictions: [JP]
    effect: retroactive
    confidence: unconfirmed
    last_verified: 2026-01-15
    recheck_days: 90
    sources:
      - label: 日本語ノート help
        url: https://example.com/help/ai
    summary:
      en: A note app that trains on notes unless the 学習 setting is off.
      fr: Une appli de notes qui entraîne son IA sur les notes sauf si le réglage 学習 est désactivé.
    steps:
      - id: jp-off
        title:
          en: Turn off 学習 in Settings
          fr: Désactivez le réglage 学習
        url: https://example.com/settings
    """

    static let files = [("instagram", instagramYAML), ("facebook", facebookYAML), ("reddit", redditYAML), ("nihongo", nihongoYAML)]

    static let catalog = catalog(files)

    /// The catalog of these files (name and YAML).
    static func catalog(_ files: [(String, String)]) -> Catalog {
        var platforms: [Platform] = []
        for (name, text) in files {
            let result = CatalogLoader.load(text: text, file: name + ".yaml")
            guard let platform = result.platform else {
                fatalError("fixture \(name) does not load: \(result.issues)")
            }
            platforms.append(platform)
        }
        return Catalog(platforms: platforms)
    }

    // MARK: Progress

    /// Labels with wide characters: CJK and an emoji.
    static let marie = "@marie 日本語"
    static let granny = "Grand-mère 👵"

    /// Five accounts, built by applying changes as the program does:
    /// - `instagram` (@marie 日本語): a route and the objection ticked: submitted;
    /// - `facebook` (Grand-mère 👵): not started;
    /// - `facebook-2`: covered by `instagram`;
    /// - `reddit`: no opt-out;
    /// - `nihongo`: done 100 days ago, re-check every 90 days: needs review.
    static let progress = progress(for: catalog)

    /// The same accounts and ticks against `catalog` (the fixture's, or one with the same ids).
    static func progress(for catalog: Catalog) -> UserProgress {
        var p = UserProgress()
        func apply(_ change: ProgressChange, daysAgo: Double) {
            do {
                try p.apply(change, catalog: catalog, at: now.addingTimeInterval(-daysAgo * day))
            } catch {
                fatalError("fixture change \(change) fails: \(error)")
            }
        }
        apply(.addAccount(platform: "instagram", label: marie), daysAgo: 120)
        apply(.addAccount(platform: "facebook", label: granny), daysAgo: 120)
        apply(.addAccount(platform: "facebook", label: nil), daysAgo: 120)
        apply(.addAccount(platform: "reddit", label: nil), daysAgo: 120)
        apply(.addAccount(platform: "nihongo", label: nil), daysAgo: 120)
        apply(.tick(account: "nihongo", step: "jp-off", note: nil), daysAgo: 100)
        apply(.tick(account: "instagram", step: "ig-web", note: nil), daysAgo: 3)
        apply(.tick(account: "instagram", step: "ig-send", note: "confirmation email received 3 June"), daysAgo: 2)
        apply(.setCoveredBy(account: "facebook-2", coveredBy: "instagram"), daysAgo: 1)
        return p
    }

    /// `count` Instagram accounts, for scrolling.
    static func manyAccounts(_ count: Int) -> UserProgress {
        var p = UserProgress()
        for index in 0..<count {
            _ = try? p.apply(.addAccount(platform: "instagram", label: "account \(index)"), catalog: catalog,
                             at: now.addingTimeInterval(-Double(count - index) * day))
        }
        return p
    }

    // MARK: State

    static func state(
        width: Int = 80, height: Int = 24, language: Language = .en, progress: UserProgress? = nil,
        unicode: Bool = true, readOnly: String? = nil, catalog: Catalog = catalog
    ) -> AppState {
        AppState(catalog: catalog, progress: progress ?? Self.progress, now: now, language: language, unicode: unicode,
                 width: width, height: height, timeZone: utc, readOnlyReason: readOnly)
    }

    static func empty(width: Int = 80, height: Int = 24, language: Language = .en) -> AppState {
        state(width: width, height: height, language: language, progress: UserProgress())
    }
}

extension AppState {
    /// Opens an account's checklist on a step, as pressing keys would.
    mutating func open(_ account: String, at step: String? = nil) {
        page = .checklist
        var open = ChecklistState(accountID: account)
        open.selectedStep = step
        checklist = open
        if let index = evaluations.firstIndex(where: { $0.account.id == account }) { dashboard.selected = index }
        _ = Reducer.reduce(&self, .clock(now))
    }

    /// The id of the selected step of the open checklist.
    var selectedStep: String? { checklist?.selectedStep }
}

/// A comparable summary of what a key can change, for "did anything happen" checks.
struct Observed: Equatable {
    var page: AppState.Page
    var dashboard: AppState.ListPosition
    var checklist: ChecklistState?
    var letter: LetterViewState?
    var modal: Modal?
    var message: AppState.Message?
    var quitting: Bool
    var undo: Int
    var redo: Int
    var progress: UserProgress

    init(_ state: AppState) {
        page = state.page
        dashboard = state.dashboard
        checklist = state.checklist
        letter = state.letter
        modal = state.modal
        message = state.message
        quitting = state.isQuitting
        undo = state.undoStack.count
        redo = state.redoStack.count
        progress = state.progress
    }
}
