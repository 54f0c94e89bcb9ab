import ChecklistEngine
import ChecklistUI
import Foundation
import OptOutThemes
import Testing

/// A folder of user theme files under the temporary directory, removed afterwards.
private final class TemporaryThemes {
    let folder: URL

    init(_ files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("optout-theme-tests-\(UUID().uuidString)/optout/themes", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".yaml"))
        }
    }

    deinit { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent().deletingLastPathComponent()) }

    func loader(shipped: [String: URL] = ThemeFiles.urls) -> ThemeLoader {
        ThemeLoader(userFolder: folder, shipped: shipped)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name + ".yaml").standardizedFileURL.path }
}

@Suite struct ThemeLoaderTests {
    // MARK: Shipped themes

    @Test func theShippedThemesAreFound() {
        #expect(ThemeFiles.folder != nil)
        for name in ["default", "light", "high-contrast", "monochrome"] {
            #expect(ThemeFiles.names.contains(name))
            #expect(ThemeFiles.contents(named: name)?.contains("roles:") == true)
        }
        #expect(ThemeFiles.url(named: "no-such-theme") == nil)
    }

    @Test(arguments: ["default", "light", "high-contrast", "monochrome"])
    func everyShippedThemeLoadsWithoutIssues(name: String) {
        let result = ThemeLoader(userFolder: nil, shipped: ThemeFiles.urls).load(named: name)
        #expect(result.issues.isEmpty, "\(result.issues.map { $0.message(in: .en) })")
        #expect(!result.usedDefault)
        #expect(result.theme.name == name)
        #expect(result.theme.styles.count == Role.allCases.count)
    }

    @Test func theShippedDefaultFileIsTheBuiltInDefault() throws {
        // Parsed from the file: `load(named: "default")` trusts this equality and skips it.
        let file = try #require(ThemeFiles.url(named: "default"))
        let parsed = ThemeLoader(userFolder: nil, shipped: ThemeFiles.urls).load(fileAt: file)
        #expect(parsed.issues.isEmpty)
        #expect(parsed.theme == Theme.default)
        #expect(ThemeLoader(userFolder: nil, shipped: ThemeFiles.urls).load(named: "default").theme == Theme.default)
    }

    @Test func aUserDefaultFileStillReplacesTheBuiltInOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("optout-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name: default\nroles:\n  selection: {fg: black, bg: yellow}\n".write(
            to: folder.appendingPathComponent("default.yaml"), atomically: false, encoding: .utf8)
        let result = ThemeLoader(userFolder: folder, shipped: ThemeFiles.urls).load(named: "default")
        #expect(result.issues.isEmpty, "\(result.issues.map { $0.message(in: .en) })")
        #expect(result.theme != Theme.default)
    }

    @Test func theMonochromeThemeIsWhatNoColourShows() {
        let theme = ThemeLoader(userFolder: nil, shipped: ThemeFiles.urls).load(named: "monochrome").theme
        for role in Role.allCases {
            #expect(theme[role] == Theme.Style(attributes: Theme.monochromeAttributes(for: role)), "\(role)")
            // Any theme without colour looks like the monochrome one.
            #expect(Theme.default.appearance(of: role, in: .none).attributes.isSuperset(of: theme[role].attributes))
        }
    }

    @Test func withoutAnyFileTheDefaultStillLoads() {
        let loader = ThemeLoader(userFolder: nil, shipped: [:])
        #expect(loader.load(named: "default") == ThemeLoadResult(theme: .default))
        #expect(loader.availableNames() == ["default"])
    }

    // MARK: Patches and extends

    @Test func aThemeFileIsAPatchOverWhatItExtends() throws {
        let themes = try TemporaryThemes(["mine": """
            name: mine
            extends: default
            roles:
              selection: {bg: red}
              title: {bold: false, underline: true}
            """])
        let result = themes.loader().load(named: "mine")
        #expect(result.issues.isEmpty)
        var expected = Theme.default
        expected.name = "mine"
        expected[.selection].background = .red  // the foreground stays black
        expected[.title].attributes = .underline
        #expect(result.theme == expected)
    }

    @Test func withoutExtendsAThemePatchesTheDefault() throws {
        let themes = try TemporaryThemes(["bare": "roles:\n  done: {fg: 46}\n"])
        let result = themes.loader(shipped: [:]).load(named: "bare")
        #expect(result.issues.isEmpty)
        #expect(result.theme.name == "bare")
        #expect(result.theme[.done].foreground == .index(46))
        #expect(result.theme[.selection] == Theme.default[.selection])
    }

    @Test func extendsChainsFollowToTheEnd() throws {
        let themes = try TemporaryThemes([
            "top": "extends: middle\nroles:\n  error: {fg: bright-red}\n",
            "middle": "extends: light\nroles:\n  done: {fg: blue}\n",
        ])
        let result = themes.loader().load(named: "top")
        #expect(result.issues.isEmpty)
        let light = ThemeLoader(userFolder: nil, shipped: ThemeFiles.urls).load(named: "light").theme
        #expect(result.theme[.error].foreground == .index(9))
        #expect(result.theme[.error].attributes == light[.error].attributes)
        #expect(result.theme[.done].foreground == .blue)
        #expect(result.theme[.selection] == light[.selection])
    }

    @Test func aUserThemeOverridesAndMayExtendTheShippedOneOfTheSameName() throws {
        let themes = try TemporaryThemes(["light": "extends: light\nroles:\n  link: {fg: red}\n"])
        let result = themes.loader().load(named: "light")
        #expect(result.issues.isEmpty)
        #expect(result.theme[.link].foreground == .red)
        #expect(result.theme[.selection].background == .index(25))  // from the shipped light
    }

    @Test func aCycleIsReportedWithItsLineAndTheThemesStillApply() throws {
        let themes = try TemporaryThemes([
            "ping": "extends: pong\nroles:\n  done: {fg: red}\n",
            "pong": "roles:\n  todo: {fg: blue}\nextends: ping\n",
        ])
        let result = themes.loader(shipped: [:]).load(named: "ping")
        #expect(result.issues == [.cycle(file: themes.path("pong"), line: 3, column: 10, chain: ["ping", "pong", "ping"])])
        #expect(!result.usedDefault)
        #expect(result.theme[.done].foreground == .red)
        #expect(result.theme[.todo].foreground == .blue)
        #expect(result.issues[0].message(in: .en).hasSuffix("'extends' goes round in a circle (ping → pong → ping); the chain stops there"))
    }

    @Test func aThemeExtendingItselfIsACycle() throws {
        let themes = try TemporaryThemes(["self": "extends: self\n"])
        let result = themes.loader(shipped: [:]).load(named: "self")
        #expect(result.issues.count == 1)
        guard case .cycle = result.issues.first else {
            Issue.record("expected a cycle, got \(result.issues)")
            return
        }
    }

    @Test func extendingAMissingThemeIsReportedAndTheDefaultIsTheBase() throws {
        let themes = try TemporaryThemes(["orphan": "extends: nowhere\nroles:\n  done: {fg: red}\n"])
        let result = themes.loader(shipped: [:]).load(named: "orphan")
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.message(in: .en).contains("orphan.yaml:1:10: 'extends' cannot be 'nowhere'") == true)
        #expect(result.theme[.done].foreground == .red)
        #expect(result.theme[.selection] == Theme.default[.selection])
    }

    // MARK: Problems never stop loading

    @Test func anUnknownColourIsReportedWithItsPositionAndTheRestIsUsed() throws {
        let themes = try TemporaryThemes(["typo": """
            name: typo
            roles:
              done: {fg: green}
              error:
                fg: purple
                bold: true
            """])
        let result = themes.loader().load(named: "typo")
        #expect(result.issues.count == 1)
        guard case .file(let issue) = result.issues.first else {
            Issue.record("expected a file issue, got \(result.issues)")
            return
        }
        #expect(issue.file == themes.path("typo"))
        #expect((issue.line, issue.column) == (5, 9))
        #expect(issue.problem.message(in: .en).hasPrefix("'roles.error.fg' cannot be 'purple'; allowed: default, black"))
        #expect(!result.usedDefault)
        #expect(result.theme[.done].foreground == .green)
        #expect(result.theme[.error].foreground == Theme.default[.error].foreground)  // kept from the base
        #expect(result.theme[.error].attributes.contains(.bold))
    }

    @Test func unknownRolesAndFieldsAreReportedWithSuggestions() throws {
        let themes = try TemporaryThemes(["odd": """
            roles:
              selectoin: {bg: red}
              done: {colour: red, fg: 300, bold: maybe}
            extra: 1
            """])
        let result = themes.loader().load(named: "odd")
        let messages = result.issues.map { $0.message(in: .en) }
        #expect(messages.count == 5, "\(messages)")
        #expect(messages.contains { $0.hasSuffix("odd.yaml:2:3: unknown field 'selectoin'; did you mean 'selection'?") })
        #expect(messages.contains { $0.hasSuffix("odd.yaml:3:10: unknown field 'colour'") })
        #expect(messages.contains { $0.hasSuffix("odd.yaml:3:27: 'roles.done.fg' cannot be '300'; allowed: default, black, red, green, yellow, blue, magenta, cyan, white, bright-black, bright-red, bright-green, bright-yellow, bright-blue, bright-magenta, bright-cyan, bright-white, 0-255") })
        #expect(messages.contains { $0.hasSuffix("odd.yaml:3:38: 'roles.done.bold' cannot be 'maybe'; allowed: true, false") })
        #expect(messages.contains { $0.hasSuffix("odd.yaml:4:1: unknown field 'extra'") })
        #expect(result.theme[.selection] == Theme.default[.selection])
        #expect(!result.usedDefault)
    }

    @Test func aBrokenFileGivesTheDefaultAndSaysSo() throws {
        let themes = try TemporaryThemes(["broken": "roles:\n  done: {fg: red\n  todo: [\n"])
        let result = themes.loader().load(named: "broken")
        #expect(result.usedDefault)
        #expect(result.theme == .default)
        #expect(result.issues.count == 1)
        guard case .file(let issue) = result.issues.first, case .notYAML = issue.problem else {
            Issue.record("expected a YAML error, got \(result.issues)")
            return
        }
        let summary = result.summary(themeName: "broken", in: .en) ?? ""
        #expect(summary.hasPrefix("theme 'broken': broken.yaml:"))
        #expect(summary.hasSuffix("; using default"))
        #expect(result.summary(themeName: "broken", in: .fr)?.hasSuffix("; thème par défaut utilisé") == true)
    }

    @Test func anEmptyOrNonMappingFileGivesTheDefault() throws {
        let themes = try TemporaryThemes(["empty": "", "list": "- a\n- b\n"])
        for name in ["empty", "list"] {
            let result = themes.loader().load(named: name)
            #expect(result.usedDefault)
            #expect(result.theme == .default)
            #expect(result.issues.count == 1)
        }
    }

    @Test func anUnknownNameGivesTheDefaultAndTheNamesThatExist() throws {
        let themes = try TemporaryThemes(["mine": "roles: {}\n"])
        let result = themes.loader().load(named: "solarised")
        #expect(result.usedDefault)
        #expect(result.theme == .default)
        #expect(result.issues == [.notFound(name: "solarised", available: ["default", "high-contrast", "light", "mine", "monochrome"])])
        #expect(result.summary(themeName: "solarised", in: .en)
            == "theme 'solarised': no theme named 'solarised' (available: default, high-contrast, light, mine, monochrome); using default")
        #expect(ThemeLoadResult(theme: .default).summary(themeName: "default", in: .en) == nil)
    }

    @Test func aNameIsNeverAPath() throws {
        let themes = try TemporaryThemes(["ok": "roles: {}\n"])
        for name in ["../themes/ok", "/etc/passwd", "ok.yaml", "", "OK"] {
            #expect(themes.loader().url(forTheme: name) == nil, "\(name)")
            #expect(themes.loader().load(named: name).usedDefault)
        }
    }

    @Test func aFileCanBeLoadedByPath() throws {
        let themes = try TemporaryThemes(["by-path": "extends: monochrome\nroles:\n  done: {underline: true}\n"])
        let result = themes.loader().load(fileAt: URL(fileURLWithPath: themes.path("by-path")))
        #expect(result.issues.isEmpty)
        #expect(result.theme[.done].attributes == [.bold, .underline])
        #expect(result.theme[.selection].attributes == .reverse)
    }

    @Test func theUserFolderFollowsXDG() {
        #expect(ThemeLoader.userFolder(environment: ["XDG_CONFIG_HOME": "/x/config", "HOME": "/home/u"])?.path
            == "/x/config/optout/themes")
        #expect(ThemeLoader.userFolder(environment: ["HOME": "/home/u"])?.path == "/home/u/.config/optout/themes")
        #expect(ThemeLoader.userFolder(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"])?.path
            == "/home/u/.config/optout/themes")
        #expect(ThemeLoader.userFolder(environment: [:]) == nil)
    }

    // MARK: Colours

    @Test func colourNames() {
        #expect(ThemeColor(name: "default") == .default)
        #expect(ThemeColor(name: "cyan") == .cyan)
        #expect(ThemeColor(name: "Bright-Red") == .index(9))
        #expect(ThemeColor(name: "bright-white") == .index(15))
        #expect(ThemeColor(name: "208") == .index(208))
        #expect(ThemeColor(name: "256") == nil)
        #expect(ThemeColor(name: "-1") == nil)
        #expect(ThemeColor(name: "purple") == nil)
        #expect(ThemeColor(name: "bright-default") == nil)
        for name in ThemeColor.names { #expect(ThemeColor(name: name)?.name == name) }
    }

    @Test(arguments: [
        (UInt8(196), ThemeColor.red), (46, .green), (21, .blue), (226, .yellow), (201, .magenta), (51, .cyan),
        (9, .red), (12, .blue), (14, .cyan), (25, .blue), (28, .green), (90, .magenta), (160, .red),
        (16, .black), (232, .black), (240, .black), (15, .white), (231, .white), (255, .white),
        (8, .default), (244, .default), (248, .default),
    ])
    func twoHundredFiftySixColoursStepDownToTheNearestOfEight(index: UInt8, expected: ThemeColor) {
        #expect(ThemeColor.index(index).steppedDown(to: .basic8) == expected)
    }

    @Test func colourModesKeepOrDropColours() {
        #expect(ThemeColor.index(3).steppedDown(to: .basic8) == .yellow)
        #expect(ThemeColor.index(208).steppedDown(to: .extended256) == .index(208))
        #expect(ThemeColor.default.steppedDown(to: .basic8) == .default)
        #expect(ThemeColor.red.steppedDown(to: .none) == nil)
    }

    @Test func steppingDownNeverHidesTextInItsBackground() {
        var theme = Theme.default
        theme[.selection] = Theme.Style(foreground: .index(20), background: .index(19))  // two blues
        let appearance = theme.appearance(of: .selection, in: .basic8)
        #expect(appearance.background == .blue)
        #expect(appearance.foreground == .white)
        #expect(theme.appearance(of: .selection, in: .extended256).foreground == .index(20))
    }

    @Test func withoutColourRolesKeepTheirMeaningThroughAttributes() {
        let theme = Theme.default
        #expect(theme.appearance(of: .selection, in: .none) == Theme.Appearance(foreground: nil, background: nil, attributes: .reverse))
        #expect(theme.appearance(of: .done, in: .none).attributes == .bold)
        #expect(theme.appearance(of: .link, in: .none).attributes == .underline)
        #expect(theme.appearance(of: .error, in: .none).attributes == [.bold, .reverse])
        #expect(theme.appearance(of: .text, in: .none).attributes == [])
    }

    @Test func theColourModeFollowsTheTerminalAndTheUser() {
        func mode(_ colors: Int, has: Bool = true, direct: Bool = false, option: Bool = false, _ env: [String: String] = [:]) -> ColorMode {
            ColorMode.detect(hasColors: has, colors: colors, directColor: direct, noColorOption: option, environment: env)
        }
        #expect(mode(256) == .extended256)
        #expect(mode(65_536) == .extended256)
        #expect(mode(16_777_216, direct: true) == .basic8)
        #expect(mode(8) == .basic8)
        #expect(mode(16) == .basic8)
        #expect(mode(2) == .none)
        #expect(mode(256, has: false) == .none)
        #expect(mode(256, ["NO_COLOR": "1"]) == .none)
        #expect(mode(256, ["NO_COLOR": ""]) == .extended256)  // set but empty: colour stays
        #expect(mode(256, option: true) == .none)
    }
}
