import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// One screen to snapshot: how to reach it from a size and a language.
struct SnapshotCase: Sendable, CustomTestStringConvertible {
    var screen: String
    var width: Int
    var height: Int
    var language: Language
    var unicode = true
    var build: @Sendable (_ width: Int, _ height: Int, _ language: Language, _ unicode: Bool) -> AppState

    var name: String { "\(screen).\(width)x\(height).\(language.rawValue)" + (unicode ? "" : ".ascii") }
    var testDescription: String { name }

    func state() -> AppState { build(width, height, language, unicode) }
}

enum Screens {
    typealias Builder = @Sendable (Int, Int, Language, Bool) -> AppState

    /// Reaches a state by pressing keys from the fixture progress (or none), end to end.
    static func pressing(_ keys: [Key], typing text: String = "", then more: [Key] = [], empty: Bool = false) -> Builder {
        { width, height, language, unicode in
            var state = empty ? Fixtures.empty(width: width, height: height, language: language)
                : Fixtures.state(width: width, height: height, language: language)
            state.unicode = unicode
            var harness = Harness(state)
            for key in keys { harness.press(key) }
            harness.type(text)
            for key in more { harness.press(key) }
            return harness.state
        }
    }

    static let dashboardEmpty = pressing([], empty: true)
    static let dashboard = pressing([])
    /// Instagram (labelled "@marie 日本語"), on the objection step: a note, form fields, a tick.
    static let checklist = pressing([.enter, .home, .down, .down, .down])
    static let checklistDetail = pressing([.enter, .home, .down, .down, .down, .character("i")])
    static let picker = pressing([.character("a")])
    static let pickerFiltered = pressing([.character("a")], typing: "insta")
    static let label = pressing([.character("a")], typing: "insta", then: [.enter] + "@jo 日本語🎌".map { Key.character($0) })
    static let help = pressing([.character("?")])
    static let helpEnd = pressing([.character("?"), .end])
    static let checklistHelp = pressing([.enter, .home, .character("?")])
    static let confirm = pressing([.character("d")])
    static let cover = pressing([.down, .character("c")])
    static let search = pressing([.character("/")], typing: "form")
    static let note = pressing([.enter, .home, .down, .down, .down, .character("n")])
    static let export = pressing([.character("e")])
    static let needsReview = pressing([.end, .enter])
    static let noOptOut = pressing([.end, .up, .enter, .character(" ")])
    /// Facebook, not started, opened: the cursor on its first step to do (a route of the form).
    static let opened = pressing([.down, .enter])
    /// Instagram just added: the cursor on the first route, and the message (two lines when narrow).
    static let added = pressing([.character("a")], typing: "insta", then: [.enter, .enter], empty: true)
}

enum SnapshotCases {
    static let sizes = [(80, 24), (120, 40), (40, 12), (30, 8)]
    static let languages: [Language] = [.en, .fr]

    static var all: [SnapshotCase] {
        var cases: [SnapshotCase] = []
        // The main screens at every size (30x8 is below the 40x10 minimum: the too-small screen).
        let main: [(String, Screens.Builder)] = [
            ("dashboard-empty", Screens.dashboardEmpty), ("dashboard", Screens.dashboard),
            ("checklist", Screens.checklist), ("picker", Screens.picker), ("help", Screens.help),
        ]
        for (screen, build) in main {
            for (width, height) in sizes {
                for language in languages {
                    cases.append(SnapshotCase(screen: screen, width: width, height: height, language: language, build: build))
                }
            }
        }
        // The detail pane below the tree (80x30) and toggled over it (80x24), and the rest once
        // or twice each, in both languages.
        let more: [(String, Int, Int, Screens.Builder)] = [
            ("checklist", 80, 30, Screens.checklist),
            ("checklist-detail", 80, 24, Screens.checklistDetail),
            ("checklist-detail", 40, 12, Screens.checklistDetail),
            ("checklist-help", 80, 24, Screens.checklistHelp),
            ("help-end", 80, 24, Screens.helpEnd),
            ("picker-insta", 80, 24, Screens.pickerFiltered),
            ("label", 80, 24, Screens.label),
            ("label", 40, 12, Screens.label),
            ("confirm", 40, 12, Screens.confirm),
            ("cover", 80, 24, Screens.cover),
            ("search", 80, 24, Screens.search),
            ("note", 40, 12, Screens.note),
            ("export", 80, 24, Screens.export),
            ("needs-review", 80, 24, Screens.needsReview),
            ("no-opt-out", 80, 24, Screens.noOptOut),
            ("opened", 80, 24, Screens.opened),
            ("added", 80, 24, Screens.added),
            ("added", 40, 12, Screens.added),
            ("too-small", 39, 10, Screens.dashboard),
            ("too-small", 40, 9, Screens.dashboard),
            ("minimum", 40, 10, Screens.checklist),
            ("letter-reminder", 80, 24, Screens.letterReminder),
            ("letters", 80, 24, Screens.lettersDashboard),
            ("letters-checklist", 80, 24, Screens.lettersChecklist),
            ("holders", 80, 24, Screens.holders),
            ("holders", 40, 12, Screens.holders),
            ("letter-reminder", 40, 12, Screens.letterReminder),
            ("checklist-evidence", 100, 30, Screens.checklistEvidence),
            ("letter-complaint", 80, 24, Screens.letterComplaint),
            ("letter-objection", 80, 24, Screens.letterObjection),
        ]
        for (screen, width, height, build) in more {
            for language in languages {
                cases.append(SnapshotCase(screen: screen, width: width, height: height, language: language, build: build))
            }
        }
        // Without Unicode (a locale that is not UTF-8): ASCII glyphs and frames.
        for (screen, build) in [("dashboard", Screens.dashboard), ("checklist", Screens.checklist), ("picker", Screens.picker)] {
            cases.append(SnapshotCase(screen: screen, width: 80, height: 24, language: .en, unicode: false, build: build))
        }
        // German, Spanish, Italian, Dutch: the words in the language, days said in it, the test
        // catalog's texts (English and French only) marked [EN].
        for language in Language.allCases where !languages.contains(language) {
            for (screen, width, height, build) in [("dashboard", 80, 24, Screens.dashboard), ("checklist", 80, 24, Screens.checklist),
                                                   ("checklist-detail", 80, 24, Screens.checklistDetail),
                                                   ("checklist-help", 80, 24, Screens.checklistHelp), ("checklist", 40, 12, Screens.checklist),
                                                   ("holders", 80, 24, Screens.holders),
                                                   ("letter-reminder", 80, 24, Screens.letterReminder)] {
                cases.append(SnapshotCase(screen: screen, width: width, height: height, language: language, build: build))
            }
        }
        return cases
    }
}

@Suite("Screen snapshots")
struct SnapshotTests {
    @Test(arguments: SnapshotCases.all)
    func snapshot(_ c: SnapshotCase) {
        Snapshots.check(Renderer.render(c.state()), named: c.name)
    }

    @Test func snapshotNamesAreUnique() {
        let names = SnapshotCases.all.map(\.name)
        #expect(Set(names).count == names.count)
    }

    /// No stored snapshot is left over from a case that no longer exists.
    @Test func noStaleSnapshots() throws {
        guard !Snapshots.updating else { return }
        let stored = try FileManager.default.contentsOfDirectory(atPath: Snapshots.folder.path).filter { $0.hasSuffix(".txt") }
        let expected = Set(SnapshotCases.all.map { $0.name + ".txt" })
        #expect(Set(stored).subtracting(expected).sorted() == [])
    }

    @Test func tooSmallScreenSaysSo() {
        for language in SnapshotCases.languages {
            let text = Renderer.render(Fixtures.state(width: 30, height: 8, language: language)).text
            #expect(text.contains(language == .fr ? "Terminal trop petit" : "Terminal too small"))
            #expect(text.contains("40x10"))
            #expect(text.contains("30x8"))
            // Wrapped, not cut: the way out stays readable.
            #expect(text.contains(language == .fr ? "quitter" : "quit"))
            #expect(!text.contains("…"))
        }
    }

    @Test func wideLabelIsDrawnWhole() {
        let screen = Renderer.render(Fixtures.state(width: 80, height: 24))
        #expect(screen.text.contains("Instagram · @marie 日本語"))
        #expect(screen.text.contains("Facebook · Grand-mère 👵"))
        // Columns after a wide label still line up with the headings.
        let lines = screen.lines
        let heading = lines[2]
        let progressColumn = TextWidth.of(String(heading[..<heading.range(of: "PROGRESS")!.lowerBound]))
        for row in 3...7 {
            let line = lines[row]
            guard let bar = line.firstIndex(where: { $0 == "█" || $0 == "░" }) else { continue }
            #expect(TextWidth.of(String(line[..<bar])) == progressColumn, "row \(row): \(line)")
        }
    }

    @Test func narrowTitleKeepsTheProgramName() {
        for language in SnapshotCases.languages {
            for width in [40, 45, 50] {
                let screen = Renderer.render(Fixtures.state(width: width, height: 12, language: language))
                #expect(screen.lines[0].hasPrefix(" optout"), "\(width) \(language): \(screen.lines[0])")
            }
        }
    }

    @Test func footerKeepsHelpAndQuitInFrench() {
        for (width, height) in [(80, 24), (60, 20), (40, 12)] {
            var state = Fixtures.state(width: width, height: height, language: .fr)
            state.open("instagram")
            let footer = Renderer.render(state).lines.last ?? ""
            #expect(footer.contains("? aide"), "\(width)x\(height): \(footer)")
            #expect(footer.contains("q quitter"), "\(width)x\(height): \(footer)")
        }
    }

    /// Every screen, at many sizes (odd ones and the layout thresholds too), in both
    /// languages, with and without Unicode, holds the invariants.
    @Test(arguments: Language.allCases, [true, false])
    func everyScreenHoldsTheInvariants(language: Language, unicode: Bool) {
        let builders: [(String, Screens.Builder)] = [
            ("dashboard-empty", Screens.dashboardEmpty), ("dashboard", Screens.dashboard), ("checklist", Screens.checklist),
            ("checklist-detail", Screens.checklistDetail), ("picker", Screens.picker), ("picker-insta", Screens.pickerFiltered),
            ("label", Screens.label), ("help", Screens.help), ("help-end", Screens.helpEnd), ("checklist-help", Screens.checklistHelp),
            ("confirm", Screens.confirm), ("cover", Screens.cover), ("search", Screens.search), ("note", Screens.note),
            ("export", Screens.export), ("needs-review", Screens.needsReview), ("no-opt-out", Screens.noOptOut),
        ]
        let sizes = [(0, 0), (1, 1), (10, 3), (30, 8), (39, 10), (40, 10), (41, 11), (47, 13), (59, 17), (60, 20), (61, 21),
                     (79, 27), (80, 24), (80, 28), (81, 30), (99, 40), (100, 27), (101, 33), (120, 40), (200, 60)]
        for (name, build) in builders {
            for (width, height) in sizes {
                let screen = Renderer.render(build(width, height, language, unicode))
                ScreenInvariants.check(screen, context: "\(name) \(width)x\(height) \(language) unicode=\(unicode)")
            }
        }
    }
}
