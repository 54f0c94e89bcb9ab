import ChecklistEngine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The progress file, its backup and its locks.
extension Doctor {
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

    mutating func checkBackup(_ store: ProgressStore) -> BackupState {
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
}
