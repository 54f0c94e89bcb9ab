import ArgumentParser
import ChecklistEngine
import Foundation

/// Options every command takes, after the subcommand (`optout status --data FILE`).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The progress file (default: $OPTOUT_DATA, else $XDG_DATA_HOME/optout/progress.json).", valueName: "file"), completion: .file(extensions: ["json"]))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("The language of what optout says: en, fr, de, es, it or nl (default: config, else LANG).", valueName: "en|fr|de|es|it|nl"), completion: .list(Language.allCases.map(\.rawValue)))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("The colour theme of the full-screen view (see 'optout themes').", valueName: "name"), completion: Completions.themes)
    var theme: String?

    @Flag(name: .long, help: "Draw no colour at all (as a non-empty NO_COLOR does).")
    var noColor = false

    @Option(name: .long, help: ArgumentHelp("Your country, ISO 3166-1 (FR, DE...): names your data protection authority (default: config).", valueName: "code"), completion: Completions.countries)
    var country: String?

    @Option(name: .long, help: ArgumentHelp("In Germany, your Land, ISO 3166-2 (DE-BY, DE-NW...) (default: config).", valueName: "code"), completion: Completions.regions)
    var region: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            let value = SafeText.line(String(lang.prefix(40)))
            let language = refusalLanguage
            throw ValidationError(Words.text(.cliOptionsBadLanguage, in: language, ["languages": Language.codes(in: language), "value": value]))
        }
        try validatePlace()
    }
}

extension GlobalOptions {
    /// What was chosen, as plain values the rest of optout keeps.
    var choices: GlobalChoices { GlobalChoices(data: data, lang: lang, theme: theme, noColor: noColor) }

    /// The language a refusal of these options is said in: as every command chooses it
    /// (`--lang` when it names a language, else config.yaml, else the locale).
    var refusalLanguage: Language { CommandContext(choices: choices).language }
}

/// The global options' values: what `GlobalOptions` parsed, or the defaults when nothing
/// was typed (`QuickStart`).
struct GlobalChoices: Sendable, Equatable {
    var data: String?
    var lang: String?
    var theme: String?
    var noColor = false
}
