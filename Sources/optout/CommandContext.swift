import ArgumentParser
import ChecklistEngine
import Foundation
import ChecklistUI
import OptOutCatalog
import OptOutThemes
#if canImport(Glibc)
import Glibc
#endif

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
        self.language = options.lang.flatMap(Language.init(rawValue:)) ?? settings.language ?? Language.fromEnvironment(environment)
        Self.currentLanguage = language
    }

    /// The language of the command running, for the few sentences said outside a context.
    nonisolated(unsafe) static var currentLanguage: Language = .en

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
            throw CommandFailure(language == .fr
                ? "Le catalogue livré avec optout est introuvable (dossier optout_OptOutCatalog.resources à côté du programme) : réinstallez optout ou lancez-le avec « swift run optout »."
                : "The catalog shipped with optout is missing (folder optout_OptOutCatalog.resources beside the program): reinstall optout or run it with 'swift run optout'.")
        }
        return loaded
    }

    /// The shipped catalog plus the user's; problems in the user's files are said on stderr.
    func catalog() throws -> Catalog {
        let loaded = try loadedCatalog()
        for issue in loaded.userIssues + loaded.shippedIssues { Output.error(issue.formatted(in: language)) }
        if !loaded.userIssues.isEmpty {
            Output.error(language == .fr ? "Ces fichiers de catalogue personnels sont ignorés tant qu'ils ne sont pas corrigés."
                : "These personal catalog files are skipped until they are fixed.")
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
        ThemeLoader(userFolder: ThemeLoader.userFolder(environment: environment), shipped: ThemeFiles.urls)
    }

    /// Whether plain output may use Unicode symbols.
    var unicode: Bool { GlyphSupport.isUTF8(environment: environment) }

    func say(_ en: String, _ fr: String) -> String { language == .fr ? fr : en }
}

/// A failure already worded for the user: one sentence, printed to stderr, exit 1.
struct CommandFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Everything optout prints goes through here, so no control character or escape sequence
/// from a file, a label or the command line reaches the terminal raw: each is shown as `�`.
enum Output {
    static func line(_ text: String) {
        Output.text(text + "\n")
    }

    /// Text as it is, newlines kept, other control characters replaced.
    static func text(_ text: String) {
        standardOutput(Data(SafeText.block(text).utf8))
    }

    static func error(_ text: String) {
        // Nothing more can be said when standard error itself is gone.
        _ = write(Data((SafeText.block(text) + "\n").utf8), to: STDERR_FILENO)
    }

    /// Bytes to standard output. When they cannot be written (a full disk, a closed output),
    /// one sentence on stderr and exit status 1, rather than Foundation's crash.
    static func standardOutput(_ data: Data) {
        guard let failure = write(data, to: STDOUT_FILENO) else { return }
        error("optout: " + (CommandContext.currentLanguage == .fr
            ? "impossible d'écrire la sortie (\(failure))."
            : "could not write the output (\(failure))."))
        exit(1)
    }

    /// Writes every byte; nil when done, else why it could not.
    private static func write(_ data: Data, to fd: Int32) -> String? {
        data.withUnsafeBytes { raw -> String? in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// JSON for scripts, with a newline. The encoder escapes C0 controls itself; C1 controls
    /// and bidirectional overrides, which it leaves raw, are written as `\\u` escapes (four hex digits):
    /// the same JSON value, and nothing a terminal would act on.
    static func json(_ data: Data) {
        standardOutput(SafeJSON.escape(data) + Data("\n".utf8))
    }
}

extension ParsableCommand {
    /// Runs `body`, turning every known error into one sentence on stderr and exit status 1.
    func reportingErrors(_ context: CommandContext, _ body: () throws -> Void) throws {
        try context.reportingErrors(body)
    }
}

extension CommandContext {
    /// Runs `body`, turning every known error into one sentence on stderr and exit status 1.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ProgressError {
            Output.error("optout: " + error.message(in: language))
            throw ExitCode.failure
        } catch let error as CommandFailure {
            Output.error("optout: " + error.message)
            throw ExitCode.failure
        }
    }
}
