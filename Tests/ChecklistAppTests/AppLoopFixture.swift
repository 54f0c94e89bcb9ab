import ChecklistApp
import ChecklistEngine
import ChecklistUI
import Foundation

/// A progress file in a folder of its own, a small catalog, and a loop over them with a
/// scripted terminal, at a fixed time.
final class AppLoopFixture {
    /// Tuesday 9 June 2026, 10:13:20 UTC.
    static let now = Date(timeIntervalSince1970: 1_781_000_000)

    static let yaml = """
    id: instagram
    name: Instagram
    vendor: Meta
    kind: objection
    jurisdictions: [EU]
    effect: prospective
    confidence: verified
    last_verified: 2026-01-15
    sources:
      - label: Instagram objection form
        url: https://help.instagram.com/contact/767264225370182
    summary:
      en: Meta trains its AI on public posts.
      fr: Meta entraîne son IA sur les publications publiques.
    steps:
      - id: ig-send
        title:
          en: Send the objection
          fr: Envoyez l'opposition
        url: https://help.instagram.com/contact/767264225370182
        milestone: submitted
      - id: ig-confirm
        title:
          en: Keep the confirmation email
          fr: Gardez l'e-mail de confirmation
        milestone: confirmed
    """

    static let catalog: Catalog = {
        guard let platform = CatalogLoader.load(text: yaml, file: "instagram.yaml").platform else {
            fatalError("the fixture platform does not load")
        }
        return Catalog(platforms: [platform])
    }()

    let folder: URL
    var clock = AppLoopFixture.now
    var openedLinks: [String] = []

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("optout-apploop-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var file: URL { folder.appendingPathComponent("progress.json") }
    var store: ProgressStore { ProgressStore(url: file) }

    /// Saves a change as another optout would.
    @discardableResult
    func save(_ change: ProgressChange, at time: Date = AppLoopFixture.now) throws -> UserProgress {
        try store.apply(change, catalog: Self.catalog, at: time).progress
    }

    /// A loop over the file as it is now, on a terminal that will send `events`.
    func loop(_ events: [TerminalEvent], width: Int = 80, height: Int = 24) throws -> AppLoop {
        let terminal = ScriptedTerminal(width: width, height: height, events: events)
        let state = AppState(catalog: Self.catalog, progress: try store.load(), now: clock, language: .en, unicode: true,
                             width: width, height: height, timeZone: TimeZone(identifier: "UTC") ?? .current)
        return AppLoop(terminal: terminal, store: store, state: state,
                       outside: .init(clock: { [unowned self] in clock }, exportFolder: folder,
                                      openLink: { [unowned self] in openedLinks.append($0); return true }))
    }

    /// The bytes of the progress file, nil when there is none.
    var fileBytes: Data? { try? Data(contentsOf: file) }
}

extension AppLoop {
    var scripted: ScriptedTerminal {
        guard let terminal = terminal as? ScriptedTerminal else { fatalError("not a scripted terminal") }
        return terminal
    }
}

extension Key {
    static func c(_ character: Character) -> Key { .character(character) }
}
