import Foundation

/// The readable text of an email's body, for the dossier: the first text/plain part that is
/// not an attachment (in a single-part message or anywhere in a multipart one), else the
/// first HTML part with its tags removed; quoted-printable and base64 decoded, the charset
/// read. Safe lines (no controls), at most `maximumLength` characters.
enum EmailText {
    static let maximumLength = 20_000
    /// Bounds on a hostile MIME tree.
    static let maximumDepth = 5
    static let maximumParts = 200

    struct Part {
        var headers: EmailHeaders
        var body: ArraySlice<UInt8>
        var type: MIMEValue { MIMEValue(headers.raw("Content-Type") ?? "text/plain") }
        var isAttachment: Bool { MIMEValue(headers.raw("Content-Disposition") ?? "").value == "attachment" }
    }

    static func text(headers: EmailHeaders, body: ArraySlice<UInt8>) -> String? {
        var leaves: [Part] = []
        collect(Part(headers: headers, body: body), depth: 0, into: &leaves)
        let readable = leaves.filter { !$0.isAttachment }
        let decoded: String
        if let plain = readable.first(where: { $0.type.value == "text/plain" }) {
            decoded = decode(plain)
        } else if let html = readable.first(where: { $0.type.value == "text/html" }) {
            decoded = HTMLText.plain(decode(html))
        } else {
            return nil
        }
        // Lines without the spaces around them, and at most one empty line in a row.
        var lines: [Substring] = []
        for line in SafeText.block(decoded).split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(Substring(trimmed))
        }
        let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        return text.count > maximumLength ? String(text.prefix(maximumLength - 1)) + "…" : text
    }

    /// The parts that are not multipart, in reading order.
    private static func collect(_ part: Part, depth: Int, into leaves: inout [Part]) {
        guard leaves.count < maximumParts else { return }
        let type = part.type
        guard type.value.hasPrefix("multipart/"), depth < maximumDepth, let boundary = type.parameters["boundary"], !boundary.isEmpty else {
            leaves.append(part)
            return
        }
        for body in parts(of: part.body, boundary: boundary) {
            let (header, content) = EmailMessage.split(body)
            collect(Part(headers: EmailHeaders(parsing: header), body: content), depth: depth + 1, into: &leaves)
        }
    }

    /// The bodies between the `--boundary` lines (RFC 2046 section 5.1.1): the preamble
    /// before the first and the epilogue after `--boundary--` are not parts.
    static func parts(of body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        for line in EmailHeaders.lines(body) where line.starts(with: delimiter) {
            let after = line.dropFirst(delimiter.count)
            let isClose = after.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
            // A delimiter is the boundary alone on its line (trailing whitespace allowed).
            guard isClose || after.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
            if let start = partStart {
                // The line break before a delimiter belongs to the delimiter.
                var end = line.startIndex
                if end > start, body[end - 1] == 0x0A { end -= 1 }
                if end > start, body[end - 1] == 0x0D { end -= 1 }
                parts.append(body[start..<max(start, end)])
            }
            if isClose { return parts }
            var next = line.endIndex
            if next < body.endIndex, body[next] == 0x0D { next += 1 }
            if next < body.endIndex, body[next] == 0x0A { next += 1 }
            partStart = next
        }
        // No closing delimiter: the last part runs to the end.
        if let start = partStart, start < body.endIndex { parts.append(body[start...]) }
        return parts
    }

    private static func decode(_ part: Part) -> String {
        let bytes: [UInt8]
        switch MIMEValue(part.headers.raw("Content-Transfer-Encoding") ?? "").value {
        case "base64": bytes = TransferEncoding.base64(part.body)
        case "quoted-printable": bytes = TransferEncoding.quotedPrintable(part.body)
        default: bytes = Array(part.body)
        }
        return TextCharset.decode(bytes, charset: part.type.parameters["charset"])
    }
}

/// A MIME header value such as `text/plain; charset="UTF-8"`: the value (lower case) and
/// its parameters (names lower case, quotes removed).
struct MIMEValue {
    var value: String
    var parameters: [String: String] = [:]

    init(_ text: String) {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if quoted, character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";", !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        value = pieces[0].trimmingCharacters(in: .whitespaces).lowercased()
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            if parameters[name] == nil { parameters[name] = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces) }
        }
    }
}
