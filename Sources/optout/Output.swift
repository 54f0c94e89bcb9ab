import ChecklistEngine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Everything optout prints goes through here, so no control character or escape sequence
/// from a file, a label or the command line reaches the terminal raw: each is shown as `�`.
struct Output {
    /// The language of the one sentence said when the output cannot be written.
    let language: Language

    func line(_ text: String) {
        self.text(text + "\n")
    }

    /// Text as it is, newlines kept, other control characters replaced.
    func text(_ text: String) {
        standardOutput(Data(SafeText.block(text).utf8))
    }

    /// A line on standard error; said the same way whatever the language.
    static func error(_ text: String) {
        // Nothing more can be said when standard error itself is gone.
        _ = write(Data((SafeText.block(text) + "\n").utf8), to: STDERR_FILENO)
    }

    /// Bytes to standard output. When they cannot be written (a full disk, a closed output),
    /// one sentence on stderr and exit status 1, rather than Foundation's crash.
    func standardOutput(_ data: Data) {
        guard let failure = Self.write(data, to: STDOUT_FILENO) else { return }
        Self.error("optout: " + Words.text(.cliOutputCannotWrite, in: language, ["error": failure]))
        exit(1)
    }

    /// Writes every byte; nil when done, else why it could not.
    private static func write(_ data: Data, to fd: Int32) -> String? {
        data.withUnsafeBytes { raw -> String? in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// JSON for scripts, with a newline. The encoder escapes C0 controls itself; C1 controls
    /// and bidirectional overrides, which it leaves raw, are written as `\\u` escapes (four hex digits):
    /// the same JSON value, and nothing a terminal would act on.
    func json(_ data: Data) {
        standardOutput(SafeJSON.escape(data) + Data("\n".utf8))
    }
}
