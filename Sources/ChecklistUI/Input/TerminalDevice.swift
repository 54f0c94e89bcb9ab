/// What the run loop needs of a terminal: the real one (`CursesTerminal`) and the scripted
/// one tests drive (`ScriptedTerminal`, after ratatui's `TestBackend`). Used from one thread.
public protocol TerminalDevice: AnyObject {
    /// Columns and rows.
    var size: (width: Int, height: Int) { get }
    /// The next key, resize or hang-up; `.idle` when `milliseconds` pass with nothing (nil
    /// waits for ever).
    func nextEvent(timeout milliseconds: Int?) -> TerminalEvent
    /// Shows `screen` as the new frame.
    func draw(_ screen: Screen)
    /// Puts `text` on the system clipboard; false when the terminal cannot take it.
    @discardableResult
    func copyToClipboard(_ text: String) -> Bool
    /// Rings the terminal's bell (or flashes it).
    func bell()
}
