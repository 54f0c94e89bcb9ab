import ArgumentParser
import ChecklistEngine
import Foundation

extension LetterCommand {
    /// `optout letter write ACCOUNT`: the letter as text (`To:`, `Subject:`, a blank line, the
    /// body) in a file, on standard output, or as a `mailto:` link. Changes nothing: sending is
    /// the user's, and `letter sent` records it.
    struct Write: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "write", abstract: "Write a letter about an account: the objection, the reminder or the complaint.",
            discussion: """
                Without --output the letter goes to optout-letter-ACCOUNT-KIND-YYYY-MM-DD.txt in the current folder \
                (or in the folder --output names); an existing file is only replaced with --force. It begins with \
                To: and Subject: lines, for the mail program. Without --kind it is the letter due next, else the \
                objection. A complaint goes to your data protection authority (from --country or country: in the \
                config), else the platform's lead authority, and is written in a language the authority takes.
                """)

        @Argument(help: "The account: id, label, or platform id when it has one account.", completion: Completions.accounts) var account: String
        @Option(help: "Which letter: objection, reminder or complaint (default: the one due next, else the objection).") var kind: Letter.Kind?
        @Flag(help: "In the objection, also request erasure of the data already used (GDPR Article 17(1)(c)).") var erase = false
        @Flag(help: "In the objection, also ask which data was used (GDPR Article 15).") var access = false
        @Option(help: ArgumentHelp("The authority a complaint goes to, by id (see 'optout catalog authorities').", valueName: "authority"),
                completion: Completions.authorities)
        var authority: String?
        @Option(name: [.short, .long], help: ArgumentHelp("The file to write, a folder to write it in, or - for standard output.", valueName: "file"),
                completion: .file())
        var output: String?
        @Flag(help: "Replace the file if it exists.") var force = false
        @Flag(help: "Print a mailto: link that opens the letter in the mail program, instead of writing it.") var mailto = false
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = CommandContext(options: options)
            try reportingErrors(context) {
                if mailto, output != nil { throw CommandFailure(context.text(.cliLetterWriteMailtoOrOutput)) }
                let catalog = try context.catalog()
                let store = try context.store()
                let progress = try store.load()
                let account = try progress.resolve(self.account)
                let place = context.authorityPlace(options)
                var draft = LetterDraft(catalog: catalog, authorities: [], country: place.country, region: place.region,
                                        today: CalendarDay(context.now, timeZone: .current), language: context.language)
                let kind = try chosenKind(suggested: draft.suggestedKind(for: account), context: context)
                if kind == .complaint { draft.authorities = try context.authorities() }
                let letter: LetterText
                do throws(LetterDraftProblem) {
                    letter = LetterComposer.compose(try draft.facts(kind: kind, account: account, history: progress.history, erase: erase,
                                                                    access: access, authority: authority, report: nil))
                } catch {
                    throw CommandFailure(error.sentence(in: context.language))
                }
                if mailto {
                    try printLink(letter, context: context)
                } else if output == "-" {
                    context.output.text(letter.text)
                } else {
                    let name = LetterFileName.name(account: account.id, kind: kind, day: draft.today)
                    let url = try OutputDestination.resolve(output: output, defaultName: name, force: force, store: store, context: context)
                    // The letter names the holder and the account: personal data, so readable by the user alone.
                    try DurableFile.write(Data(letter.text.utf8), to: url, mode: 0o600)
                    context.output.line(context.text(.cliLetterWriteWritten, ["kind": kind.name(in: context.language), "path": SafeText.line(url.path)])
                        + " " + context.text(.cliLetterWriteRecordWhenSent, ["command": Self.sentCommand(account.id, kind)]))
                }
                if let gaps = Self.gapSentence(letter.missing, account: account.id, context: context) { Output.error(gaps) }
            }
        }

        /// `--kind`, else what `--erase`, `--access` or `--authority` are for, else the letter due
        /// next; an option said for a letter it is not part of is one sentence.
        private func chosenKind(suggested: Letter.Kind, context: CommandContext) throws -> Letter.Kind {
            let implied: (option: String, kind: Letter.Kind)? =
                erase ? ("--erase", .objection) : access ? ("--access", .objection) : authority != nil ? ("--authority", .complaint) : nil
            if let kind, let implied, implied.kind != kind {
                throw CommandFailure(context.text(.cliLetterWriteOptionOnlyFor, [
                    "option": implied.option, "kind": implied.kind.name(in: context.language), "kindValue": implied.kind.rawValue,
                ]))
            }
            return kind ?? implied?.kind ?? suggested
        }

        private func printLink(_ letter: LetterText, context: CommandContext) throws {
            let link: MailtoURL
            do throws(MailtoError) {
                link = try MailtoURL(letter: letter)
            } catch {
                throw CommandFailure(error.sentence(in: context.language))
            }
            context.output.line(link.url)
            if let sentence = link.bodyLeftOutSentence(in: context.language) { Output.error(sentence) }
        }

        /// `optout letter sent forum`, with `--kind` for the letters after the objection.
        static func sentCommand(_ account: String, _ kind: Letter.Kind) -> String {
            "optout letter sent " + account + (kind == .objection ? "" : " --kind " + kind.rawValue)
        }

        /// What the letter lacks and the command that saves it, in one sentence; nil when nothing.
        static func gapSentence(_ gaps: [LetterGap], account: String, context: CommandContext) -> String? {
            let holder = gaps.contains(.holder), identifier = gaps.contains(.identifier)
            guard holder || identifier else { return nil }
            let word: Word = holder && identifier ? .cliLetterWriteGapBoth : holder ? .cliLetterWriteGapHolder : .cliLetterWriteGapIdentifier
            return context.text(word, ["account": account])
        }
    }
}
