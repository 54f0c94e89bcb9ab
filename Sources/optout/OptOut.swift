import ArgumentParser
import ChecklistEngine
import Foundation

@main
struct OptOut: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "optout",
        abstract: "Object to the use of your data for AI training, platform by platform, and keep the proof.",
        discussion: """
            With no command, optout opens the full-screen checklist. Progress stays on this machine, \
            in $XDG_DATA_HOME/optout/progress.json unless --data or OPTOUT_DATA says otherwise.
            Options go after the command: optout status --data FILE.
            """,
        version: version,
        subcommands: [
            StatusCommand.self, AccountsCommand.self, TickCommand.self, UntickCommand.self, NoteCommand.self,
            ReviewCommand.self, OpenCommand.self, ExportCommand.self, CatalogCommand.self, ThemesCommand.self,
        ]
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            try FullScreen.run(context: context, account: nil)
        }
    }
}
