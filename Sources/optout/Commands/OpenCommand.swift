import ArgumentParser
import ChecklistEngine

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the full-screen checklist straight into one account.")

    @Argument(help: "The account: id, label, or platform id when it has one account.", completion: Completions.accounts) var account: String
    @OptionGroup var options: GlobalOptions

    func run() throws {
        try FullScreen.start(choices: options.choices, account: account)
    }
}
