/// What a bound key asks for. The binding table maps keys to these per view.
public enum Command: String, CaseIterable, Sendable, Hashable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case open, back, toggle
    case addAccount, removeAccount, relabel
    case search, export, undo, redo, help, quit
    case editNote, cover, openLink, copyLink, toggleDetail, review
    case expandAll, collapseAll
    case scrollDetailDown, scrollDetailUp
    case confirm, cancel
    case letter, nextLetterKind, toggleErase, toggleAccess, nextAuthority
    case copyLetter, saveLetter, mailLetter, markSent, markSentOn, letterDetails
    case attach
}
