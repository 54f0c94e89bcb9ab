import ChecklistEngine
import Foundation

/// Everything that can happen to the app: keys, resizes, and the results of effects.
public enum Action: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// A change reached the file; `progress` is what the file now holds.
    case changeApplied(ProgressChange, outcome: ChangeOutcome, progress: UserProgress, origin: ChangeOrigin)
    case changeFailed(ProgressError)
    /// Another process changed the file; this is its new content.
    case progressReloaded(UserProgress)
    case exported(path: String)
    case exportFailed(message: String)
    /// The report's file exists: ask before replacing it.
    case exportExists(ExportFormat, path: String)
    case linkOpened(url: String)
    case linkFailed(url: String)
    case copied(url: String)
    case letterDone(LetterOutcome)
    /// Tab in the path field: what the folder holds that starts with the text typed.
    case pathCompleted(PathCompletion)
    /// The file could not be attached: the sentence says why.
    case attachFailed(message: String)
    /// The supervisory authorities, read when the first letter view opened.
    case authoritiesLoaded([Authority])
    case clock(Date)
}

/// What the letter view asks of the outside world: the letter to the clipboard, to a file,
/// or to the mail program.
public enum LetterEffect: Sendable, Equatable {
    case copy(String)
    /// `name` in the current folder; `overwrite` only after the user said yes.
    case save(String, name: String, overwrite: Bool)
    case openMail(String)
}

/// How a letter effect went.
public enum LetterOutcome: Sendable, Equatable {
    case copied
    /// The terminal cannot take it (too long for OSC 52, or no terminal).
    case notCopied
    case saved(path: String)
    /// The file exists: ask before replacing it.
    case exists(text: String, name: String, path: String)
    case notSaved(message: String)
    case mailOpened
    case noMailProgram
}

/// Why a change was made, so undo and redo know which stack it feeds.
public enum ChangeOrigin: Sendable, Equatable {
    case user
    case undo
    case redo
}

/// What `reduce` asks the run loop to do; it never does I/O itself.
public enum AppEffect: Sendable, Equatable {
    case apply(ProgressChange, origin: ChangeOrigin)
    /// `overwrite` only after the user said yes to replacing an existing file.
    case export(ExportFormat, overwrite: Bool)
    case openURL(String)
    case copyToClipboard(String)
    case letter(LetterEffect)
    /// Copy the file at `path` into the evidence folder, then record it on the step.
    case attach(account: String, step: String, path: String)
    /// List what could complete the typed path.
    case completePath(String)
    /// Read the authorities (not at start: only a letter needs them).
    case loadAuthorities
    /// Ends the run loop, which sets `AppState.isQuitting`; every save is already done.
    case quit
}

/// The report formats the `e` key offers, as its menu names them.
extension ReportFormat {
    public func label(in language: Language) -> String {
        let word: Word = switch self {
        case .markdown: .uiExportMarkdown
        case .html: .uiExportHtml
        case .json: .uiExportJson
        case .csv: .uiExportCsv
        }
        return Words.text(word, in: language)
    }
}

/// What the `e` key offers: the reports, then the dossier.
extension ExportFormat {
    public func label(in language: Language) -> String {
        switch self {
        case .report(let format): format.label(in: language)
        case .dossier: Words.text(.uiExportDossier, in: language)
        }
    }
}
