import ArgumentParser
import ChecklistEngine
import ChecklistUI
import Foundation

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show every account and where it stands, as plain text or JSON.")

    @Flag(name: .long, help: "Print JSON (schema in README.md) instead of text.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            try Self.printStatus(context: context, json: json)
        }
    }

    static func printStatus(context: CommandContext, json: Bool) throws {
        let catalog = try context.catalog()
        let progress = try context.store().load()
        let evaluations = StatusEvaluator(catalog: catalog, now: context.now).evaluate(progress)
        if json {
            let document = StatusDocument(progress: progress, evaluations: evaluations, catalogRevision: catalog.revision,
                                          language: context.language, generatedAt: context.now)
            let data = try document.json()
            context.output.json(data)
        } else {
            let addKey = BindingTable.standard.key(for: .addAccount, in: .dashboard)?
                .displayName(unicode: context.unicode, language: context.language) ?? ""
            context.output.text(StatusText(language: context.language, unicode: context.unicode).render(evaluations, addKey: addKey))
        }
    }
}
