import ArgumentParser
import ChecklistEngine
import Foundation

/// What optout says when ArgumentParser stops before any command runs: the help of the
/// command asked for, or a usage error, in the user's language (`--lang` as typed, else
/// config.yaml, else the locale, as every command chooses it).
struct CommandLineReply: Equatable {
    var text: String
    var toStandardError: Bool
    var status: Int32
    var language: Language

    /// nil when `error` is not about the command line (`--version`, completion scripts, or
    /// the error of a command that ran): ArgumentParser's own handling says it.
    init?(error: Error, arguments: [String], environment: [String: String], width: Int) {
        guard let failure = ParserFailure(error, english: OptOut.message(for: error)),
              let root = try? CommandTree.of(OptOut.self) else { return nil }
        let scan = ArgumentScan(arguments: arguments, root: root)
        let language = CommandContext(choices: GlobalChoices(lang: scan.lang), environment: environment).language
        let words = HelpWords(language, root: root)
        self.language = language
        switch failure {
        case .help:
            let command = root.command(at: scan.path) ?? root
            text = HelpScreen(command: command, words: words, groups: HelpGroup.all, width: width).render()
            toStandardError = false
            status = ExitCode.success.rawValue
        case .usage(var problem):
            // ArgumentParser reports a missing argument before an unknown option; the option
            // is what the person got wrong.
            if case .missingArgument = problem, let option = scan.unknownOption { problem = .unknownOption(option) }
            text = UsageMessage(problem: problem, scan: scan, words: words).lines.joined(separator: "\n")
            toStandardError = true
            // As ArgumentParser: EX_USAGE.
            status = ExitCode.validationFailure.rawValue
        }
    }

    func send() {
        if toStandardError { Output.error(text) } else { Output(language: language).text(text) }
    }

    /// The columns of the terminal standard output is, else 80 (a pipe, a file).
    static var terminalWidth: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return max(40, Int(size.ws_col))
    }
}
