import Foundation
import Testing

/// `optout --help`, `optout tick --help` and the usage errors, run as the program: in the
/// language of LANG (or of --lang, or of config.yaml), on the right stream, with the exit
/// status ArgumentParser gives.
@Suite struct HelpCommandLineTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    @Test func helpIsGermanWithAGermanLocale() throws {
        let root = try sandbox.run(["--help"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(root.status == 0 && root.stderr.isEmpty, "\(root)")
        for words in ["ÜBERSICHT: Der Nutzung Ihrer Daten für das Training von KI widersprechen", "AUFRUF: optout [--data <Datei>]",
                      "OPTIONEN:", "Die Fortschrittsdatei (Standard: $OPTOUT_DATA", "IHRE KONTEN VERFOLGEN:", "DEN NACHWEIS AUFBEWAHREN:",
                      "  tick                    Einen Schritt eines Kontos als erledigt abhaken", "„optout help <Befehl>“"] {
            #expect(root.stdout.contains(words), "optout --help says \(words):\n\(root.stdout)")
        }
        #expect(!root.stdout.contains("OVERVIEW") && !root.stdout.contains("Show help information"))

        let tick = try sandbox.run(["tick", "--help"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(tick.status == 0 && tick.stderr.isEmpty, "\(tick)")
        for words in ["ÜBERSICHT: Einen Schritt eines Kontos als erledigt abhaken", "AUFRUF: optout tick <Konto> <Schritt> [--note <Notiz>]",
                      "ARGUMENTE:", "  <Konto>                 Das Konto: ID, Name oder Plattform-ID", "  <Schritt>               Die ID des Schritts",
                      "  --note <Notiz>          Eine Notiz zum Schritt", "  -h, --help              Die Hilfe anzeigen."] {
            #expect(tick.stdout.contains(words), "optout tick --help says \(words):\n\(tick.stdout)")
        }
    }

    @Test func configLanguageSpeaksWhenNoLangIsGiven() throws {
        let folder = sandbox.configHome.appendingPathComponent("optout")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "language: it\n".write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let help = try sandbox.run(["help", "accounts", "add"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(help.status == 0 && help.stdout.hasPrefix("PANORAMICA: Segui un account di una piattaforma"), "\(help)")
        let lang = try sandbox.run(["accounts", "add", "--help", "--lang", "nl"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(lang.stdout.hasPrefix("OVERZICHT: Een account van een platform bijhouden"), "\(lang)")
    }

    @Test func usageErrorsAreTwoLinesInGermanAndFrench() throws {
        let german = try sandbox.run(["tick", "testgram", "send", "--bogus"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.status == 64, "\(german)")
        #expect(german.stdout.isEmpty)
        #expect(german.stderr == "optout: „optout tick“ kennt keine Option „--bogus“.\nSiehe „optout tick --help“.\n", "\(german)")

        let french = try sandbox.run(["export", "--format", "pdf"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.status == 64, "\(french)")
        #expect(french.stderr == "optout: --format prend l'une des valeurs markdown, html, json, csv, dossier, pas «\u{A0}pdf\u{A0}».\n"
                + "Voir «\u{A0}optout export --help\u{A0}».\n", "\(french)")

        for (arguments, lang) in [(["frobnicate"], "de_DE.UTF-8"), (["tick"], "fr_FR.UTF-8"), (["status", "--lang", "pt"], "de_DE.UTF-8"),
                                  (["accounts", "cover", "x"], "fr_FR.UTF-8"), (["status", "--country", "ZZ"], "de_DE.UTF-8")] {
            let result = try sandbox.run(arguments, environment: ["LANG": lang])
            #expect(result.status == 64, "\(arguments): \(result)")
            #expect(result.stderrLines.count == 2 && result.stderrLines[0].hasPrefix("optout: "), "\(arguments): \(result)")
            #expect(!result.stderr.contains("Error:") && !result.stderr.contains("Usage:") && !result.stderr.contains("Help:"), "\(result)")
            #expect(result.stderrLines.last?.hasPrefix(lang.hasPrefix("de") ? "Siehe „optout" : "Voir «\u{A0}optout") == true, "\(result)")
        }
        let lang = try sandbox.run(["status", "--lang", "pt"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(lang.stderrLines.first == "optout: --lang erwartet en, fr, de, es, it oder nl, nicht „pt“.", "\(lang)")
    }

    /// What ArgumentParser itself still answers is unchanged: the version, completion scripts.
    @Test func versionAndCompletionsAreArgumentParsers() throws {
        let version = try sandbox.run(["status", "--version"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(version.status == 0 && version.stdout == "0.1.0\n", "\(version)")
        let script = try sandbox.run(["--generate-completion-script", "bash"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(script.status == 0 && script.stdout.contains("complete"), "\(script.stderr)")
    }
}
