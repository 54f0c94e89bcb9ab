import ArgumentParser
import ChecklistEngine
import Foundation
import Testing
@testable import optout

/// Help and usage errors as `OptOut.main` says them, in process: what ArgumentParser stopped
/// on, read through `ParserFailure`, worded in each language.
@Suite struct CommandLineReplyTests {
    /// A home with no config file, so only `--lang` and LANG choose.
    static let home = FileManager.default.temporaryDirectory.appendingPathComponent("optout-reply-\(UUID().uuidString)")

    static func environment(_ lang: String) -> [String: String] {
        ["HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "LANG": lang]
    }

    /// What ArgumentParser throws for `arguments`: the parse, then a group's `run` (its help),
    /// as `OptOut.main` meets it.
    /// Only argument lists that stop before any command does work are used here.
    static func parseError(_ arguments: [String]) -> Error? {
        do {
            var command = try OptOut.parseAsRoot(arguments)
            // `--help` parses to ArgumentParser's own help command, which throws when run.
            guard command is AccountsCommand || command is CatalogCommand || String(describing: type(of: command)) == "HelpCommand"
            else { return nil }
            try command.run()
            return nil
        } catch {
            return error
        }
    }

    static func reply(_ arguments: [String], lang: String = "C.UTF-8", width: Int = 80) throws -> CommandLineReply {
        let error = try #require(parseError(arguments), "\(arguments) stops in the parser")
        return try #require(CommandLineReply(error: error, arguments: arguments, environment: environment(lang), width: width))
    }

    /// Collapses wrapping, so a sentence is found whatever the width.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    // MARK: Help

    @Test(arguments: Language.allCases)
    func helpIsInTheLanguageOfLang(_ language: Language) throws {
        let words = Words(language)
        let lang = language.rawValue + "_XX.UTF-8"
        let root = try Self.reply(["--help"], lang: lang)
        #expect(root.status == 0 && !root.toStandardError)
        let text = Self.flat(root.text)
        for key in ["help.optout.abstract", "help.optout.--data", "help.tick.abstract", "help.export.abstract", "cli.help.group.keep-the-proof"] {
            let said = try #require(words.text(named: key))
            #expect(text.contains(Self.flat(key.hasPrefix("cli.help.group") ? said.uppercased() : said)), "\(language) --help says \(key): \(root.text)")
        }
        #expect(text.contains(words.text(.cliHelpUsage)) && text.contains(words.text(.cliHelpOptions)))

        let tick = try Self.reply(["tick", "--help"], lang: lang)
        let tickText = Self.flat(tick.text)
        for key in ["help.tick.abstract", "help.tick.account", "help.tick.step", "help.tick.--note", "help.optout.--lang"] {
            #expect(tickText.contains(Self.flat(try #require(words.text(named: key)))), "\(language) tick --help says \(key): \(tick.text)")
        }
        #expect(tickText.contains("<" + (words.text(named: "cli.help.value.account") ?? "") + ">"), "\(tick.text)")
        #expect(tickText.contains(words.text(.cliHelpArguments)))
        if language != .en { #expect(!tickText.contains("Mark a step of an account as done"), "\(tick.text)") }
    }

    @Test func helpOfNestedCommandsAndGroups() throws {
        let add = try Self.reply(["help", "accounts", "add"], lang: "it_IT")
        #expect(Self.flat(add.text).contains(Self.flat(Words(.it).text(named: "help.accounts.add.--label") ?? "-")), "\(add.text)")
        #expect(add.text.contains("optout accounts add <piattaforma>"), "\(add.text)")
        let dashH = try Self.reply(["accounts", "add", "-h"], lang: "it_IT")
        #expect(dashH.text == add.text)
        // A group run without its command shows its help, with its commands.
        let group = try Self.reply(["accounts"], lang: "nl_BE.UTF-8")
        #expect(group.status == 0 && group.text.contains("OPDRACHTEN:") && group.text.contains("  cover "), "\(group.text)")
        #expect(group.text.contains("‘optout help accounts <opdracht>’"), "\(group.text)")
    }

    @Test func langBeatsTheLocale() throws {
        let reply = try Self.reply(["status", "--help", "--lang", "es"], lang: "de_DE.UTF-8")
        #expect(reply.text.hasPrefix("DESCRIPCIÓN: "), "\(reply.text)")
        // An unknown --lang is passed over: the locale speaks.
        let unknown = try Self.reply(["status", "--help", "--lang", "pt"], lang: "de_DE.UTF-8")
        #expect(unknown.text.hasPrefix("ÜBERSICHT: "), "\(unknown.text)")
    }

    @Test(arguments: [40, 80, 120])
    func helpLinesFitTheWidth(_ width: Int) throws {
        for language in Language.allCases {
            for arguments in [["--help"], ["export", "--help"], ["accounts"], ["catalog", "validate", "--help"]] {
                let reply = try Self.reply(arguments, lang: language.rawValue, width: width)
                for line in reply.text.split(separator: "\n") where TextWidth.of(String(line)) > width {
                    // Only a word longer than the line may pass it: one that cannot be broken.
                    let words = line.split(separator: " ")
                    #expect(words.count == 1 || line.hasPrefix("  --") && words.count == 2,
                            "\(language) \(arguments) at \(width): \(line)")
                }
            }
        }
    }

    // MARK: Usage errors

    /// What the parser's errors are read as: if ArgumentParser changes how it keeps them,
    /// this names the case that is no longer read (it would fall back to English).
    @Test func theParserErrorsAreRead() throws {
        let cases: [([String], ParserFailure)] = [
            (["--help"], .help),
            (["accounts"], .help),
            (["tick"], .usage(.missingArgument(name: "account"))),
            (["tick", "a", "b", "c", "d"], .usage(.extraArguments(["c", "d"]))),
            (["frob"], .usage(.extraArguments(["frob"]))),
            (["export", "--format", "pdf"], .usage(.badValue(value: "pdf", option: "--format", name: "format"))),
            (["status", "--jsn"], .usage(.unknownOption("--jsn"))),
            (["status", "-x"], .usage(.unknownOption("-x"))),
            (["tick", "a", "b", "--note"], .usage(.missingValue(option: "--note"))),
            (["status", "--no-color=x"], .usage(.unexpectedValue(option: "--no-color", value: "x"))),
        ]
        for (arguments, expected) in cases {
            let error = try #require(Self.parseError(arguments), "\(arguments)")
            #expect(ParserFailure(error, english: OptOut.message(for: error)) == expected, "\(arguments): \(error)")
        }
        #expect(ParserFailure(ExitCode.failure, english: "") == nil, "a command's own failure is not the parser's")
        #expect(ParserFailure(ValidationError("Nope."), english: "") == .usage(.sentence("Nope.")))
    }

    @Test func usageErrorsAreTwoLinesInTheLanguage() throws {
        let cases: [(arguments: [String], lang: String, first: String, second: String)] = [
            (["tick", "--bogus"], "de_DE.UTF-8", "optout: „optout tick“ kennt keine Option „--bogus“.", "Siehe „optout tick --help“."),
            (["status", "--jsn"], "fr_FR.UTF-8", "optout: «\u{A0}optout status\u{A0}» n'a pas d'option «\u{A0}--jsn\u{A0}»\u{A0}; vouliez-vous dire --json\u{A0}?",
             "Voir «\u{A0}optout status --help\u{A0}»."),
            (["stauts"], "de_DE.UTF-8", "optout: „optout“ kennt keinen Befehl „stauts“; meinten Sie status?", "Siehe „optout --help“."),
            (["accounts", "frob"], "fr_BE.UTF-8", "optout: «\u{A0}optout accounts\u{A0}» n'a pas de commande «\u{A0}frob\u{A0}».",
             "Voir «\u{A0}optout accounts --help\u{A0}»."),
            (["tick"], "de_AT.UTF-8", "optout: „optout tick“ braucht <Konto>.", "Siehe „optout tick --help“."),
            (["tick", "a", "b", "c"], "fr_FR.UTF-8", "optout: «\u{A0}optout tick\u{A0}» a reçu un argument de trop\u{A0}: «\u{A0}c\u{A0}».",
             "Voir «\u{A0}optout tick --help\u{A0}»."),
            (["export", "--format", "pdf"], "de_DE.UTF-8", "optout: --format erwartet einen der Werte markdown, html, json, csv, dossier, nicht „pdf“.",
             "Siehe „optout export --help“."),
            (["tick", "a", "b", "--note"], "C", "optout: --note needs a value: --note <note>.", "See 'optout tick --help'."),
            (["catalog", "validate"], "es_ES", "optout: «optout catalog validate» necesita <archivos>.", "Consulta «optout catalog validate --help»."),
        ]
        for c in cases {
            let reply = try Self.reply(c.arguments, lang: c.lang)
            #expect(reply.status == 64 && reply.toStandardError, "\(c.arguments)")
            #expect(reply.text.split(separator: "\n").map(String.init) == [c.first, c.second], "\(c.arguments) \(c.lang): \(reply.text)")
        }
    }

    @Test func typedValuesAreQuotedSafelyAndShort() throws {
        let reply = try Self.reply(["tick", "a", "b", "\u{1B}[31m" + String(repeating: "x", count: 200)], lang: "C")
        #expect(!reply.text.contains("\u{1B}"))
        #expect(reply.text.contains("\u{FFFD}[31m") && reply.text.contains("…"), "\(reply.text)")
        #expect(TextWidth.of(reply.text.split(separator: "\n")[0].description) < 120)
    }

    @Test func nearestSuggestsOnlyCloseNames() {
        #expect(UsageMessage.nearest("stauts", among: ["status", "tick", "export"]) == "status")
        #expect(UsageMessage.nearest("frob", among: ["status", "tick", "export"]) == nil)
        #expect(UsageMessage.distance("", "abc") == 3 && UsageMessage.distance("kitten", "sitting") == 3)
    }

    @Test func theScanFindsTheCommandAndLang() throws {
        let root = try CommandTree.of(OptOut.self)
        #expect(ArgumentScan(arguments: ["--data", "accounts", "accounts", "add", "x", "--lang=fr"], root: root).path == ["accounts", "add"])
        #expect(ArgumentScan(arguments: ["help", "catalog", "show"], root: root).path == ["catalog", "show"])
        let stray = ArgumentScan(arguments: ["accounts", "frob", "add", "--lang", "de", "--bogus"], root: root)
        #expect(stray.path == ["accounts"] && stray.unknownCommand == "frob" && stray.lang == "de" && stray.unknownOption == "--bogus")
        #expect(ArgumentScan(arguments: ["tick", "--", "--lang", "de"], root: root).lang == nil)
    }
}
