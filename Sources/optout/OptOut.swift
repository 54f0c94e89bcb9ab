import ArgumentParser
import ChecklistEngine
import Foundation

@main
struct OptOut: ParsableCommand {
    static let version = "0.1.0"

    // Every command, nested ones too, gives its `commandName`: without it ArgumentParser
    // derives the name with `String(describing:)`, whose dynamic casts scan every protocol
    // conformance of the binary on every start.
    static let configuration = CommandConfiguration(
        commandName: "optout",
        abstract: "Object to the use of your data for AI training, platform by platform, and keep the proof.",
        discussion: """
            With no command, optout opens the full-screen checklist. Progress stays on this machine, \
            in $XDG_DATA_HOME/optout/progress.json unless --data or OPTOUT_DATA says otherwise.
            Options go after the command: optout status --data FILE.
            """,
        version: version,
        subcommands: [ManualCommand.self],
        // Grouped by what people do; the manual page uses the same groups.
        groupedSubcommands: [
            CommandGroup(name: "Follow your accounts", subcommands: [OpenCommand.self, StatusCommand.self, AccountsCommand.self]),
            CommandGroup(name: "Record what you did", subcommands: [
                TickCommand.self, UntickCommand.self, NoteCommand.self, ReviewCommand.self, LetterCommand.self,
            ]),
            CommandGroup(name: "Keep the proof", subcommands: [AttachCommand.self, EvidenceCommand.self, ExportCommand.self, VerifyCommand.self]),
            CommandGroup(name: "Learn about the platforms", subcommands: [CatalogCommand.self]),
            CommandGroup(name: "Set up and repair", subcommands: [ThemesCommand.self, DoctorCommand.self]),
        ]
    )

    @OptionGroup var options: GlobalOptions

    /// ArgumentParser's own `main`, except that help and usage errors are optout's own, in the
    /// user's language (`CommandLineReply`), that every message, which may quote what was typed,
    /// goes through `Output` (an escape sequence typed as an argument is shown as `�`, not sent to
    /// the terminal), and that a file grown past the size limit (`ulimit -f`) makes the save fail
    /// with a sentence instead of killing optout with SIGXFSZ.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        do {
            if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
                print(VersionText.current())
            } else if let start = QuickStart(arguments: Array(CommandLine.arguments.dropFirst())) {
                try start.run()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let reply = CommandLineReply(error: error, arguments: arguments, environment: ProcessInfo.processInfo.environment,
                                            width: CommandLineReply.terminalWidth) {
                reply.send()
                Foundation.exit(reply.status)
            }
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // Help, version, completion scripts: optout's own text, as it is.
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                Output.error(message)
            }
            Foundation.exit(code.rawValue)
        }
    }

    func run() throws {
        try FullScreen.start(choices: options.choices, account: nil)
    }
}
