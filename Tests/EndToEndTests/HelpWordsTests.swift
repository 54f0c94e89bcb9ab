import ArgumentParser
import ChecklistEngine
import Testing
@testable import optout

/// The words of the command line's help: every command, option and argument has its text in
/// each of the six language files, English as the definitions say it, and none is kept for
/// something that no longer exists. Found by walking the command tree, so a command added
/// since (and its options) is named here until its words are written.
@Suite struct HelpWordsTests {
    /// One line per key the language tables lack, naming the languages and the English to translate.
    static func missing(_ expected: [(key: String, english: String)]) -> [String] {
        expected.compactMap { entry in
            let languages = Language.allCases.filter { !Words($0).hasOwnText(named: entry.key) }
            guard !languages.isEmpty else { return nil }
            return "\(entry.key): \"\(entry.english)\" has no text in " + languages.map { "Languages/\($0.rawValue).yaml" }.joined(separator: ", ")
                + " (add it, then run scripts/generate-words)"
        }
    }

    @Test func everyCommandOptionAndArgumentHasItsHelpInTheSixLanguages() throws {
        let root = try CommandTree.of(OptOut.self)
        let expected = HelpWords.expected(root: root, groups: HelpGroup.all)
        // Every command the tree has is asked for, so the check covers what other branches add.
        for command in root.documentedCommands {
            #expect(expected.contains { $0.key == HelpWords.key(command, "abstract") }, "\(command.path) is checked")
        }
        for line in Self.missing(expected) { Issue.record(Comment(rawValue: line)) }
    }

    @Test func theEnglishTextsAreTheDefinitions() throws {
        let root = try CommandTree.of(OptOut.self)
        for (key, english) in HelpWords.expected(root: root, groups: HelpGroup.all) {
            guard let text = Words(.en).text(named: key) else { continue }  // missing: the test above names it
            #expect(text == english, "Languages/en.yaml \(key) says \"\(text)\", the definition \"\(english)\": make them one (and check the translations)")
        }
    }

    @Test func noHelpTextIsKeptForWhatNoLongerExists() throws {
        let root = try CommandTree.of(OptOut.self)
        let expected = Set(HelpWords.expected(root: root, groups: HelpGroup.all).map(\.key))
        let stale = Word.allCases.map(\.key).filter { HelpWords.isHelpKey($0) && !expected.contains($0) }
        #expect(stale.isEmpty, "no command, option or group has these any more: \(stale.joined(separator: ", "))")
    }

    /// The check fails, naming each text, for a command written the way other branches add them.
    @Test func theCheckNamesEachTextOfANewCommand() throws {
        let root = try CommandTree.of(NewCommandRoot.self)
        let missing = Self.missing(HelpWords.expected(root: root, groups: []))
        for key in ["help.inspect.abstract", "help.inspect.--json", "help.inspect.account", "help.inspect.--holder", "cli.help.value.holder-name"] {
            #expect(missing.contains { $0.hasPrefix(key + ":") && $0.contains("Languages/de.yaml") }, "\(key) is named: \(missing)")
        }
        // What the files do hold is not named: the root and the options every command takes.
        #expect(!missing.contains { $0.hasPrefix("help.optout.") }, "\(missing)")
        // At run time the English of the definition stands in.
        let verify = try #require(root.subcommand(named: "inspect"))
        #expect(HelpWords(.de, root: root).abstract(verify) == "Check the evidence files.")
    }
}

/// A root like optout's with a command the language files do not know.
struct NewCommandRoot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optout", abstract: "Object to the use of your data for AI training, platform by platform, and keep the proof.",
        discussion: """
            With no command, optout opens the full-screen checklist. Progress stays on this machine, \
            in $XDG_DATA_HOME/optout/progress.json unless --data or OPTOUT_DATA says otherwise.
            Options go after the command: optout status --data FILE.
            """,
        subcommands: [Verify.self])
    @OptionGroup var options: GlobalOptions

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Check the evidence files.")
        @Argument(help: "The account.") var account: String
        @Flag(help: "Print JSON.") var json = false
        @Option(help: ArgumentHelp("Who holds the account.", valueName: "holder-name")) var holder: String?
        @OptionGroup var options: GlobalOptions
    }
}
