/// A `mailto:` link (RFC 6068) that opens the mail program on a letter: the address, then
/// `subject` and `body`, every part percent-encoded as UTF-8 bytes (all but the unreserved
/// characters, so `&`, `=`, `?`, `#`, `%` and `+` too), line breaks as `%0D%0A`.
/// Mail programs cut long links: past `lengthLimit` the body is left out, and `bodyLeftOut` says so.
public struct MailtoURL: Sendable, Equatable {
    /// About the longest link mail programs and browsers are known to take whole.
    public static let lengthLimit = 2_000

    public let url: String
    /// The link holds the address and subject only: the caller says `bodyLeftOutSentence`.
    public let bodyLeftOut: Bool
    /// The length the link would have had with the body.
    public let fullLength: Int

    /// The link for `letter`, to its recipient's address.
    public init(letter: LetterText) throws(MailtoError) {
        try self.init(address: letter.to.email, recipient: letter.to.name, subject: letter.subject, body: letter.body)
    }

    /// `recipient` names who has no address in the error. The subject becomes one line and the
    /// body loses its control characters (line breaks stay), whoever wrote them.
    public init(address: String?, recipient: String, subject: String, body: String) throws(MailtoError) {
        guard let address, EmailAddress.isValid(address) else { throw MailtoError(recipient: LetterPen.clean(recipient)) }
        let head = "mailto:" + Self.encode(address, keeping: Self.addressExtras) + "?subject=" + Self.encode(SafeText.line(subject))
        let full = head + "&body=" + Self.encode(SafeText.block(body).replacingOccurrences(of: "\n", with: "\r\n"))
        fullLength = full.count
        bodyLeftOut = full.count > Self.lengthLimit
        url = bodyLeftOut ? head : full
    }

    /// The sentence to say when the body was left out, in `language`; nil when it was not.
    public func bodyLeftOutSentence(in language: Language) -> String? {
        guard bodyLeftOut else { return nil }
        return Words(language).text(.letterMailtoBodyLeftOut, ["length": fullLength, "limit": Self.lengthLimit])
    }

    /// `@` separates an address's two parts and RFC 6068 leaves it as it is.
    private static let addressExtras: Set<UInt8> = [UInt8(ascii: "@")]

    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)

    /// Every byte of the UTF-8 but the unreserved ones (and `extra`) as `%XX`.
    static func encode(_ text: String, keeping extra: Set<UInt8> = []) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if unreserved.contains(byte) || extra.contains(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// No link: the recipient publishes no email address.
public struct MailtoError: Error, Sendable, Equatable {
    /// Who has no address (the controller or the authority), already safe to print.
    public var recipient: String

    public func sentence(in language: Language) -> String {
        Words(language).text(.letterMailtoNoAddress, ["name": recipient])
    }
}
