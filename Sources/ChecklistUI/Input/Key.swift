/// A key press, decoded by the terminal target from curses and by tests from names.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    case function(Int)
    /// Ctrl plus a letter (`ctrl("c")`).
    case control(Character)
}

/// What reaches the program from the terminal.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The terminal is gone (hung up, stdin closed): quit, do not spin.
    case hangUp
    /// Nothing happened for a while (lets the loop notice outside changes).
    case idle
}
