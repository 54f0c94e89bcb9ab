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
                fix: text(.cliDoctorSetHomeOrGive))
            return
        }
        let path = store.url.path
        let file = store.fileURL.path
        if store.url.path != file {
            add(.note, text(.cliDoctorProgressIsSymlink, ["path": path, "file": file]))
        }
        var info = stat()
        let exists = stat(file, &info) == 0
        // The backup is checked first (the fix for a broken file depends on it) and said after.
        var backupFindings = Doctor(context: context, options: options)
        let backupState = backupFindings.checkBackup(store)
        if !exists {
            if errno == ENOENT {
                add(.ok, text(.cliDoctorNoProgressFileYet, ["path": path]))
            } else {
                add(.problem, text(.cliDoctorTheProgressFileCannot, ["path": path, "error": String(cString: strerror(errno))]),
                    fix: text(.cliDoctorCheckTheFoldersOn))
            }
            findings += backupFindings.findings
            checkLocks(store)
            return
        }
        do {
            let progress = try store.load()
            add(.ok, text(.cliDoctorTheProgressFileReads, ["path": path, "schemaVersion": progress.schemaVersion,
                                                             "accounts": plural(.cliDoctorAccountCount, count: progress.accounts.count),
                                                             "changes": plural(.cliDoctorChangeCount, count: progress.history.count)]))
            checkHistory(progress, store: store)
            checkEvidence(progress, store: store)
        } catch {
            add(.problem, error.message(in: context.language), fix: fixFor(error, store: store, backupLoads: backupState == .loads))
        }
        if (info.st_mode & S_IFMT) == S_IFREG {
            let mode = info.st_mode & 0o777
            if mode & 0o077 != 0 {
                add(.warning, text(.cliDoctorTheProgressFileCan, ["file": file, "mode": String(mode, radix: 8)]),
                    fix: "chmod 600 '\(file)'")
            } else {
                add(.ok, text(.cliDoctorOnlyYouCanRead, ["mode": String(format: "%04o", mode)]))
            }
            let folder = store.fileURL.deletingLastPathComponent().path
            if access(file, W_OK) != 0 || access(folder, W_OK) != 0 {
                add(.problem, text(.cliDoctorOptoutMayNotSave, ["file": file, "error": String(cString: strerror(errno))]),
                    fix: text(.cliDoctorGiveYourselfWriteAccess, ["folder": folder]))
            }
        }
        findings += backupFindings.findings
        checkLocks(store)
    }

    enum BackupState { case missing, loads, broken }

    mutating func checkBackup(_ store: ProgressStore) -> BackupState {
        let backup = store.backupURL.path
        guard FileManager.default.fileExists(atPath: backup) else {
            add(.ok, text(.cliDoctorNoBackupYetOptout, ["backup": backup]))
            return .missing
        }
        do {
            let progress = try ProgressStore(url: store.backupURL).load()
            add(.ok, text(.cliDoctorTheBackupReadsWell, ["backup": backup, "accounts": plural(.cliDoctorAccountCount, count: progress.accounts.count),
                                                           "changes": plural(.cliDoctorChangeCount, count: progress.history.count)]))
            return .loads
        } catch {
            add(.warning, text(.cliDoctorTheBackupCannotBe, ["backup": backup, "message": error.message(in: context.language)]),
                fix: text(.cliDoctorNothingToDoIf))
            return .broken
        }
    }

    private func fixFor(_ error: ProgressError, store: ProgressStore, backupLoads: Bool) -> String {
        switch error {
        case .newerSchema:
            return text(.cliDoctorUpdateOptoutKeepThis)
        case .noPermission:
            return text(.cliDoctorGiveYourselfAccessLs)
        case .isDirectory:
            return text(.cliDoctorMoveTheFolderAway)
        default:
            if backupLoads {
                return text(.cliDoctorOptoutDoctorRestoreBackup)
            }
            return text(.cliDoctorRepairTheFileOr, ["path": store.fileURL.path])
        }
    }

    private mutating func checkLocks(_ store: ProgressStore) {
        if let holder = FileLock.currentHolder(path: store.lockPath) {
            let who = holder.isEmpty ? text(.cliDoctorAnotherProgram) : holder
            add(.warning, text(.cliDoctorProgressBeingChanged, ["who": who]),
                fix: text(.cliDoctorWaitAMomentIf))
        } else {
            add(.ok, text(.cliDoctorNobodyIsChangingThe))
        }
        if let holder = FileLock.currentHolder(path: store.lockPath + ".view") {
            let who = holder.isEmpty ? text(.cliDoctorAnotherProgram) : holder
            add(.note, text(.cliDoctorAFullScreenView, ["who": who]))
        }
    }
}
