import Foundation

/// The OSC 52 sequence that asks the terminal to put text on the system clipboard; it
/// works over ssh, where no local clipboard tool could.
enum Clipboard {
    /// Terminals drop longer sequences (xterm's limit is about 100 000 bytes).
    static let maximumEncodedBytes = 100_000

    /// The sequence for `text`, or nil when too long to be accepted.
    static func osc52(for text: String) -> [UInt8]? {
        let encoded = Data(text.utf8).base64EncodedString()
        guard encoded.utf8.count <= maximumEncodedBytes else { return nil }
        return Array("\u{1B}]52;c;\(encoded)\u{07}".utf8)
    }
}
