import ChecklistEngine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The evidence folder: its mode, and the files in it that no step refers to (an attach
/// interrupted after the copy, evidence removed from every step); `--remove-leftovers`
/// removes those, under the progress file's lock so no attach can record one meanwhile.
extension Doctor {
    mutating func checkEvidence(_ progress: UserProgress, store: ProgressStore) {
        let evidence = EvidenceStore(beside: store)
        let folder = evidence.folder.path
        var info = stat()
        guard lstat(folder, &info) == 0 else {
            // Referenced files that are missing are said by the history's check (verify's).
            if progress.referencedEvidence.isEmpty { add(.ok, text(.cliDoctorEvidenceNoFolder, ["folder": folder])) }
            return
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            add(.problem, text(.cliDoctorEvidenceNotAFolder, ["folder": folder]), fix: text(.cliDoctorEvidenceNotAFolderFix, ["folder": folder]))
            return
        }
        let mode = info.st_mode & 0o777
        let files = progress.referencedEvidence.count
        if mode & 0o077 != 0 {
            add(.warning, text(.cliDoctorEvidenceFolderOpen, ["folder": folder, "mode": String(format: "%04o", mode)]), fix: "chmod 700 '\(folder)'")
        } else {
            add(.ok, text(.cliDoctorEvidenceFolderOk, ["folder": folder, "files": plural(.cliDoctorEvidenceFileCount, count: files),
                                                        "mode": String(format: "%04o", mode)]))
        }
        let leftovers = evidence.unreferenced(referenced: progress.referencedEvidence)
        let removable = leftovers.filter { $0.kind != .foreign }
        let foreign = leftovers.filter { $0.kind == .foreign }
        if !foreign.isEmpty {
            let names = foreign.prefix(5).map { SafeText.line($0.name) }.joined(separator: ", ") + (foreign.count > 5 ? ", …" : "")
            add(.note, plural(.cliDoctorEvidenceForeign, count: foreign.count, ["names": names]))
        }
        guard !removable.isEmpty else { return }
        if removeLeftovers {
            removeLeftovers(evidence, store: store)
        } else {
            add(.warning, plural(.cliDoctorEvidenceLeftovers, count: removable.count, ["folder": folder]),
                fix: text(.cliDoctorEvidenceLeftoversFix))
        }
    }

    /// Looks again under the lock, with the freshest progress, and removes what is still left over.
    private mutating func removeLeftovers(_ evidence: EvidenceStore, store: ProgressStore) {
        var removed = 0
        var failure: EvidenceError?
        do throws(ProgressError) {
            _ = try store.update(purpose: "optout doctor") { (progress: inout UserProgress) throws(ProgressError) in
                for leftover in evidence.unreferenced(referenced: progress.referencedEvidence) where leftover.kind != .foreign {
                    do throws(EvidenceError) {
                        if try evidence.discard(leftover) { removed += 1 }
                    } catch {
                        failure = error
                    }
                }
            }
        } catch {
            add(.problem, error.message(in: context.language))
            return
        }
        if removed > 0 { add(.ok, plural(.cliDoctorEvidenceLeftoversRemoved, count: removed)) }
        if let failure { add(.problem, failure.message(in: context.language)) }
    }
}
