import ChecklistEngine
import Foundation

/// Starts the full-screen checklist, or prints the plain status when there is no terminal.
enum FullScreen {
    static func run(context: CommandContext, account: String?) throws {
        try StatusCommand.printStatus(context: context, json: false)
    }
}
