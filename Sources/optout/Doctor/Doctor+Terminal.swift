import ChecklistUI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The terminal the full-screen view would run in.
extension Doctor {
    mutating func checkTerminal() {
        let environment = context.environment
        if isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 {
            add(.note, text(.cliDoctorThisIsNotRun))
        }
        let term = environment["TERM"] ?? ""
        if term.isEmpty {
            add(.problem, text(.cliDoctorTermIsNotSet),
                fix: "export TERM=xterm-256color")
        } else if term == "dumb" {
            add(.problem, text(.cliDoctorTermIsDumbThat),
                fix: text(.cliDoctorUseARealTerminal))
        } else if Self.terminfoEntry(for: term, environment: environment) == nil {
            add(.problem, text(.cliDoctorTheTerminalTypeTerm, ["term": term]),
                fix: text(.cliDoctorSetTermToA))
        } else {
            add(.ok, text(.cliDoctorTheTerminalTypeIs, ["term": term]))
        }
        if GlyphSupport.isUTF8(environment: environment) {
            add(.ok, text(.cliDoctorTheLocaleIsUtf))
        } else {
            add(.warning, text(.cliDoctorTheLocaleIsNot),
                fix: "export LANG=C.UTF-8")
        }
        if !(environment["NO_COLOR"] ?? "").isEmpty {
            add(.note, text(.cliDoctorNoColorIsSet))
        }
    }

    /// The compiled terminfo entry for `term`, looked up as ncurses does, without opening a terminal.
    static func terminfoEntry(for term: String, environment: [String: String]) -> String? {
        guard !term.contains("/"), let first = term.unicodeScalars.first, first.isASCII else { return nil }
        var folders: [String] = []
        if let terminfo = environment["TERMINFO"], !terminfo.isEmpty { folders.append(terminfo) }
        if let home = environment["HOME"], !home.isEmpty { folders.append(home + "/.terminfo") }
        let defaults = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
        if let dirs = environment["TERMINFO_DIRS"] {
            for dir in dirs.split(separator: ":", omittingEmptySubsequences: false) {
                if dir.isEmpty { folders += defaults } else { folders.append(String(dir)) }
            }
        }
        folders += defaults
        let letter = String(Character(first))
        let hex = String(first.value, radix: 16)
        for folder in folders {
            for sub in [letter, hex] {
                let path = "\(folder)/\(sub)/\(term)"
                if FileManager.default.isReadableFile(atPath: path) { return path }
            }
        }
        return nil
    }
}
