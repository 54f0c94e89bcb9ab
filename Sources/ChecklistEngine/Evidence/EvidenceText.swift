import Foundation

/// How a piece of evidence is said to a person, in their language: its size, and the line
/// that says which file (or which email) it is. Every text is one safe line.
public struct EvidenceText: Sendable {
    public let dates: SpokenDate

    public init(_ dates: SpokenDate) {
        self.dates = dates
    }

    var words: Words { Words(dates.language) }

    /// "812 bytes", "48.2 KiB", "3.5 MiB" (with the language's decimal mark).
    public func size(_ bytes: Int) -> String {
        if bytes < 1024 { return words.plural(.evidenceSizeBytes, count: bytes) }
        let kilo = Double(bytes) / 1024
        if kilo < 1024 { return words.text(.evidenceSizeKilobytes, ["size": decimal(kilo)]) }
        return words.text(.evidenceSizeMegabytes, ["size": decimal(kilo / 1024)])
    }

    /// One decimal, dropped when it is zero.
    func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = String(tenths / 10)
        guard tenths % 10 != 0 else { return whole }
        return whole + words.text(.evidenceDecimalMark) + String(tenths % 10)
    }

    /// The email's sender, date and subject: "Meta <noreply@meta.com>, 3 June 2025 09:12,
    /// Your objection request"; `redact` leaves the sender out (the recipient is never said here).
    public func email(_ summary: EmailSummary, redact: Bool = false) -> String? {
        let parts = [redact ? nil : summary.from, summary.date.map(dates.shortDayTime), summary.subject].compactMap { $0 }
        return parts.isEmpty ? nil : SafeText.line(parts.joined(separator: ", "))
    }

    /// "confirmation.eml, 4.2 KiB, message/rfc822: Meta <noreply@meta.com>, 3 Jun 2025 09:12, Your objection".
    public func line(_ evidence: Evidence, redact: Bool = false) -> String {
        var line = SafeText.line(evidence.name) + ", " + size(evidence.size) + ", " + SafeText.line(evidence.mediaType.rawValue)
        if let email = evidence.email.flatMap({ email($0, redact: redact) }) { line += ": " + email }
        return line
    }

    /// The first twelve digits of a hash, as lists show it (`evidence remove` takes eight or more).
    public static func short(_ hash: String) -> String { SafeText.line(String(hash.prefix(12))) }
}
