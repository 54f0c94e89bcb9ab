import ArgumentParser
import ChecklistEngine
import Foundation
import OptOutCatalog

/// `optout catalog authorities`: the data protection authorities optout knows, and which
/// one is the user's (`--country`/`--region`, else `country:`/`region:` in config.yaml).
struct AuthoritiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authorities",
        abstract: "List the data protection authorities (EU/EEA, German Länder) and say which one is yours.")

    @Flag(help: "Print JSON with every field and every language.") var json = false
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            let authorities = try context.authorities()
            let place = context.authorityPlace(options)
            let choice = AuthorityChoice.choose(country: place.country, region: place.region, among: authorities)
            if json {
                struct Document: Encodable {
                    var yours: String?
                    var authorities: [Authority]
                }
                var yours: String?
                if case .applies(let authority) = choice { yours = authority.id }
                context.output.json(try ProgressCoding.encoder.encode(Document(yours: yours, authorities: authorities)))
                return
            }
            let language = context.language
            let headings: [Word] = [.cliAuthoritiesColumnId, .cliAuthoritiesColumnCountry, .cliAuthoritiesColumnName, .cliAuthoritiesColumnComplaint]
            var rows = [headings.map { context.text($0) }]
            for authority in authorities {
                rows.append([authority.id, authority.place, SafeText.line(authority.name(in: language)),
                             SafeText.line(AuthorityWords.route(authority.complaint, language))])
            }
            context.output.line(PlainTable.render(rows))
            context.output.line("")
            context.output.line(context.words.plural(.cliAuthoritiesCount, count: authorities.count))
            context.output.line(AuthorityWords.choice(choice, language))
            switch choice {
            case .noCountry:
                context.output.line(context.text(.cliAuthoritiesToChooseIt)
                    + AuthorityWords.howToSet(configFile: context.configFilePath, germany: false, language))
            case .needsRegion:
                context.output.line(context.text(.cliAuthoritiesToChooseIt)
                    + AuthorityWords.howToSet(configFile: context.configFilePath, germany: true, language))
            case .applies, .unknown:
                break
            }
        }
    }
}

extension CommandContext {
    /// The shipped authorities; problems in their files are said on stderr.
    func authorities() throws -> [Authority] {
        let loaded = AuthoritySet.load(environment: environment)
        if loaded.folderMissing {
            throw CommandFailure(text(.cliAuthoritiesTheAuthorityListShipped))
        }
        for issue in loaded.issues { Output.error(issue.formatted(in: language)) }
        return loaded.authorities
    }
}
