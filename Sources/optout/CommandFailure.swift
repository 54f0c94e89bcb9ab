/// A failure already worded for the user: one sentence, printed to stderr, exit 1.
struct CommandFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
