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
            add(.note, say("This is not run in a terminal (input or output is a pipe or a file): the full-screen view needs one; 'optout status' prints plain text.",
                           "Ceci ne tourne pas dans un terminal (l'entrée ou la sortie est un tube ou un fichier) : la vue plein écran en demande un ; « optout status » affiche du texte simple."))
        }
        let term = environment["TERM"] ?? ""
        if term.isEmpty {
            add(.problem, say("TERM is not set: the full-screen view cannot tell how to drive the terminal.",
                              "TERM n'est pas défini : la vue plein écran ne sait pas comment piloter le terminal."),
                fix: "export TERM=xterm-256color")
        } else if term == "dumb" {
            add(.problem, say("TERM is 'dumb': that terminal cannot move the cursor, which the full-screen view needs.",
                              "TERM vaut « dumb » : ce terminal ne sait pas déplacer le curseur, ce dont la vue plein écran a besoin."),
                fix: say("use a real terminal, or 'optout status' for plain text.", "utilisez un vrai terminal, ou « optout status » pour du texte simple."))
        } else if Self.terminfoEntry(for: term, environment: environment) == nil {
            add(.problem, say("The terminal type '\(term)' (TERM) is unknown to this system.",
                              "Le type de terminal « \(term) » (TERM) est inconnu de ce système."),
                fix: say("set TERM to a known type such as xterm-256color, or install ncurses-term.",
                         "donnez à TERM un type connu comme xterm-256color, ou installez ncurses-term."))
        } else {
            add(.ok, say("The terminal type '\(term)' is known.", "Le type de terminal « \(term) » est connu."))
        }
        if GlyphSupport.isUTF8(environment: environment) {
            add(.ok, say("The locale is UTF-8.", "La locale est en UTF-8."))
        } else {
            add(.warning, say("The locale is not UTF-8: ticks are drawn as [x] and some letters may show as '?'.",
                              "La locale n'est pas en UTF-8 : les coches s'affichent [x] et certaines lettres peuvent apparaître en « ? »."),
                fix: "export LANG=C.UTF-8")
        }
        if !(environment["NO_COLOR"] ?? "").isEmpty {
            add(.note, say("NO_COLOR is set: optout draws no colour.", "NO_COLOR est défini : optout n'affiche aucune couleur."))
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
