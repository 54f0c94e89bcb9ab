import ChecklistEngine
import ChecklistUI
import CNcursesw
import Foundation

/// The real terminal, through ncursesw: set-up and restore, key decoding, colour pairs and
/// drawing a `Screen`. The only type in optout that knows curses exists. Not thread-safe:
/// use it from the run loop's thread.
public final class CursesTerminal: TerminalDevice {
    /// The colours in use, decided at start from the terminal, `NO_COLOR` and `--no-color`.
    public let colorMode: ColorMode
    /// Whether curses got a UTF-8 locale (accents, CJK and box drawing can be drawn).
    public let isUTF8: Bool

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let defaultColors: Bool
    private var palette: ColorPalette
    private var previous: Screen?
    private var currentTimeout: Int32 = -1
    private var isActive = true
    /// The stand-in for a character the terminal cannot show: U+FFFD, or `?` without UTF-8.
    private let replacement: wchar_t

    /// Opens the terminal in full-screen mode. Throws when it cannot be driven: not a tty,
    /// `TERM` unset, unknown, or without cursor addressing.
    public init(options: Options = Options()) throws(TerminalError) {
        let environment = options.environment
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.terminalUnset }
        guard term != "dumb" else { throw TerminalError.noCursorAddressing(term) }
        guard optout_handlers_active() == 0 else { throw TerminalError.alreadyOpen }

        // Only LC_CTYPE matters to curses; without UTF-8, accents and box drawing turn to garbage.
        setlocale(LC_CTYPE, "")
        if !Self.codesetIsUTF8() { setlocale(LC_CTYPE, "C.UTF-8") }
        isUTF8 = Self.codesetIsUTF8()

        // A parent may have started optout with signals blocked (a thread's mask is inherited):
        // without SIGWINCH it would never see a resize, without SIGHUP never a hang-up.
        Self.unblockTerminalSignals()
        // Before newterm: ncurses installs its own SIGINT/SIGTERM handlers only where none is set.
        optout_install_signal_handlers(nil, 0)
        // newterm, not initscr: initscr exits the process on an unknown TERM.
        guard let screen = newterm(term, optout_stdout(), optout_stdin()) else {
            optout_remove_signal_handlers()
            throw TerminalError.unknownTerminal(term)
        }
        set_term(screen)
        guard optout_tigetstr("cup") != nil, let window = optout_stdscr() else {
            endwin()
            delscreen(screen)
            optout_remove_signal_handlers()
            throw TerminalError.noCursorAddressing(term)
        }
        self.screen = screen
        self.window = window
        optout_end_initial_state()  // one write per frame (see the shim)
        let reset = Self.resetSequence()
        reset.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { optout_set_reset_bytes($0.baseAddress, $0.count) }
        }

        raw()  // Ctrl-C arrives as a key: the app quits cleanly (its saves are already done)
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        curs_set(0)
        if environment["ESCDELAY"] == nil { set_escdelay(25) }  // else Esc waits a whole second

        var mode = ColorMode.none
        var defaultColors = false
        if has_colors(), !options.noColor, (environment["NO_COLOR"] ?? "").isEmpty, start_color() == OK {
            mode = ColorMode.detect(hasColors: true, colors: Int(optout_colors()), directColor: tigetflag("RGB") > 0,
                                    noColorOption: false, environment: environment)
            defaultColors = use_default_colors() == OK
        }
        colorMode = mode
        self.defaultColors = defaultColors
        palette = ColorPalette(theme: options.theme, mode: mode, defaultColors: defaultColors,
                               maximumPairs: Int(optout_color_pairs()))
        replacement = optout_wcwidth(0xFFFD) == 1 ? 0xFFFD : 0x3F
    }

    deinit { restore() }

    /// Columns and rows.
    public var size: (width: Int, height: Int) {
        guard isActive else { return (0, 0) }
        return (max(0, Int(optout_cols())), max(0, Int(optout_lines())))
    }

    /// Draws with another theme from the next frame on.
    public func apply(theme: Theme) {
        guard isActive else { return }
        palette = ColorPalette(theme: theme, mode: colorMode, defaultColors: defaultColors,
                               maximumPairs: Int(optout_color_pairs()))
        previous = nil
    }

    // MARK: Input

    /// The next key, resize or hang-up; `.idle` when `milliseconds` pass with nothing (nil waits
    /// for ever).
    public func nextEvent(timeout milliseconds: Int?) -> TerminalEvent {
        guard isActive, optout_hangup_requested() == 0 else { return .hangUp }
        let timeout = milliseconds.map { Int32(clamping: max(0, $0)) } ?? -1
        if timeout != currentTimeout {
            wtimeout(window, timeout)
            currentTimeout = timeout
        }
        let started = ContinuousClock.now
        while true {
            var value: wint_t = 0
            errno = 0
            let status = wget_wch(window, &value)
            if optout_hangup_requested() != 0 { return .hangUp }
            switch status {
            case KEY_CODE_YES:
                if Int32(value) == KEY_RESIZE {
                    previous = nil
                    let size = size
                    return .resize(width: size.width, height: size.height)
                }
                if let key = KeyDecoder.key(code: Int32(value)) { return .key(key) }
            case OK:
                if let key = KeyDecoder.key(character: UInt32(value)) { return .key(key) }
            default:
                if errno == EINTR { continue }  // another signal (a child exiting): keep waiting
                // Blocking: ERR means the input is gone. With a timeout it may be the timeout,
                // unless it came early and the input reports end of file or a hang-up.
                if timeout < 0 || Self.inputIsGone(since: started, timeout: timeout) { return .hangUp }
                return .idle
            }
            // A key optout has no use for: keep waiting when blocking, else report a quiet moment.
            if timeout >= 0 { return .idle }
        }
    }

    private static func inputIsGone(since started: ContinuousClock.Instant, timeout: Int32) -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        let events = Int32(descriptor.revents)
        if events & (Int32(POLLHUP) | Int32(POLLERR) | Int32(POLLNVAL)) != 0 { return true }
        // Readable yet nothing was read, well before the timeout: end of file.
        let early = ContinuousClock.now - started < .milliseconds(Int(timeout) / 2)
        return early && events & Int32(POLLIN) != 0
    }

    // MARK: Output

    /// Draws `screen`, sending only the cells that changed since the last frame (all of them
    /// on the first frame, after a resize or a theme change), then refreshes once.
    public func draw(_ screen: Screen) {
        guard isActive else { return }
        let (width, height) = size
        let full = previous == nil || previous?.width != screen.width || previous?.height != screen.height
        if full { werase(window) }  // nothing of an older, larger frame may stay
        for run in ScreenDiff.runs(from: full ? nil : previous, to: screen) where run.y < height {
            var batch = ASCIIBatch()
            for glyph in run.glyphs where glyph.x + glyph.width <= width {
                if batch.append(glyph) { continue }
                draw(batch, y: Int32(run.y))
                if !batch.start(with: glyph) { draw(glyph, y: Int32(run.y)) }
            }
            draw(batch, y: Int32(run.y))
        }
        previous = screen
        wnoutrefresh(window)
        doupdate()
    }

    /// A stretch of printable ASCII of one look: one attribute change and one string for
    /// curses, instead of a move and a wide character for each cell (ASCII is one column on
    /// every terminal, so nothing can shift).
    private func draw(_ batch: ASCIIBatch, y: Int32) {
        guard !batch.bytes.isEmpty else { return }
        let look = palette.look(for: batch.role, attributes: batch.attributes)
        wattr_set(window, look.attributes, look.pair, nil)
        wmove(window, y, Int32(batch.x))
        batch.bytes.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { _ = waddnstr(window, $0.baseAddress, Int32($0.count)) }
        }
        wattr_set(window, optout_a_normal(), 0, nil)  // wide characters carry their own look
    }

    /// One glyph at its own position: an explicit move for each, so a width the terminal
    /// disagrees with can never shift what follows (a border, say).
    private func draw(_ glyph: ScreenDiff.Glyph, y: Int32) {
        let look = palette.look(for: glyph.role, attributes: glyph.attributes)
        var characters = drawable(glyph)
        var cell = cchar_t()
        if setcchar(&cell, &characters, look.attributes, look.pair, nil) != OK {
            var fallback: [wchar_t] = [replacement, 0]
            setcchar(&cell, &fallback, look.attributes, look.pair, nil)
        }
        let x = Int32(glyph.x)
        wmove(window, y, x)
        wadd_wch(window, &cell)  // ERR in the bottom-right corner only means the cursor cannot advance
        let drawnWidth = Int(max(1, optout_wcwidth(characters[0])))
        if drawnWidth < glyph.width {
            var space: [wchar_t] = [0x20, 0]
            var blank = cchar_t()
            setcchar(&blank, &space, look.attributes, look.pair, nil)
            wmove(window, y, x + 1)
            wadd_wch(window, &blank)
        }
    }

    /// The glyph as wide characters curses agrees to draw at the glyph's width: the base and
    /// its zero-width companions (no joiners or variation selectors, which terminals size
    /// differently), or the replacement when curses would give it another width.
    private func drawable(_ glyph: ScreenDiff.Glyph) -> [wchar_t] {
        var scalars = glyph.text.unicodeScalars.makeIterator()
        guard let base = scalars.next() else { return [0x20, 0] }
        let baseWidth = optout_wcwidth(wchar_t(bitPattern: base.value))
        // A narrow base of a wide emoji sequence ("❤️") is drawn narrow and padded.
        guard baseWidth == Int32(glyph.width) || (baseWidth == 1 && glyph.width == 2) else { return [replacement, 0] }
        var characters: [wchar_t] = [wchar_t(bitPattern: base.value)]
        while let scalar = scalars.next(), characters.count < Int(CCHARW_MAX) - 1 {
            // Combining marks and Hangul vowel and final jamo stay; joiners, variation
            // selectors and other invisible format characters go.
            let isVariation = (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
            guard scalar.properties.generalCategory != .format, !isVariation,
                  optout_wcwidth(wchar_t(bitPattern: scalar.value)) == 0 else { continue }
            characters.append(wchar_t(bitPattern: scalar.value))
        }
        characters.append(0)
        return characters
    }

    /// Puts `text` on the system clipboard through the terminal (OSC 52). False when the text
    /// is too long for terminals to accept or the terminal is closed; terminals that ignore
    /// OSC 52 (or a tmux without `set-clipboard on`) drop it silently.
    @discardableResult
    public func copyToClipboard(_ text: String) -> Bool {
        guard isActive, let sequence = Clipboard.osc52(for: text) else { return false }
        doupdate()  // curses' own output first, so the bytes do not land inside an escape sequence
        fflush(optout_stdout())
        return sequence.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { optout_write_all(STDOUT_FILENO, $0.baseAddress, $0.count) == 0 }
        }
    }

    /// Rings the bell (or flashes the screen, as the terminal decides).
    public func bell() {
        guard isActive else { return }
        beep()
    }

    // MARK: Restore

    /// Gives the terminal back as it was (main screen, cursor, modes). Safe to call twice.
    public func restore() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
        delscreen(screen)
        optout_remove_signal_handlers()
    }

    // MARK: Helpers

    private static func unblockTerminalSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGWINCH, SIGHUP, SIGTERM, SIGINT, SIGCONT, SIGTSTP] { sigaddset(&signals, signal) }
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }

    private static func codesetIsUTF8() -> Bool {
        guard let codeset = optout_codeset() else { return false }
        let name = String(cString: codeset).lowercased().filter { $0 != "-" && $0 != "_" }
        return name == "utf8"
    }

    /// What a crash handler writes to give the terminal back: attributes off, cursor shown,
    /// keypad mode off, main screen; from terminfo, with xterm's sequences where it has none.
    private static func resetSequence() -> [UInt8] {
        let capabilities: [(name: String, fallback: String)] = [
            ("sgr0", "\u{1B}[0m"), ("cnorm", "\u{1B}[?25h"), ("rmkx", ""), ("rmcup", "\u{1B}[?1049l"),
        ]
        var bytes: [UInt8] = []
        for capability in capabilities {
            let value = optout_tigetstr(capability.name).map { String(cString: $0) } ?? capability.fallback
            bytes += Array(withoutPadding(value).utf8)
        }
        bytes += Array("\r\n".utf8)
        return bytes
    }

    /// Terminfo strings may hold delays (`$<5>`) that only curses' own output routine
    /// understands; written raw they would show.
    static func withoutPadding(_ value: String) -> String {
        var result = ""
        var rest = Substring(value)
        while let start = rest.range(of: "$<") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else {
                rest = rest[start.lowerBound...]
                break
            }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}
