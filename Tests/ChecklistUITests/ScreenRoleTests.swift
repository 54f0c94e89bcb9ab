import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

extension Screen {
    /// The first row whose text contains `text`.
    func row(containing text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

    /// The column where `text` starts on row `y` (wide characters count two), or nil.
    func column(of text: String, row y: Int) -> Int? {
        var characters: [(text: String, x: Int)] = []
        for x in 0..<width where !self[x, y].isContinuation { characters.append((self[x, y].text, x)) }
        let needle = text.map(String.init)
        guard !needle.isEmpty, needle.count <= characters.count else { return nil }
        for start in 0...(characters.count - needle.count)
        where (0..<needle.count).allSatisfy({ characters[start + $0].text == needle[$0] }) {
            return characters[start].x
        }
        return nil
    }

    /// The roles of the cells of `text` on the first row that shows it.
    func roles(of text: String, after: String? = nil) -> [Role]? {
        guard let y = row(containing: after ?? text), let x = column(of: text, row: y) else { return nil }
        return (x..<(x + TextWidth.of(text))).map { self[$0, y].role }
    }
}

// MARK: Colour roles

@Suite("Colour roles")
struct RoleTests {
    @Test func selectedDashboardRowIsSelection() {
        var h = Harness()
        var screen = h.screen
        #expect((0..<80).allSatisfy { screen[$0, 3].role == .selection })
        #expect((0..<80).allSatisfy { screen[$0, 4].role != .selection })
        h.press(.down)
        screen = h.screen
        #expect((0..<80).allSatisfy { screen[$0, 4].role == .selection })
        #expect((0..<80).allSatisfy { screen[$0, 3].role != .selection })
        // Including the wide characters of a label and their continuation cells.
        h.press(.up)
        screen = h.screen
        let x = screen.column(of: "日本語", row: 3)
        #expect(x != nil)
        if let x { #expect(screen[x + 1, 3].isContinuation && screen[x + 1, 3].role == .selection) }
    }

    @Test func selectedChecklistRowIsSelection() {
        var h = Harness()
        h.press(.enter, .home, .down, .down)  // ig-web
        let screen = h.screen
        guard let y = screen.row(containing: "Open the form directly"), let other = screen.row(containing: "In the app") else {
            Issue.record("rows not found:\n\(screen.text)")
            return
        }
        #expect((0..<80).allSatisfy { screen[$0, y].role == .selection })
        #expect((0..<80).allSatisfy { screen[$0, other].role != .selection })
        // Beside the detail pane: the tree's width only, not the divider nor the pane.
        var wide = Harness(width: 120, height: 40)
        wide.press(.enter, .home, .down, .down)
        let w = wide.screen
        guard let wy = w.row(containing: "[✔] Open the form directly") else {
            Issue.record("row not found:\n\(w.text)")
            return
        }
        #expect((0..<66).allSatisfy { w[$0, wy].role == .selection })
        #expect(w[66, wy].role == .border)
        #expect((67..<120).allSatisfy { w[$0, wy].role != .selection })
    }

    @Test func doneStepsTickBoxIsDone() {
        var h = Harness()
        h.press(.enter, .home, .down, .down, .down, .down)  // ig-confirm selected; ig-web and ig-send done
        let screen = h.screen
        #expect(screen.roles(of: "[✔]", after: "Open the form directly") == [.done, .done, .done])
        #expect(screen.roles(of: "Open the form directly") == Array(repeating: .done, count: 22))
        #expect(screen.roles(of: "[ ]", after: "In the app") == [.todo, .todo, .todo])
        #expect(screen.roles(of: "6 Jun 2026 10:13") == Array(repeating: .dim, count: 16))
        // A parent done through one of its routes shows done too.
        #expect(screen.roles(of: "[✔]", after: "Reach the objection form") == [.done, .done, .done])
        // The selected row, done or not, is the selection.
        #expect(screen.roles(of: "[ ]", after: "Keep the confirmation email") == [.selection, .selection, .selection])
    }

    @Test func statusRoles() {
        let screen = Harness().screen
        #expect(screen.roles(of: "! needs review") == Array(repeating: .warning, count: 14))
        #expect(screen.roles(of: "○ not started") == Array(repeating: .todo, count: 13))
        #expect(screen.roles(of: "⛓ covered") == Array(repeating: .done, count: 9))
        #expect(screen.roles(of: "∅ no opt-out") == Array(repeating: .dim, count: 12))
        // The selected account's status is the selection (symbol and word still say it).
        #expect(screen.roles(of: "✉ submitted") == Array(repeating: .selection, count: 11))
        // In French too, and in the checklist's title line and heading.
        var fr = Harness(language: .fr)
        #expect(fr.screen.roles(of: "! à revoir") == Array(repeating: .warning, count: 10))
        fr.press(.end, .enter)
        let checklist = fr.screen
        #expect(checklist[1, 2].role == .warning)
        #expect(checklist.lines[2].hasPrefix(" à revérifier"))
    }

    @Test func frameAndFooterRoles() {
        var h = Harness()
        h.press(.c("a"))
        let screen = h.screen
        #expect(screen[4, 1].role == .border)
        #expect(screen[4, 1].text == "┌")
        #expect(screen.roles(of: "Enter") == Array(repeating: .statusKey, count: 5))
        #expect(screen[0, 0].role == .title)
    }
}

// MARK: ASCII

@Suite("ASCII glyphs")
struct ASCIITests {
    static let unicodeGlyphs: Set<String> = {
        let g = Glyphs(unicode: true)
        var set: Set<String> = [g.expanded, g.collapsed, g.barDone, g.barTodo, g.horizontal, g.vertical, g.topLeft, g.topRight,
                                g.bottomLeft, g.bottomRight, g.bullet, g.note, g.separator, g.pointer, g.ellipsis, "✔",
                                "←", "↑", "↓", "→"]
        for status in AccountStatus.allCases where status.symbol(unicode: true) != status.symbol(unicode: false) {
            set.insert(status.symbol(unicode: true))
        }
        return set
    }()

    @Test func tickBoxesAreASCII() {
        var h = Harness()
        h.state.unicode = false
        h.press(.enter)
        let text = h.screen.text
        #expect(text.contains("[x] Open the form directly"))
        #expect(text.contains("v [x] Reach the objection form"))
        #expect(!text.contains("[✔]"))
        #expect(text.contains("Left back"))
    }

    @Test(arguments: [Language.en, .fr])
    func noUnicodeGlyphAnywhereWithoutUnicode(_ language: Language) {
        let builders: [(String, Screens.Builder)] = [
            ("dashboard-empty", Screens.dashboardEmpty), ("dashboard", Screens.dashboard), ("checklist", Screens.checklist),
            ("checklist-detail", Screens.checklistDetail), ("picker", Screens.picker), ("label", Screens.label),
            ("help", Screens.help), ("help-end", Screens.helpEnd), ("checklist-help", Screens.checklistHelp),
            ("confirm", Screens.confirm), ("cover", Screens.cover), ("search", Screens.search), ("note", Screens.note),
            ("export", Screens.export), ("needs-review", Screens.needsReview), ("no-opt-out", Screens.noOptOut),
        ]
        for (name, build) in builders {
            for (width, height) in [(80, 24), (120, 40), (40, 12), (30, 8)] {
                let screen = Renderer.render(build(width, height, language, false))
                for y in 0..<screen.height {
                    for x in 0..<screen.width where Self.unicodeGlyphs.contains(screen[x, y].text) {
                        Issue.record("\(name) \(width)x\(height) \(language): \(screen[x, y].text) at \(x),\(y): \(screen.lines[y])")
                    }
                }
            }
        }
    }
}

// MARK: Hostile text

@Suite("Hostile text")
struct HostileTextTests {
    static let label = "\u{1b}[31mred\u{9b}2J\u{202e}evil"
    static let note = "sent \u{1b}]0;pwned\u{07} \u{202e}gnp.exe \u{200f}x\u{fff9}y\u{7f}z"

    /// A progress file written by someone else: control characters in a label, a note and a
    /// platform id (the engine refuses them on input; a crafted file can still hold them).
    static var progress: UserProgress {
        var p = Fixtures.progress
        p.accounts[0].label = label
        p.accounts[0].notes["ig-send"] = note
        p.accounts.append(Account(id: "gone", platform: "gone\u{1b}[2J\u{9b}0m", label: "x\u{202e}y", created: Fixtures.now))
        return p
    }

    static let screens: [(String, [Key], String)] = [
        ("dashboard", [], ""),
        ("checklist", [.enter, .down, .down, .down], ""),
        ("detail", [.enter, .down, .down, .down, .c("i")], ""),
        ("confirm", [.c("d")], ""),
        ("relabel", [.c("r")], ""),
        ("note", [.enter, .down, .down, .down, .c("n")], ""),
        ("search", [.c("/")], "red"),
        ("search-note", [.c("/")], "pwned"),
        ("cover", [.down, .c("c")], ""),
        ("gone", [.end], ""),
        ("gone-open", [.end, .enter], ""),
    ]

    @Test(arguments: [(80, 24), (120, 40), (80, 30), (40, 12)])
    func neverReachesACellRaw(_ size: (Int, Int)) {
        for (name, keys, typed) in Self.screens {
            var h = Harness(width: size.0, height: size.1, progress: Self.progress)
            for key in keys { h.press(key) }
            h.type(typed)
            let screen = h.screen
            ScreenInvariants.check(screen, context: "\(name) \(size.0)x\(size.1)")
            for line in screen.lines {
                #expect(!line.unicodeScalars.contains { SafeText.isUnsafe($0) }, "\(name): \(line.debugDescription)")
            }
        }
    }

    @Test func theReplacementShowsWhereTheControlWas() {
        var h = Harness(width: 120, height: 40, progress: Self.progress)
        #expect(h.screen.text.contains("Instagram · \u{FFFD}[31mred\u{FFFD}2J\u{FFFD}evil"))
        h.press(.enter, .home, .down, .down, .down)
        #expect(h.screen.text.contains("sent \u{FFFD}]0;pwned\u{FFFD} \u{FFFD}gnp.exe \u{FFFD}x\u{FFFD}y\u{FFFD}z"))
    }

    @Test func messagesAboutAHostileAccountAreSafe() {
        var h = Harness(progress: Self.progress)
        h.press(.c("d"), .c("y"))
        #expect(h.state.message?.text == "Removed \u{FFFD}[31mred\u{FFFD}2J\u{FFFD}evil (u undoes).")
        ScreenInvariants.check(h.screen, context: "message")
    }

    @Test func screenPutReplacesEveryUnsafeCharacter() {
        for unsafe in ["\u{1b}", "\u{9b}", "\u{202e}", "\u{202a}", "\u{2066}", "\u{200e}", "\u{200f}", "\u{fff9}", "\u{7f}", "\u{0}", "\n", "\t"] {
            var screen = Screen(width: 6, height: 1)
            let used = screen.put("a" + unsafe + "b", x: 0, y: 0)
            #expect(used == 3, "\(unsafe.debugDescription)")
            #expect(screen.lines[0] == "a\u{FFFD}b   ", "\(unsafe.debugDescription)")
        }
    }
}

// MARK: Layout regressions found while reviewing the snapshots

@Suite("Layout regressions")
struct LayoutRegressionTests {
    @Test(arguments: [(40, 12), (40, 10), (80, 24)])
    func pickerShowsTheFirstVendorHeading(_ size: (Int, Int)) {
        var h = Harness(width: size.0, height: size.1)
        h.press(.c("a"))
        guard case .choosePlatform(let picker) = h.state.modal else {
            Issue.record("no picker")
            return
        }
        #expect(picker.top == 0)
        #expect(h.screen.text.contains("Kaisha"))
        // Moving down scrolls only when the selection would leave the frame.
        let rows = PickerLayout(width: size.0, height: size.1).listRows.count
        h.press(.end)
        guard case .choosePlatform(let moved) = h.state.modal else { Issue.record("the platform list closed"); return }
        let rowIndex = PickerLayout.rowIndex(ofChoice: moved.selected, in: moved.rows(in: h.state.catalog, language: .en))
        #expect(rowIndex >= moved.top && rowIndex < moved.top + rows)
        #expect(h.screen.text.contains("Reddit  trains"))
    }

    @Test func searchScrollsWithTheFrame() {
        var h = Harness(width: 40, height: 10)
        h.press(.c("/"))
        h.type("form")
        h.press(.end)
        let text = h.screen.text
        #expect(text.contains("facebook-2") || text.contains("Facebook · f"), "\(text)")
    }

    @Test func frenchSpacesBeforeHighPunctuation() {
        let text = Harness(language: .fr).screen.text
        #expect(text.contains("Instagram\u{00A0}: date limite 26 mai 2025\u{00A0}; pour l'avenir seulement"))
        for width in 40...80 {
            var h = Harness(width: width, height: 24, language: .fr)
            h.press(.c("d"))
            for line in h.screen.lines {
                let inside = line.drop { $0 == " " || $0 == "│" }
                #expect(!inside.hasPrefix("?") && !inside.hasPrefix(";"), "\(width): \(line)")
            }
        }
    }

    @Test func aWideCharacterUnderTheCursorStaysInTheField() {
        var h = Harness()
        // The cursor on a wide character at the start, narrow ones after it up to the edge.
        h.press(.c("r"), .control("u"))
        h.type("日" + String(repeating: "a", count: 70))
        h.press(.home)
        let screen = h.screen
        guard let y = (0..<24).first(where: { screen[4, $0].text == "│" && screen[6, $0].role == .selection }) else {
            Issue.record("no field:\n\(screen.text)")
            return
        }
        // The field spans columns 6..<74; 74 is the frame's padding, 75 its border.
        #expect(screen[74, y].role != .selection)
        #expect(screen[74, y].text == " ")
        #expect(screen[75, y].text == "│")
    }

    @Test func narrowTitleDropsTheSummaryNotTheName() {
        let screen = Renderer.render(Fixtures.state(width: 45, height: 12))
        #expect(screen.lines[0].trimmingCharacters(in: .whitespaces) == "optout")
        let wide = Renderer.render(Fixtures.state(width: 46, height: 12))
        #expect(wide.lines[0].contains("1 of 4 accounts opted out or covered"))
        #expect(wide.lines[0].hasPrefix(" optout"))
    }
}
