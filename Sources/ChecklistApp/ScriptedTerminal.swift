import ChecklistUI

/// A terminal for tests (ratatui's `TestBackend`): events come from a script, frames and
/// clipboard text are recorded. When the script runs out it hangs up, so a loop always ends.
public final class ScriptedTerminal: TerminalDevice {
    public private(set) var size: (width: Int, height: Int)
    /// Every frame drawn, oldest first.
    public private(set) var frames: [Screen] = []
    /// Every text put on the clipboard.
    public private(set) var clipboard: [String] = []
    public private(set) var bells = 0
    /// The timeout of every wait for an event, in order.
    public private(set) var timeouts: [Int?] = []
    /// Whether the clipboard accepts text (OSC 52 has a length limit).
    public var clipboardWorks = true
    private var script: [TerminalEvent]

    public init(width: Int = 80, height: Int = 24, events: [TerminalEvent] = []) {
        size = (width, height)
        script = events
    }

    /// Adds events at the end of the script.
    public func enqueue(_ events: [TerminalEvent]) { script += events }

    /// How many events are still to come.
    public var pendingEvents: Int { script.count }

    public var lastFrame: Screen? { frames.last }

    public func nextEvent(timeout milliseconds: Int?) -> TerminalEvent {
        timeouts.append(milliseconds)
        guard !script.isEmpty else { return .hangUp }
        let event = script.removeFirst()
        // As a real terminal: the size has changed when the resize is reported.
        if case .resize(let width, let height) = event { size = (width, height) }
        return event
    }

    public func draw(_ screen: Screen) { frames.append(screen) }

    @discardableResult
    public func copyToClipboard(_ text: String) -> Bool {
        guard clipboardWorks else { return false }
        clipboard.append(text)
        return true
    }

    public func bell() { bells += 1 }
}
