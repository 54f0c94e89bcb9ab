import ArgumentParser
import ChecklistEngine
import Foundation

/// `optout evidence list | remove`: the files kept as proof, and taking one off a step.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "List the files kept as proof, or take one off a step.",
        subcommands: [List.self, Remove.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the files kept as proof, by account and step.")

        @Argument(help: "Only this account.", completion: Completions.accounts) var account: String?
        @Flag(help: "Print JSON (its shape: docs/evidence.schema.json).") var json = false
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let catalog = try context.catalog()
                let store = try context.store()
                let progress = try store.load()
                let accounts = try account.map { [try progress.resolve($0)] } ?? progress.accounts
                let document = EvidenceDocument(accounts: accounts, catalog: catalog, folder: EvidenceStore(beside: store).folder)
                if json {
                    context.output.json(try document.json())
                    return
                }
                guard !document.accounts.isEmpty else {
                    context.output.line(account == nil ? context.text(.cliEvidenceNone)
                        : context.text(.cliEvidenceNoneForAccount, ["account": accounts.first?.id ?? ""]))
                    return
                }
                let text = EvidenceText(SpokenDate(context.language))
                for (index, entry) in document.accounts.enumerated() {
                    if index > 0 { context.output.line("") }
                    guard let account = accounts.first(where: { $0.id == entry.account }) else { continue }
                    let platform = catalog.platform(id: account.platform)
                    let name = SafeText.line(platform?.name(in: context.language) ?? account.platform)
                    context.output.line(account.id + "  " + name + (account.label.map { "  " + SafeText.line($0) } ?? ""))
                    for step in entry.steps {
                        let title = platform?.step(id: step.step).map { "  " + SafeText.line($0.title.text(in: context.language)) } ?? ""
                        context.output.line("  " + step.step + title)
                        for file in account.evidence[step.step] ?? [] {
                            let added = context.text(.cliEvidenceAdded, ["time": text.dates.dayTime(file.added)])
                            context.output.line("    " + EvidenceText.short(file.sha256) + "  " + text.line(file) + "; " + added)
                        }
                    }
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Take a file off a step: the history keeps that it was there; the file goes once no step refers to it.")

        @Argument(help: "The account.", completion: Completions.accounts) var account: String
        @Argument(help: "The step id.", completion: Completions.evidenceSteps) var step: String
        @Argument(help: "The file's SHA-256, or its first 8 digits or more (see 'optout evidence list').") var hash: String
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let store = try context.store()
                let catalog = try context.catalog()
                let evidence = EvidenceStore(beside: store)
                var deletion: Result<Bool, EvidenceError> = .success(false)
                let (progress, outcome) = try store.update({ (progress: inout UserProgress) throws(ProgressError) in
                    try progress.apply(.removeEvidence(account: account, step: step, sha256: hash), catalog: catalog, at: context.now)
                }, afterSave: { progress, _ in
                    // Saved first: a crash here leaves a file nothing names, never a record without its file.
                    guard let removed = progress.history.last?.evidence, !progress.referencedEvidence.contains(removed) else { return }
                    deletion = Result { () throws(EvidenceError) in try evidence.remove(removed); return true }
                })
                var values: [String: any CustomStringConvertible] = [
                    "name": SafeText.line(progress.history.last?.detail ?? ""), "step": SafeText.line(step), "account": outcome.account,
                    "folder": evidence.folder.path,
                ]
                switch deletion {
                case .success(true): context.output.line(context.text(.cliEvidenceRemovedDeleted, values))
                case .success(false): context.output.line(context.text(.cliEvidenceRemovedKept, values))
                case .failure(let error):
                    values["reason"] = error.message(in: context.language)
                    context.output.line(context.text(.cliEvidenceRemovedNotDeleted, values))
                }
            }
        }
    }
}

extension EvidenceCommand.Remove: AccountStepArguments {}
