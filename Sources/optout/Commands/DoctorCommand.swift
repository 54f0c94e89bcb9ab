import ArgumentParser
import ChecklistEngine
import ChecklistUI
import Foundation
import OptOutCatalog
#if canImport(Glibc)
import Glibc
#endif

/// `optout doctor`: checks the progress file, the catalog, the theme and the terminal, and
/// says what is wrong and how to fix each. `--restore-backup` puts the backup back over a
/// progress file optout cannot read, keeping the broken one beside it: nothing is deleted.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the progress file, the catalog, the themes and the terminal; say what is wrong and how to fix it.",
        discussion: """
            Exits with status 1 when it finds a problem. With --restore-backup, a progress file optout \
            cannot read is replaced by its backup (progress.json.bak); the broken file is kept as \
            progress.json.broken-TIME. Nothing is ever deleted.
            """)

    @Flag(name: .long, help: "Put the backup back over a progress file optout cannot read (the broken file is kept).")
    var restoreBackup = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            if restoreBackup {
                try BackupRestorer(context: context).restore()
                return
            }
            var doctor = Doctor(context: context, options: options)
            doctor.checkProgress()
            doctor.checkCatalog()
            doctor.checkTheme()
            doctor.checkAuthority()
            doctor.checkTerminal()
            doctor.print()
            if doctor.problems > 0 { throw ExitCode.failure }
        }
    }
}

/// The findings, one line each, with how to fix what is wrong.
struct Doctor {
    enum Level { case ok, note, warning, problem }

    struct Finding {
        var level: Level
        var text: String
        var fix: String?
    }

    let context: CommandContext
    let options: GlobalOptions
    var findings: [Finding] = []

    init(context: CommandContext, options: GlobalOptions) {
        self.context = context
        self.options = options
    }

    var problems: Int { findings.filter { $0.level == .problem }.count }
    var warnings: Int { findings.filter { $0.level == .warning }.count }

    private func say(_ en: String, _ fr: String) -> String { context.say(en, fr) }

    private mutating func add(_ level: Level, _ text: String, fix: String? = nil) {
        findings.append(Finding(level: level, text: text, fix: fix))
    }

    // MARK: The progress file

    mutating func checkProgress() {
        let store: ProgressStore
        do {
            store = try context.store()
        } catch {
            add(.problem, error.message(in: context.language),
                fix: say("set HOME, or give the file with --data FILE or OPTOUT_DATA.",
                         "définissez HOME, ou donnez le fichier avec --data FICHIER ou OPTOUT_DATA."))
            return
        }
        let path = store.url.path
        let file = store.fileURL.path
        if store.url.path != file {
            add(.note, say("The progress file \(path) is a symbolic link to \(file); optout writes through it and keeps the link.",
                           "Le fichier de progression \(path) est un lien symbolique vers \(file) ; optout écrit au travers et garde le lien."))
        }
        var info = stat()
        let exists = stat(file, &info) == 0
        // The backup is checked first (the fix for a broken file depends on it) and said after.
        var backupFindings = Doctor(context: context, options: options)
        let backupState = backupFindings.checkBackup(store)
        if !exists {
            if errno == ENOENT {
                add(.ok, say("No progress file yet at \(path): it is created at the first change.",
                             "Pas encore de fichier de progression à \(path) : il sera créé au premier changement."))
            } else {
                add(.problem, say("The progress file \(path) cannot be reached (\(String(cString: strerror(errno)))).",
                                  "Le fichier de progression \(path) est inaccessible (\(String(cString: strerror(errno))))."),
                    fix: say("check the folders on the way to it, or choose another file with --data.",
                             "vérifiez les dossiers qui y mènent, ou choisissez un autre fichier avec --data."))
            }
            findings += backupFindings.findings
            checkLocks(store)
            return
        }
        do {
            let progress = try store.load()
            add(.ok, say("The progress file \(path) reads well: schema \(progress.schemaVersion), \(progress.accounts.count) account(s), \(progress.history.count) change(s) in its history.",
                         "Le fichier de progression \(path) se lit bien : schéma \(progress.schemaVersion), \(progress.accounts.count) compte(s), \(progress.history.count) changement(s) dans son historique."))
        } catch {
            add(.problem, error.message(in: context.language), fix: fixFor(error, store: store, backupLoads: backupState == .loads))
        }
        if (info.st_mode & S_IFMT) == S_IFREG {
            let mode = info.st_mode & 0o777
            if mode & 0o077 != 0 {
                add(.warning, say("The progress file \(file) can be read by other users of this machine (mode \(String(mode, radix: 8))).",
                                  "D'autres utilisateurs de cette machine peuvent lire le fichier de progression \(file) (mode \(String(mode, radix: 8)))."),
                    fix: "chmod 600 '\(file)'")
            } else {
                add(.ok, say("Only you can read it (mode \(String(format: "%04o", mode))).",
                             "Vous seul pouvez le lire (mode \(String(format: "%04o", mode)))."))
            }
            let folder = store.fileURL.deletingLastPathComponent().path
            if access(file, W_OK) != 0 || access(folder, W_OK) != 0 {
                add(.problem, say("optout may not save changes to \(file) (\(String(cString: strerror(errno)))).",
                                  "optout ne peut pas enregistrer de changements dans \(file) (\(String(cString: strerror(errno))))."),
                    fix: say("give yourself write access to the file and its folder (ls -l '\(folder)'), or run optout as their owner.",
                             "donnez-vous le droit d'écrire le fichier et son dossier (ls -l '\(folder)'), ou lancez optout sous le compte qui les possède."))
            }
        }
        findings += backupFindings.findings
        checkLocks(store)
    }

    enum BackupState { case missing, loads, broken }

    private mutating func checkBackup(_ store: ProgressStore) -> BackupState {
        let backup = store.backupURL.path
        guard FileManager.default.fileExists(atPath: backup) else {
            add(.ok, say("No backup yet (\(backup)): optout keeps the previous version there from the second change on.",
                         "Pas encore de sauvegarde (\(backup)) : optout y garde la version précédente à partir du deuxième changement."))
            return .missing
        }
        do {
            let progress = try ProgressStore(url: store.backupURL).load()
            add(.ok, say("The backup \(backup) reads well (\(progress.accounts.count) account(s), \(progress.history.count) change(s)).",
                         "La sauvegarde \(backup) se lit bien (\(progress.accounts.count) compte(s), \(progress.history.count) changement(s))."))
            return .loads
        } catch {
            add(.warning, say("The backup \(backup) cannot be read: \(error.message(in: .en))",
                              "La sauvegarde \(backup) est illisible : \(error.message(in: .fr))"),
                fix: say("nothing to do if the progress file reads well: the next change replaces the backup.",
                         "rien à faire si le fichier de progression se lit bien : le prochain changement remplace la sauvegarde."))
            return .broken
        }
    }

    private func fixFor(_ error: ProgressError, store: ProgressStore, backupLoads: Bool) -> String {
        switch error {
        case .newerSchema:
            return say("update optout; keep this file as it is.", "mettez optout à jour ; gardez ce fichier tel quel.")
        case .noPermission:
            return say("give yourself access (ls -l shows who owns it), or run optout as its owner.",
                       "donnez-vous l'accès (ls -l montre à qui il est), ou lancez optout sous le compte qui le possède.")
        case .isDirectory:
            return say("move the folder away, or give another file with --data.",
                       "déplacez ce dossier, ou donnez un autre fichier avec --data.")
        default:
            if backupLoads {
                return say("'optout doctor --restore-backup' puts the backup back and keeps the damaged file beside it.",
                           "« optout doctor --restore-backup » remet la sauvegarde en place et garde le fichier abîmé à côté.")
            }
            return say("repair the file, or move it aside to start afresh (mv '\(store.fileURL.path)' '\(store.fileURL.path).old').",
                       "réparez le fichier, ou mettez-le de côté pour repartir de zéro (mv '\(store.fileURL.path)' '\(store.fileURL.path).old').")
        }
    }

    private mutating func checkLocks(_ store: ProgressStore) {
        if let holder = FileLock.currentHolder(path: store.lockPath) {
            let who = holder.isEmpty ? say("another program", "un autre programme") : holder
            add(.warning, say("The progress file is being changed right now by \(who).", "Le fichier de progression est en cours de modification par \(who)."),
                fix: say("wait a moment; if it stays so, close that program.", "patientez un instant ; si cela dure, fermez ce programme."))
        } else {
            add(.ok, say("Nobody is changing the progress file right now.", "Personne ne modifie le fichier de progression en ce moment."))
        }
        if let holder = FileLock.currentHolder(path: store.lockPath + ".view") {
            let who = holder.isEmpty ? say("another program", "un autre programme") : holder
            add(.note, say("A full-screen view has the file open (\(who)): a second one would open read-only.",
                           "Une vue plein écran a ce fichier ouvert (\(who)) : une deuxième s'ouvrirait en lecture seule."))
        }
    }

    // MARK: The catalog

    mutating func checkCatalog() {
        let loaded: CatalogSetLoaded
        do {
            loaded = CatalogSetLoaded(try context.loadedCatalog())
        } catch let failure as CommandFailure {
            add(.problem, failure.message, fix: say("reinstall optout.", "réinstallez optout."))
            return
        } catch {
            return
        }
        for issue in loaded.shipped {
            add(.problem, issue.formatted(in: context.language),
                fix: say("a shipped catalog file is damaged: reinstall optout.", "un fichier du catalogue livré est abîmé : réinstallez optout."))
        }
        let folder = (try? context.location.configFolder().appendingPathComponent("catalog").path) ?? "catalog"
        for issue in loaded.user {
            add(.problem, issue.formatted(in: context.language),
                fix: say("fix that file (optout catalog validate FILE checks it) or move it out of \(folder); until then it is skipped.",
                         "corrigez ce fichier (optout catalog validate FICHIER le vérifie) ou sortez-le de \(folder) ; d'ici là il est ignoré."))
        }
        add(.ok, say("The catalog has \(loaded.platforms) platform(s) (revision \(loaded.revision)).",
                     "Le catalogue compte \(loaded.platforms) plateforme(s) (révision \(loaded.revision))."))
        if let cache = loaded.cacheFolder {
            add(.ok, say("The catalog cache is \(cache): \(loaded.cachedFiles) of \(loaded.files) catalog file(s) came from it; it is safe to delete.",
                         "Le cache du catalogue est \(cache) : \(loaded.cachedFiles) fichier(s) du catalogue sur \(loaded.files) en viennent ; on peut le supprimer sans risque."))
        }
        for issue in context.settingsIssues {
            add(.problem, issue.formatted(in: context.language),
                fix: say("fix the config file; until then its settings are ignored.", "corrigez le fichier de configuration ; d'ici là ses réglages sont ignorés."))
        }
    }

    /// What the check needs of a loaded catalog.
    struct CatalogSetLoaded {
        var shipped: [CatalogIssue]
        var user: [CatalogIssue]
        var platforms: Int
        var revision: String
        /// Where parsed catalog files are kept, and how many came from there this time.
        var cacheFolder: String?
        var cachedFiles: Int
        var files: Int

        init(_ loaded: CatalogSet.Loaded) {
            shipped = loaded.shippedIssues
            user = loaded.userIssues
            platforms = loaded.catalog.platforms.count
            revision = loaded.catalog.revision
            cacheFolder = loaded.cache.map { SafeText.line($0.folder.path) }
            cachedFiles = loaded.cachedFiles
            files = loaded.files
        }
    }

    // MARK: The theme

    mutating func checkTheme() {
        let name = options.theme ?? context.settings.theme ?? Theme.default.name
        let result = context.themeLoader().load(named: name)
        if let summary = result.summary(themeName: name, in: context.language) {
            add(.problem, summary,
                fix: say("fix the theme file, or choose another with --theme or 'theme:' in config.yaml ('optout themes' lists them).",
                         "corrigez le fichier du thème, ou choisissez-en un autre avec --theme ou « theme: » dans config.yaml (« optout themes » les liste)."))
        } else {
            add(.ok, say("The theme '\(name)' loads.", "Le thème « \(name) » se charge."))
        }
    }

    // MARK: The terminal

    mutating func checkTerminal() {
        let environment = context.environment
        if isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 {
            add(.note, say("This is not run in a terminal (input or output is a pipe or a file): the full-screen view needs one; 'optout status' prints plain text.",
                           "Ceci ne tourne pas dans un terminal (l'entrée ou la sortie est un tube ou un fichier) : la vue plein écran en demande un ; « optout status » affiche du texte simple."))
        }
        let term = environment["TERM"] ?? ""
        if term.isEmpty {
            add(.problem, say("TERM is not set: the full-screen view cannot tell how to drive the terminal.",
                              "TERM n'est pas défini : la vue plein écran ne sait pas comment piloter le terminal."),
                fix: "export TERM=xterm-256color")
        } else if term == "dumb" {
            add(.problem, say("TERM is 'dumb': that terminal cannot move the cursor, which the full-screen view needs.",
                              "TERM vaut « dumb » : ce terminal ne sait pas déplacer le curseur, ce dont la vue plein écran a besoin."),
                fix: say("use a real terminal, or 'optout status' for plain text.", "utilisez un vrai terminal, ou « optout status » pour du texte simple."))
        } else if Self.terminfoEntry(for: term, environment: environment) == nil {
            add(.problem, say("The terminal type '\(term)' (TERM) is unknown to this system.",
                              "Le type de terminal « \(term) » (TERM) est inconnu de ce système."),
                fix: say("set TERM to a known type such as xterm-256color, or install ncurses-term.",
                         "donnez à TERM un type connu comme xterm-256color, ou installez ncurses-term."))
        } else {
            add(.ok, say("The terminal type '\(term)' is known.", "Le type de terminal « \(term) » est connu."))
        }
        if GlyphSupport.isUTF8(environment: environment) {
            add(.ok, say("The locale is UTF-8.", "La locale est en UTF-8."))
        } else {
            add(.warning, say("The locale is not UTF-8: ticks are drawn as [x] and some letters may show as '?'.",
                              "La locale n'est pas en UTF-8 : les coches s'affichent [x] et certaines lettres peuvent apparaître en « ? »."),
                fix: "export LANG=C.UTF-8")
        }
        if !(environment["NO_COLOR"] ?? "").isEmpty {
            add(.note, say("NO_COLOR is set: optout draws no colour.", "NO_COLOR est défini : optout n'affiche aucune couleur."))
        }
    }

    /// The compiled terminfo entry for `term`, looked up as ncurses does, without opening a terminal.
    static func terminfoEntry(for term: String, environment: [String: String]) -> String? {
        guard !term.contains("/"), let first = term.unicodeScalars.first, first.isASCII else { return nil }
        var folders: [String] = []
        if let terminfo = environment["TERMINFO"], !terminfo.isEmpty { folders.append(terminfo) }
        if let home = environment["HOME"], !home.isEmpty { folders.append(home + "/.terminfo") }
        let defaults = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
        if let dirs = environment["TERMINFO_DIRS"] {
            for dir in dirs.split(separator: ":", omittingEmptySubsequences: false) {
                if dir.isEmpty { folders += defaults } else { folders.append(String(dir)) }
            }
        }
        folders += defaults
        let letter = String(Character(first))
        let hex = String(first.value, radix: 16)
        for folder in folders {
            for sub in [letter, hex] {
                let path = "\(folder)/\(sub)/\(term)"
                if FileManager.default.isReadableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    // MARK: Output

    func print() {
        let unicode = context.unicode
        for finding in findings {
            let mark: String
            switch finding.level {
            case .ok: mark = unicode ? "✔" : "ok"
            case .note: mark = unicode ? "·" : "--"
            case .warning: mark = unicode ? "!" : "!!"
            case .problem: mark = unicode ? "✘" : "XX"
            }
            Output.line(mark + " " + finding.text)
            if let fix = finding.fix { Output.line("  " + say("Fix: ", "Solution : ") + fix) }
        }
        Output.line("")
        switch (problems, warnings) {
        case (0, 0):
            Output.line(say("No problem found.", "Aucun problème trouvé."))
        case (0, let w):
            Output.line(say("No problem found; \(w) warning(s).", "Aucun problème trouvé ; \(w) avertissement(s)."))
        case (let p, let w):
            Output.line(say("\(p) problem(s) found, \(w) warning(s).", "\(p) problème(s) trouvé(s), \(w) avertissement(s)."))
        }
    }
}

/// Puts the backup back over a progress file optout cannot read. The broken file is first
/// kept as `progress.json.broken-TIME` (a hard link, else a copy), so nothing is lost.
struct BackupRestorer {
    let context: CommandContext

    func restore() throws {
        let store = try context.store()
        let file = store.fileURL
        let backup = store.backupURL
        let say = context.say
        guard FileManager.default.fileExists(atPath: backup.path) else {
            throw CommandFailure(say("There is no backup at \(backup.path): nothing was restored.",
                                     "Il n'y a pas de sauvegarde à \(backup.path) : rien n'a été restauré."))
        }
        let saved: UserProgress
        do {
            saved = try ProgressStore(url: backup).load()
        } catch {
            throw CommandFailure(say("The backup \(backup.path) cannot be read either (\(error.message(in: .en))); nothing was restored.",
                                     "La sauvegarde \(backup.path) est illisible elle aussi (\(error.message(in: .fr))) ; rien n'a été restauré."))
        }
        let lock: FileLock
        do {
            lock = try FileLock(path: store.lockPath, timeout: store.lockTimeout, purpose: "optout doctor")
        } catch {
            if case .locked(_, let holder) = error { throw ProgressError.locked(path: store.url.path, holder: holder) }
            throw error
        }
        defer { withExtendedLifetime(lock) {} }

        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
        if exists, isFolder.boolValue { throw ProgressError.isDirectory(path: store.url.path) }
        if exists, (try? store.load()) != nil {
            throw CommandFailure(say("The progress file \(store.url.path) reads well: nothing was restored (the backup is for a file optout cannot read).",
                                     "Le fichier de progression \(store.url.path) se lit bien : rien n'a été restauré (la sauvegarde sert pour un fichier illisible)."))
        }
        var keptAs: String?
        if exists { keptAs = try keep(file) }
        let data: Data
        do {
            data = try Data(contentsOf: backup)
        } catch {
            throw ProgressError.unreadable(path: backup.path, reason: "\(error.localizedDescription)", backup: nil)
        }
        try DurableFile.write(data, to: file)
        var message = say("Restored the backup \(backup.path) over \(store.url.path) (\(saved.accounts.count) account(s)).",
                          "Sauvegarde \(backup.path) remise en place dans \(store.url.path) (\(saved.accounts.count) compte(s)).")
        if let keptAs {
            message += " " + say("The unreadable file is kept as \(keptAs).", "Le fichier illisible est gardé sous le nom \(keptAs).")
        }
        Output.line(message)
    }

    /// Keeps the broken file under a new name that nothing uses yet; returns that name.
    private func keep(_ file: URL) throws -> String {
        let stamp = Timestamp.string(context.now).filter { $0 != "-" && $0 != ":" }
        var candidate = file.path + ".broken-" + stamp
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) || (try? FileManager.default.destinationOfSymbolicLink(atPath: candidate)) != nil {
            candidate = file.path + ".broken-" + stamp + "-\(number)"
            number += 1
        }
        if link(file.path, candidate) == 0 {
            DurableFile.syncFolder(file.deletingLastPathComponent().path)
            return candidate
        }
        // No hard links here: a copy, created new (never over another file).
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw ProgressError.noPermission(path: file.path, writing: false)
        }
        let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ProgressError.cannotWrite(path: candidate, reason: String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == data.count, synced else {
            throw ProgressError.cannotWrite(path: candidate, reason: String(cString: strerror(errno)))
        }
        DurableFile.syncFolder(file.deletingLastPathComponent().path)
        return candidate
    }
}
