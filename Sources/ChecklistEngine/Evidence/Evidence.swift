import Foundation

/// One file kept as proof, as a step will record it: enough to find the file again, check it
/// was not changed, and say what it is without opening it. The file itself lives in the
/// evidence folder under its `sha256`.
public struct Evidence: Codable, Sendable, Equatable, Hashable {
    /// The SHA-256 of the file's bytes, 64 lower-case hex digits: its name in the evidence
    /// folder and what `EvidenceStore.verify` checks it against.
    public var sha256: String
    /// The file's name when it was attached (no folder), one safe line: what the user called it.
    public var name: String
    /// Its size in bytes.
    public var size: Int
    /// What its first bytes say it is (never its name's extension).
    public var mediaType: MediaType
    /// When it was attached.
    public var added: Date
    /// The headers that say which email it is, when it is one.
    public var email: EmailSummary?

    public init(sha256: String, name: String, size: Int, mediaType: MediaType, added: Date, email: EmailSummary? = nil) {
        self.sha256 = sha256
        self.name = name
        self.size = size
        self.mediaType = mediaType
        self.added = added
        self.email = email
    }
}

/// The four headers of an email a person recognises it by ("Meta <noreply@…>, 3 June 2025
/// 09:12, Your objection request"), decoded and made safe to print. A header the email
/// lacks is nil; the full headers and text stay in the stored file.
public struct EmailSummary: Codable, Sendable, Equatable, Hashable {
    /// `From:`, decoded (RFC 2047), one line, at most `EmailHeaders.summaryLength` characters.
    public var from: String?
    /// `To:`, the same way.
    public var to: String?
    /// `Subject:`, the same way.
    public var subject: String?
    /// `Date:` as an instant, or nil when the email has none or it cannot be read.
    public var date: Date?

    public init(from: String? = nil, to: String? = nil, subject: String? = nil, date: Date? = nil) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
    }
}
