import ChecklistApp
import ChecklistEngine
import ChecklistUI
import CursesTerminal
import Foundation
import OptOutCatalog
#if canImport(Glibc)
import Glibc
#endif

/// Starts the full-screen checklist, or prints the plain status when stdout is not a
/// terminal (a pipe, a screen reader's capture, a script).
enum FullScreen {
    /// The full-screen view as `optout` and `optout open ACCOUNT` start it.
    static func start(choices: GlobalChoices, account: String?) throws {
        let context = CommandContext(choices: choices)
        try context.reportingErrors { try run(context: context, account: account) }
    }

    static func run(context: CommandContext, account: String?) throws {
        guard isatty(STDOUT_FILENO) == 1 else {
            try StatusCommand.printStatus(context: context, json: false)
            return
        }
        // Two independent reads on two cores: the progress file and the catalog. A catalog
        // problem is still said first, as when they were read one after the other.
        let located = Result { try context.store() }
        let reading = located.map { store in BackgroundWork { try store.load() } }
        let catalogSet = try context.loadedCatalog()
        let store = try located.get()
        // An unreadable file stops here, before the screen opens, and is left untouched.
        let progress = try reading.get().value()
        var opened: String?
        if let account { opened = try progress.resolve(account).id }

        // One full-screen view edits a file at a time; a second one opens read-only. The folder
        // is made first: on a first run it does not exist yet, and the lock lives in it.
        try? store.prepareFolder()
        let viewLockPath = store.lockPath + ".view"
        let viewLock = FileLock.attempt(path: viewLockPath, purpose: "the full-screen view")
        var readOnly: String?
        if viewLock == nil {
            readOnly = FileLock.currentHolder(path: viewLockPath) != nil
                ? context.text(.cliFullScreenReadOnlyAnotherOptout)
                : context.text(.cliFullScreenReadOnlyOptoutMay)
        }

        let (theme, themeNotice) = context.theme()
        let terminal = try openTerminal(theme: theme, context: context)
        defer { terminal.restore() }

        let size = terminal.size
        var state = AppState(
            catalog: catalogSet.catalog, progress: progress, now: context.now, language: context.language,
            unicode: terminal.isUTF8 && GlyphSupport.isUTF8(environment: context.environment),
            width: size.width, height: size.height, readOnlyReason: readOnly)
        state.startupNotice = ([themeNotice] + catalogSet.userIssues.prefix(1).map { $0.formatted(in: context.language) })
            .compactMap { $0 }.first
        if let opened { state.openChecklist(opened) }
        state.country = context.settings.country
        state.region = context.settings.region
        // Problems in the authority files are doctor's to say: the view cannot print them.
        let environment = context.environment
        var loop = AppLoop(terminal: terminal, store: store, state: state,
                           outside: .init(clock: { context.now }, authorities: { AuthoritySet.load(environment: environment).authorities }))
        loop.run()
        withExtendedLifetime(viewLock) {}
    }

    /// The terminal, or the one sentence saying why it cannot be used.
    private static func openTerminal(theme: Theme, context: CommandContext) throws -> CursesTerminal {
        let result = Result { () throws(TerminalError) -> CursesTerminal in
            try CursesTerminal(options: .init(theme: theme, noColor: context.options.noColor, environment: context.environment))
        }
        switch result {
        case .success(let terminal): return terminal
        case .failure(let error): throw CommandFailure(error.message(in: context.language))
        }
    }
}
