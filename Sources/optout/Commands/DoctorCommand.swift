import ArgumentParser
import ChecklistEngine

/// `optout doctor`: checks the progress file, the catalog, the theme and the terminal, and
/// says what is wrong and how to fix each. `--restore-backup` puts the backup back over a
/// progress file optout cannot read, keeping the broken one beside it; `--remove-leftovers`
/// deletes the evidence files no step refers to, and nothing else.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the progress file, the catalog, the themes and the terminal; say what is wrong and how to fix it.",
        discussion: """
            Exits with status 1 when it finds a problem. With --restore-backup, a progress file optout \
            cannot read is replaced by its backup (progress.json.bak); the broken file is kept as \
            progress.json.broken-TIME. With --remove-leftovers, the files of the evidence folder that no step \
            refers to (left by an interrupted attach, or removed from every step) are deleted; nothing else is.
            """)

    @Flag(name: .long, help: "Put the backup back over a progress file optout cannot read (the broken file is kept).")
    var restoreBackup = false

    @Flag(name: .long, help: "Delete the evidence files no step refers to (an interrupted attach leaves them).")
    var removeLeftovers = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            if restoreBackup {
                try restore(context: context)
                return
            }
            var doctor = Doctor(context: context, options: options)
            doctor.removeLeftovers = removeLeftovers
            doctor.runChecks()
            doctor.print()
            if doctor.problems > 0 { throw ExitCode.failure }
        }
    }

    /// `--restore-backup`: the store does it; this says what was done.
    private func restore(context: CommandContext) throws {
        let restored: BackupRestorer.Restored
        do {
            restored = try BackupRestorer(store: try context.store()).restore(at: context.now)
        } catch let refusal as BackupRestorer.Refusal {
            throw CommandFailure(refusal.message(in: context.language))
        }
        var message = context.text(.cliDoctorRestoredTheBackupOver, ["backup": restored.backup, "file": restored.file,
                                                                        "accounts": context.words.plural(.cliDoctorAccountCount, count: restored.accounts)])
        if let keptAs = restored.keptAs {
            message += " " + context.text(.cliDoctorTheUnreadableFileIs, ["keptAs": keptAs])
        }
        context.output.line(message)
    }
}
