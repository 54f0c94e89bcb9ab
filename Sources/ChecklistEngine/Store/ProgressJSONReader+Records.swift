import Foundation

/// The records of an account that came with letters and evidence: read as the rest of the
/// file is (`ProgressJSONReader`), kept apart so each file holds one job.
extension ProgressJSONReader {
    mutating func evidence() -> Evidence? {
        var added: Date?, email: EmailSummary?, mediaType: MediaType?, name: String?, sha256: String?, size: Int?
        guard var more = open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { return nil }
        while more {
            guard let field = member() else { return nil }
            if token(field, is: "added") {
                guard added == nil, let value = date() else { return nil }
                added = value
            } else if token(field, is: "email") {
                guard email == nil, let value = emailSummary() else { return nil }
                email = value
            } else if token(field, is: "mediaType") {
                guard mediaType == nil, let value = string() else { return nil }
                mediaType = MediaType(rawValue: value)
            } else if token(field, is: "name") {
                guard name == nil, let value = string() else { return nil }
                name = value
            } else if token(field, is: "sha256") {
                guard sha256 == nil, let value = string() else { return nil }
                sha256 = value
            } else if token(field, is: "size") {
                guard size == nil, let value = integer() else { return nil }
                size = value
            } else {
                return nil
            }
            guard let next = next(UInt8(ascii: "}")) else { return nil }
            more = next
        }
        guard let added, let mediaType, let name, let sha256, let size else { return nil }
        return Evidence(sha256: sha256, name: name, size: size, mediaType: mediaType, added: added, email: email)
    }

    mutating func emailSummary() -> EmailSummary? {
        // A field is written only when set, so one already set is a repeated key.
        var summary = EmailSummary()
        guard var more = open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { return nil }
        while more {
            guard let field = member() else { return nil }
            if token(field, is: "date") {
                guard summary.date == nil, let value = date() else { return nil }
                summary.date = value
            } else if token(field, is: "from") {
                guard summary.from == nil, let value = string() else { return nil }
                summary.from = value
            } else if token(field, is: "subject") {
                guard summary.subject == nil, let value = string() else { return nil }
                summary.subject = value
            } else if token(field, is: "to") {
                guard summary.to == nil, let value = string() else { return nil }
                summary.to = value
            } else {
                return nil
            }
            guard let next = next(UInt8(ascii: "}")) else { return nil }
            more = next
        }
        return summary
    }

    mutating func letter() -> Letter? {
        var kind: Letter.Kind?, sentOn: CalendarDay?, extendedOn: CalendarDay?, answeredOn: CalendarDay?, note: String?
        guard var more = open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { return nil }
        while more {
            guard let name = member() else { return nil }
            if token(name, is: "kind") {
                guard kind == nil, let value = string().flatMap(Letter.Kind.init(rawValue:)) else { return nil }
                kind = value
            } else if token(name, is: "sentOn") {
                guard sentOn == nil, let value = day() else { return nil }
                sentOn = value
            } else if token(name, is: "extendedOn") {
                guard extendedOn == nil, let value = day() else { return nil }
                extendedOn = value
            } else if token(name, is: "answeredOn") {
                guard answeredOn == nil, let value = day() else { return nil }
                answeredOn = value
            } else if token(name, is: "note") {
                guard note == nil, let value = string() else { return nil }
                note = value
            } else {
                return nil
            }
            guard let next = next(UInt8(ascii: "}")) else { return nil }
            more = next
        }
        guard let kind, let sentOn else { return nil }
        return Letter(kind: kind, sentOn: sentOn, extendedOn: extendedOn, answeredOn: answeredOn, note: note)
    }

    /// A `YYYY-MM-DD` day.
    mutating func day() -> CalendarDay? { string().flatMap(CalendarDay.init) }
}
