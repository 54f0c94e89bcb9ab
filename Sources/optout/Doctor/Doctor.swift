import ChecklistEngine

/// The findings, one line each, with how to fix what is wrong.
struct Doctor {
    enum Level { case ok, note, warning, problem }

    struct Finding {
        var level: Level
        var text: String
        var fix: String?
    }

    let context: CommandContext
    let options: GlobalOptions
    var findings: [Finding] = []
    /// `--remove-leftovers`: the evidence files no step refers to are removed, not only said.
    var removeLeftovers = false

    init(context: CommandContext, options: GlobalOptions) {
        self.context = context
        self.options = options
    }

    var problems: Int { findings.filter { $0.level == .problem }.count }
    var warnings: Int { findings.filter { $0.level == .warning }.count }

    func text(_ word: Word, _ values: [String: any CustomStringConvertible] = [:]) -> String { context.text(word, values) }
    func plural(_ word: Word, count: Int, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        context.words.plural(word, count: count, values)
    }

    mutating func add(_ level: Level, _ text: String, fix: String? = nil) {
        findings.append(Finding(level: level, text: text, fix: fix))
    }

    /// Every check, in the order said; a new check is one more line here.
    static let checks: [@Sendable (inout Doctor) -> Void] = [
        { $0.checkProgress() },
        { $0.checkCatalog() },
        { $0.checkTheme() },
        { $0.checkAuthority() },
        { $0.checkTerminal() },
    ]

    mutating func runChecks() {
        for check in Self.checks { check(&self) }
    }

    /// The findings, then a count of what is wrong.
    func print() {
        let unicode = context.unicode
        for finding in findings {
            let mark: String
            switch finding.level {
            case .ok: mark = unicode ? "✔" : "ok"
            case .note: mark = unicode ? "·" : "--"
            case .warning: mark = unicode ? "!" : "!!"
            case .problem: mark = unicode ? "✘" : "XX"
            }
            context.output.line(mark + " " + finding.text)
            if let fix = finding.fix { context.output.line("  " + text(.cliDoctorFix) + fix) }
        }
        context.output.line("")
        switch (problems, warnings) {
        case (0, 0):
            context.output.line(text(.cliDoctorNoProblemFound))
        case (0, let w):
            context.output.line(text(.cliDoctorNoProblemFoundWarning, ["warnings": plural(.cliDoctorWarningCount, count: w)]))
        case (let p, let w):
            context.output.line(text(.cliDoctorProblemSFoundWarning, ["problems": plural(.cliDoctorProblemCount, count: p),
                                                                      "warnings": plural(.cliDoctorWarningCount, count: w)]))
        }
    }
}
