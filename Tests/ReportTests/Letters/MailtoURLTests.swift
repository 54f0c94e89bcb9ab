@testable import ChecklistEngine
import Foundation
import Testing

@Suite("mailto: links")
struct MailtoURLTests {
    /// What Python's `urllib.parse`, an independent RFC 3986 reader, makes of a link.
    struct Decoded: Decodable {
        var scheme: String
        var to: String
        var fragment: String
        var query: [String: [String]]
    }

    static let decoder = """
        import json, sys, urllib.parse as p
        url = sys.stdin.read()
        s = p.urlsplit(url)
        q = p.parse_qs(s.query, keep_blank_values=True, strict_parsing=True, encoding="utf-8", errors="strict")
        print(json.dumps({"scheme": s.scheme, "to": p.unquote(s.path, errors="strict"), "fragment": s.fragment, "query": q}))
        """

    /// Runs python3 on `url` (given on stdin, so no argument limit or shell is involved).
    static func decode(_ url: String) throws -> Decoded {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("optout-mailto-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("url"), output = folder.appendingPathComponent("out")
        try Data(url.utf8).write(to: input)
        try Data().write(to: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", decoder]
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 could not parse \(url)")
        return try JSONDecoder().decode(Decoded.self, from: Data(contentsOf: output))
    }

    static let inputs: [(subject: String, body: String)] = [
        ("Objection (Instagram)", "Dear Sir or Madam,\n\nplain text.\n"),
        ("Réclamation « CNIL » : données", "Madame, Monsieur,\n\nJe m'oppose… à l'entraînement d'IA — 1er juin.\n"),
        ("Beschwerde: „Widerspruch“ – Straße", "Grüße 👩🏽‍💻 日本語 🇪🇺\nSecond line\r\nThird\rline"),
        ("a&b=c?d#e%41+f/g;h,i@j", "body=1&subject=evil#frag %0D%0A %25 + ? / ~ * ' ( ) ! $ : @ [ ]\n"),
        ("Evil\r\nBcc: all@example.com\u{1B}[2J", "Line\u{0}\u{7}\u{1B}]52;c;aGk=\u{7}\u{9B}31m\u{202E}\tend\n&body=x"),
        ("", ""),
    ]

    @Test("python3's urllib.parse reads back the address, subject and body", arguments: 0..<inputs.count)
    func roundTrip(_ index: Int) throws {
        let (subject, body) = Self.inputs[index]
        let address = "o'neil+ai-optout@example.org"
        let link = try MailtoURL(address: address, recipient: "X", subject: subject, body: body)
        #expect(!link.bodyLeftOut)
        #expect(link.url.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }, "\(link.url)")
        let decoded = try Self.decode(link.url)
        #expect(decoded.scheme == "mailto")
        #expect(decoded.to == address)
        #expect(decoded.fragment.isEmpty)
        #expect(Set(decoded.query.keys) == ["subject", "body"])
        #expect(decoded.query["subject"] == [SafeText.line(subject)])
        #expect(decoded.query["body"] == [SafeText.block(body).replacingOccurrences(of: "\n", with: "\r\n")])
        let decodedBody = decoded.query["body"]?.first ?? ""
        #expect(!decodedBody.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\r" && $0 != "\n" })
        #expect(!decodedBody.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "a CR only before LF")
    }

    @Test("Each reserved character and a line break is percent-encoded as RFC 6068 asks")
    func encoding() throws {
        let link = try MailtoURL(address: "privacy@bsky.app", recipient: "Bluesky", subject: "a b&c=d?e#f%g+h", body: "x\ny é")
        #expect(link.url == "mailto:privacy@bsky.app?subject=a%20b%26c%3Dd%3Fe%23f%25g%2Bh&body=x%0D%0Ay%20%C3%A9")
    }

    @Test("A golden letter round-trips through its link")
    func letterRoundTrip() throws {
        let letter = LetterComposer.compose(LetterFixtures.facts(.reminder, .fr, controller: LetterFixtures.bluesky))
        let link = try MailtoURL(letter: letter)
        #expect(!link.bodyLeftOut, "a reminder fits: \(link.fullLength)")
        let decoded = try Self.decode(link.url)
        #expect(decoded.to == "privacy@bsky.app")
        #expect(decoded.query["subject"] == [letter.subject])
        #expect(decoded.query["body"] == [letter.body.replacingOccurrences(of: "\n", with: "\r\n")])
    }

    @Test("Past 2,000 characters the body is left out, and a sentence says so")
    func tooLong() throws {
        let head = try MailtoURL(address: "a@b.eu", recipient: "B", subject: "S", body: "").url
        let room = MailtoURL.lengthLimit - head.count
        let fits = try MailtoURL(address: "a@b.eu", recipient: "B", subject: "S", body: String(repeating: "a", count: room))
        #expect(!fits.bodyLeftOut && fits.url.count == MailtoURL.lengthLimit)
        #expect(fits.bodyLeftOutSentence(in: .en) == nil)
        let over = try MailtoURL(address: "a@b.eu", recipient: "B", subject: "S", body: String(repeating: "a", count: room + 1))
        #expect(over.bodyLeftOut && over.fullLength == MailtoURL.lengthLimit + 1)
        #expect(over.url == "mailto:a@b.eu?subject=S")
        for language in Language.allCases {
            let sentence = try #require(over.bodyLeftOutSentence(in: language))
            #expect(sentence.contains("2001") && sentence.contains("2000"), "\(sentence)")
        }
        let complaint = LetterComposer.compose(LetterFixtures.facts(.complaint, .de))
        let link = try MailtoURL(letter: complaint)
        #expect(link.bodyLeftOut, "a complaint in German is long: \(link.fullLength)")
        #expect(try Self.decode(link.url).query["subject"] == [complaint.subject])
    }

    @Test("No address, or one that is not an address, gives no link but a sentence", arguments: [nil, "", "not an address",
                                                                                                "a@b.eu\r\nBcc: c@d.eu", "a@b.eu?body=x"])
    func noAddress(_ address: String?) {
        #expect(throws: MailtoError(recipient: "Meta Platforms Ireland Limited")) {
            try MailtoURL(address: address, recipient: "Meta Platforms Ireland Limited", subject: "S", body: "B")
        }
        #expect(throws: MailtoError(recipient: "Meta\u{FFFD}[2J  Ltd")) {
            try MailtoURL(address: address, recipient: "Meta\u{1B}[2J\r\nLtd", subject: "S", body: "B")
        }
        let meta = LetterComposer.compose(LetterFixtures.facts(.objection, .fr))
        do {
            _ = try MailtoURL(letter: meta)
            Issue.record("Meta publishes no address: no link")
        } catch {
            #expect(error.sentence(in: .fr).hasPrefix("Meta Platforms Ireland Limited ne publie pas d'adresse e-mail"))
        }
    }
}
