import ChecklistEngine

/// The words of the binding table: a key for each short label of the footer and each sentence
/// of the help screen, looked up in one place. (The words themselves are in a
/// file per language: `Languages/*.yaml`, key `ui.key.` + `rawValue`.)
public enum WordKey: String, CaseIterable, Sendable {
    case moveUpLabel, moveDownLabel, pageUpLabel, pageDownLabel, firstLabel, lastLabel
    case openLabel, backLabel, toggleLabel, addAccountLabel, removeAccountLabel, relabelLabel
    case searchLabel, exportLabel, undoLabel, redoLabel, helpLabel, quitLabel
    case editNoteLabel, coverLabel, openLinkLabel, copyLinkLabel, toggleDetailLabel, reviewLabel
    case scrollDetailDownLabel, scrollDetailUpLabel, expandAllLabel, collapseAllLabel, confirmLabel, cancelLabel
    case letterLabel, nextLetterKindLabel, toggleEraseLabel, toggleAccessLabel, nextAuthorityLabel
    case copyLetterLabel, saveLetterLabel, mailLetterLabel, markSentLabel, markSentOnLabel, letterDetailsLabel
    case letterHelp, nextLetterKindHelp, toggleEraseHelp, toggleAccessHelp, nextAuthorityHelp
    case copyLetterHelp, saveLetterHelp, mailLetterHelp, markSentHelp, markSentOnHelp, letterDetailsHelp
    case attachLabel, attachHelp
    case moveUpHelp, moveDownHelp, pageUpHelp, pageDownHelp, firstHelp, lastHelp
    case openHelp, backHelp, toggleHelp, addAccountHelp, removeAccountHelp, relabelHelp
    case searchHelp, exportHelp, undoHelp, redoHelp, helpHelp, quitHelp
    case editNoteHelp, coverHelp, openLinkHelp, copyLinkHelp, toggleDetailHelp, reviewHelp
    case scrollDetailDownHelp, scrollDetailUpHelp, expandAllHelp, collapseAllHelp, confirmHelp, cancelHelp

    /// The text in `language`.
    public func text(in language: Language) -> String {
        Words(language).text(named: "ui.key." + rawValue) ?? rawValue
    }
}
