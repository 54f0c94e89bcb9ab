import ChecklistEngine
import Foundation
import ChecklistUI
import OptOutCatalog
import OptOutThemes

/// What every command needs, built once from the options and the environment.
struct CommandContext {
    let environment: [String: String]
    let language: Language
    let settings: Settings
    let settingsIssues: [CatalogIssue]
    let location: DataLocation
    let options: GlobalChoices

    init(options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(choices: options.choices, environment: environment)
    }

    init(choices options: GlobalChoices, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        self.options = options
        self.location = DataLocation(environment: environment)
        var settings = Settings()
        var issues: [CatalogIssue] = []
        if let folder = try? location.configFolder() {
            (settings, issues) = Settings.load(from: folder.appendingPathComponent("config.yaml"))
        }
        self.settings = settings
        self.settingsIssues = issues
        self.language = Language.chosen(option: options.lang, config: settings.language, environment: environment)
    }

    /// Standard output, with the sentence for a failed write in the command's language.
    var output: Output { Output(language: language) }

    /// The time of every change; `OPTOUT_NOW` (ISO 8601) fixes it for tests and golden reports.
    var now: Date {
        if let fixed = environment["OPTOUT_NOW"], let date = Timestamp.date(fixed) { return date }
        return Date()
    }

    /// Applies one change to the progress file under its lock, against the whole catalog.
    func apply(_ change: ProgressChange) throws -> (progress: UserProgress, outcome: ChangeOutcome, catalog: Catalog) {
        let catalog = try catalog()
        let (progress, outcome) = try store().apply(change, catalog: catalog, at: now)
        return (progress, outcome, catalog)
    }

    func store() throws(ProgressError) -> ProgressStore {
        ProgressStore(url: try location.progressFile(option: options.data))
    }

    /// The shipped catalog plus the user's, with the problems found in them.
    func loadedCatalog() throws -> CatalogSet.Loaded {
        let userFolder = try? location.configFolder().appendingPathComponent("catalog")
        let loaded = CatalogSet.load(userFolder: userFolder, environment: environment)
        if loaded.shippedFolderMissing {
            throw CommandFailure(text(.cliCatalogShippedMissing))
        }
        return loaded
    }

    /// The shipped catalog plus the user's; problems in the user's files are said on stderr.
    func catalog() throws -> Catalog {
        let loaded = try loadedCatalog()
        for issue in loaded.userIssues + loaded.shippedIssues { Output.error(issue.formatted(in: language)) }
        if !loaded.userIssues.isEmpty {
            Output.error(text(.cliCatalogUserFilesSkipped))
        }
        return loaded.catalog
    }

    /// The theme of `--theme`, else the config's, else `default`, with one line to show when
    /// it could not be used as written (the default, or the rest of it, is used then).
    func theme() -> (theme: Theme, notice: String?) {
        let name = options.theme ?? settings.theme ?? Theme.default.name
        let loader = themeLoader()
        let result = loader.load(named: name)
        return (result.theme, result.summary(themeName: name, in: language))
    }

    func themeLoader() -> ThemeLoader {
        ThemeLoader(userFolder: ThemeLoader.userFolder(environment: environment), shipped: ThemeFiles.urls(environment: environment))
    }

    /// Whether plain output may use Unicode symbols.
    var unicode: Bool { GlyphSupport.isUTF8(environment: environment) }

    /// The text of `word` in the user's language, with its `{placeholders}` filled in.
    var words: Words { Words(language) }

    func text(_ word: Word, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        Words(language).text(word, values)
    }

}
