import ArgumentParser
import Foundation

/// `optout generate-manual --words man/fr.yaml`: prints optout(1) in that file's language
/// (the help of its commands from Languages/fr.yaml, as `optout --help` says it).
/// Hidden: it serves the packaging scripts (scripts/install, scripts/package-deb), which
/// run it on the binary they ship, so the page always describes that very binary.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-manual",
        abstract: "Print the manual page optout(1) (roff) in the language of a words file.",
        shouldDisplay: false)

    @Option(help: ArgumentHelp("The words of the page in one language (man/LANG.yaml).", valueName: "file"), completion: .file(extensions: ["yaml"]))
    var words: String

    @Flag(help: "Fail when the words file lacks a text or holds one for something that no longer exists.")
    var strict = false

    func run() throws {
        try reportingErrors(CommandContext(choices: GlobalChoices()), generate)
    }

    private func generate() throws {
        let wordsFile: ManualWords
        do {
            wordsFile = try ManualWords.load(from: URL(fileURLWithPath: words))
        } catch {
            throw CommandFailure("The words file \(words) cannot be read (\(error)): give a file such as man/fr.yaml.")
        }
        let groups = HelpGroup.all
        var page = ManualPage(tree: try CommandTree.of(OptOut.self), groups: groups, words: wordsFile, date: Self.date)
        let text = page.render()
        let problems = page.lookup.missing.map { "missing: \($0)" } + page.lookup.stale(groups: groups).map { "no longer used: \($0)" }
        for problem in problems { Output.error("\(words): \(problem)") }
        if strict, !problems.isEmpty { throw ExitCode.failure }
        Output(language: .en).text(text)
    }

    /// SOURCE_DATE_EPOCH when set (reproducible builds), else today.
    static var date: String {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? Date().timeIntervalSince1970
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}
