import ArgumentParser
import ChecklistEngine
import Foundation

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List the platforms optout knows, show one, or check catalog files.",
        subcommands: [List.self, Show.self, Validate.self, AuthoritiesCommand.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List every platform, how sure its steps are, and how old its facts are.")

        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let catalog = try context.catalog()
                let today = CatalogAge.today(context.now)
                if json {
                    struct Entry: Encodable {
                        var id, name, vendor: String
                        var group: String?
                        var kind: PlatformKind
                        var confidence: Confidence
                        var effect: Effect
                        var jurisdictions: [String]
                        var deadline: CalendarDay?
                        var lastVerified: CalendarDay
                        /// The oldest `last_verified` of the platform, its steps and its contact.
                        var oldestVerified: CalendarDay
                        var ageDays: Int
                        var recheckDays: Int?
                        var recheckDue: Bool
                        /// Required steps less sure than the platform claims to be.
                        var stepsBelowClaim: [String]
                        var steps: Int
                        var sources: Int
                        var revision: String
                    }
                    let entries = catalog.platforms.map { p in
                        Entry(id: p.id, name: p.name(in: context.language), vendor: p.vendor, group: p.group, kind: p.kind, confidence: p.confidence,
                              effect: p.effect, jurisdictions: p.jurisdictions, deadline: p.deadline, lastVerified: p.lastVerified,
                              oldestVerified: CatalogAge.oldestVerified(p),
                              ageDays: CatalogAge.days(p, today: today), recheckDays: p.recheckDays,
                              recheckDue: CatalogAge.isDue(p, today: today),
                              stepsBelowClaim: CatalogRules.stepsBelowClaim(p).map(\.id), steps: p.allSteps.filter(\.isLeaf).count,
                              sources: p.sources.count, revision: p.revision)
                    }
                    struct Document: Encodable { var catalogRevision: String; var platforms: [Entry] }
                    let data = try ProgressCoding.encoder.encode(Document(catalogRevision: catalog.revision, platforms: entries))
                    context.output.json(data)
                    return
                }
                let words = context.words
                let headings: [Word] = [.cliCatalogColumnId, .cliCatalogColumnName, .cliCatalogColumnVendor, .cliCatalogColumnKind,
                                        .cliCatalogColumnConfidence, .cliCatalogColumnVerified]
                var rows: [[String]] = [headings.map { words.text($0) } + [""]]
                for p in catalog.platforms {
                    let age = CatalogAge.days(p, today: today)
                    let oldest = CatalogAge.oldestVerified(p)
                    let verified = SpokenDate.day(oldest, in: context.language)
                    let ageText = words.text(.cliCatalogVerifiedAgo, ["date": verified, "days": age])
                    var flags: [String] = []
                    if CatalogAge.isDue(p, today: today) { flags.append(words.text(.cliCatalogRecheckDue)) }
                    if !CatalogRules.stepsBelowClaim(p).isEmpty { flags.append(words.text(.cliCatalogStepLessSure)) }
                    let flag = flags.joined(separator: ", ")
                    rows.append([p.id, SafeText.line(p.name(in: context.language)), SafeText.line(p.vendor), CatalogWords.kind(p.kind, context.language),
                                 CatalogWords.confidence(p.confidence, context.language), ageText, flag])
                }
                context.output.line(PlainTable.render(rows))
                let due = catalog.platforms.filter { CatalogAge.isDue($0, today: today) }.count
                context.output.line("")
                context.output.line(words.plural(.cliCatalogSummary, count: catalog.platforms.count, ["platforms": catalog.platforms.count, "due": due, "revision": catalog.revision]))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a platform: its steps, links, sources and how sure they are.")

        @Argument(help: "The platform id.", completion: Completions.platforms) var platform: String
        @Flag(help: "Print JSON with every field and every language.") var json = false
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                let catalog = try context.catalog()
                guard let p = catalog.platform(id: platform) else { throw ProgressError.noSuchPlatform(id: platform) }
                if json {
                    context.output.json(try Platform.jsonEncoder.encode(p))
                } else {
                    context.output.line(PlatformText(language: context.language).render(p))
                }
            }
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check catalog files; prints every problem as FILE:LINE:COLUMN: message.",
            discussion: "A file to ship needs English and French in every text; a missing de, es, it or nl is a warning. A file of your own (--user) needs only English.")

        @Argument(help: "The YAML files to check.", completion: .file(extensions: ["yaml", "yml"])) var files: [String]
        @Flag(help: "Check them as your own catalog files: only English is required.") var user = false
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                guard !files.isEmpty else {
                    throw CommandFailure(context.text(.cliCatalogGiveAtLeastOne))
                }
                var issues: [CatalogIssue] = []
                var ids: [String: String] = [:]
                for file in files {
                    let result = CatalogLoader.load(fileAt: URL(fileURLWithPath: file), displayName: file,
                                                    origin: user ? .user : .shipped, warnings: true)
                    issues += result.issues
                    for missing in result.missingTranslations { Output.error(missing.formatted(in: context.language)) }
                    if let platform = result.platform {
                        if let other = ids[platform.id] {
                            Output.error(context.text(.cliCatalogPlatformIdIsAlso, ["file": file, "id": platform.id, "other": other]))
                            issues.append(CatalogIssue(file: file, line: 1, column: 1, problem: .duplicateField(field: "id")))
                        }
                        ids[platform.id] = file
                    }
                }
                for issue in issues { Output.error(issue.formatted(in: context.language)) }
                if issues.isEmpty {
                    context.output.line(context.words.plural(.cliCatalogFilesValid, count: files.count))
                } else {
                    Output.error(context.words.plural(.cliCatalogProblemsFound, count: issues.count))
                    throw ExitCode.failure
                }
            }
        }
    }
}
