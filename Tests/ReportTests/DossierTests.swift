import ChecklistEngine
import Foundation
import Testing

/// The dossier read by an XML parser: a hostile email shown as text, a PNG embedded as a
/// `data:` URI, a PDF listed by its hash, a missing and a changed file said so, nothing loaded
/// from outside, and a redacted copy without the email's people, text or images.
@Suite final class DossierTests {
    let root: URL
    let store: EvidenceStore

    static let subject = #"<script>alert(1)</script> "><img src=x onerror=alert(1)>"#
    static let from = #""Meta & Co" <noreply@meta.com>"#
    static let email = """
        From: \(from)\r
        To: marie@example.com\r
        Date: Tue, 3 Jun 2025 09:12:44 +0200\r
        Subject: \(subject)\r
        Message-ID: <1@meta.example>\r
        \r
        We received your objection.\r
        <b>Not bold</b> & not a tag.\r

        """
    static let pdf = Array("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)

    init() throws {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("optout-dossier-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        store = EvidenceStore(folder: root.appendingPathComponent("evidence"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Stores `bytes` as the file `name` and attaches it to `step` of the first Instagram account.
    func attach(_ bytes: [UInt8], as name: String, to step: String, _ progress: inout UserProgress) throws -> Evidence {
        let source = root.appendingPathComponent(name)
        try Data(bytes).write(to: source)
        let evidence = try store.store(source.path, at: Fixtures.time("2025-06-03T09:30:00Z"))
        try progress.apply(.attach(account: "instagram", step: step, evidence: evidence, tickAt: nil, note: nil),
                           catalog: Fixtures.catalog, at: Fixtures.time("2025-06-03T09:30:00Z"), timeZone: Fixtures.timeZone)
        return evidence
    }

    struct Attached {
        var progress: UserProgress
        var email: Evidence
        var png: Evidence
        var pdf: Evidence
        var missing: Evidence
    }

    /// The fixtures' five accounts, with an email, a PNG, a PDF and a file since deleted (and
    /// without the fixtures' own evidence, whose files are in no folder).
    func attached() throws -> Attached {
        var progress = try Fixtures.progress()
        for index in progress.accounts.indices { progress.accounts[index].evidence = [:] }
        let email = try attach(Array(Self.email.utf8), as: "confirmation.eml", to: "confirmation-email", &progress)
        let png = try attach(TinyPNG.bytes, as: "settings.png", to: "send-objection", &progress)
        let pdf = try attach(Self.pdf, as: "form.pdf", to: "send-objection", &progress)
        let missing = try attach(Array("the letter's answer\n".utf8), as: "answer.txt", to: "confirmation-email", &progress)
        try FileManager.default.removeItem(at: try store.fileURL(for: missing.sha256))
        return Attached(progress: progress, email: email, png: png, pdf: pdf, missing: missing)
    }

    func dossier(_ progress: UserProgress, redact: Bool = false, language: Language = .en) -> (page: String, tally: DossierTally) {
        let report = Report(progress: progress, catalog: Fixtures.catalog, now: Fixtures.now, language: language, redact: redact,
                            timeZone: Fixtures.timeZone)
        return Dossier(report: report, progress: progress, store: store).render()
    }

    func sentence(_ word: Word, _ language: Language = .en, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        Words.text(word, in: language, values)
    }

    @Test func anXMLParserReadsItAndFindsTheHostileEmailAsText() throws {
        let files = try attached()
        let (page, tally) = dossier(files.progress)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let parsed = ParsedPage(page)
        #expect(parsed.error == nil, "not well-formed: \(parsed.error ?? "")")
        #expect(tally.intact == 3 && tally.missing == 1 && tally.total == 4)

        // Nothing runs and nothing is fetched.
        #expect(parsed.elements(named: "script").isEmpty)
        for name in ["link", "iframe", "object", "embed", "base", "form", "audio", "video", "source"] {
            #expect(parsed.elements(named: name).isEmpty, "\(name)")
        }
        let outward = parsed.attributeValues.filter { $0.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("http") }
        #expect(outward.isEmpty, "\(outward)")
        #expect(parsed.elements.allSatisfy { !$0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } })
        // The report's sources are printed, not linked.
        #expect(parsed.elements(named: "a").allSatisfy { $0.attributes["href"]?.hasPrefix("#") == true })
        #expect(parsed.elements.contains { $0.name == "span" && $0.ownText == "https://about.fb.com/news/2025/04/making-ai-work-harder-for-europeans/" })

        // The hostile subject and the sender with its & are text, exactly as written.
        #expect(parsed.elements.contains { $0.name == "dd" && $0.ownText == Self.subject })
        #expect(parsed.elements.contains { $0.name == "dd" && $0.ownText == Self.from })
        #expect(parsed.elements(named: "img").count == 1, "only the PNG is an image")
        let text = try #require(parsed.elements(named: "pre").first)
        #expect(text.ownText == "We received your objection.\n<b>Not bold</b> & not a tag.")

        // The PNG, embedded: its data decodes to the very bytes.
        let image = try #require(parsed.elements(named: "img").first)
        let source = try #require(image.attributes["src"])
        let prefix = "data:image/png;base64,"
        #expect(source.hasPrefix(prefix))
        #expect(Data(base64Encoded: String(source.dropFirst(prefix.count))) == Data(TinyPNG.bytes))
        #expect(image.attributes["alt"]?.contains("settings.png") == true)

        // Each piece has its own section with its hash; the PDF is listed, the missing file said so.
        let sections = parsed.elements.filter { $0.name == "section" && $0.attributes["class"] == "evidence" }
        #expect(sections.count == 4)
        for evidence in [files.email, files.png, files.pdf, files.missing] {
            #expect(sections.contains { $0.text.contains(evidence.name) && $0.text.contains(evidence.sha256) }, "\(evidence.name)")
        }
        #expect(parsed.elements.contains { $0.name == "p" && $0.ownText == sentence(.reportDossierNotShown, .en, ["type": "application/pdf"]) })
        #expect(parsed.elements.contains { $0.name == "dd" && $0.ownText == sentence(.reportDossierMissing) })
        #expect(parsed.elements.filter { $0.name == "dd" && $0.ownText == sentence(.reportDossierIntact) }.count == 3)
        // The report comes first, whole: every account's section, and the chain's head.
        let accounts = parsed.elements.filter { $0.name == "section" && $0.attributes["class"] == "account" }
        #expect(accounts.count == 5)
        #expect(page.range(of: "class=\"account\"")?.lowerBound ?? page.endIndex < page.range(of: "class=\"evidence\"")?.lowerBound ?? page.startIndex)
        let head = try #require(files.progress.chain?.head)
        #expect(parsed.elements.contains { $0.name == "code" && $0.ownText == head })
    }

    /// The check can fail: the HTML report itself (void elements left open) is no XML.
    @Test func theParserRefusesWhatIsNotWellFormed() throws {
        let report = Report(progress: try Fixtures.progress(), catalog: Fixtures.catalog, now: Fixtures.now, language: .en, redact: false,
                            timeZone: Fixtures.timeZone)
        #expect(ParsedPage(HTMLReport().render(report)).error != nil)
        #expect(ParsedPage("<p>a &nbsp; b</p>").error != nil)
        #expect(ParsedPage("<p>fine &amp; closed<br /></p>").error == nil)
    }

    @Test func itPrintsEachPieceOnItsOwnPageOnWhite() throws {
        let (page, _) = dossier(try attached().progress)
        let style = try #require(ParsedPage(page).elements(named: "style").first?.text)
        let print = try #require(style.range(of: "@media print").map { style[$0.lowerBound...] })
        #expect(print.contains("section.evidence-index, section.evidence { break-before: page;"))
        #expect(print.contains("background: #ffffff !important"))
        #expect(style.contains("code.hash { overflow-wrap: anywhere; word-break: break-all; }"))
        #expect(page.contains("default-src 'none'; style-src 'unsafe-inline'; img-src data:"))
        #expect(!style.contains("url("), "no font nor image fetched by the style")
    }

    @Test func aChangedFileIsSaidChangedAndNotShown() throws {
        let files = try attached()
        for evidence in [files.email, files.png] {
            let url = try store.fileURL(for: evidence.sha256)
            var bytes = try Data(contentsOf: url)
            bytes[bytes.count - 1] ^= 0x01
            try bytes.write(to: url)
        }
        let (page, tally) = dossier(files.progress)
        let parsed = ParsedPage(page)
        #expect(parsed.error == nil)
        #expect(tally.changed == 2 && tally.intact == 1 && tally.missing == 1)
        #expect(parsed.elements.filter { $0.name == "dd" && $0.ownText == sentence(.reportDossierChanged) }.count == 2)
        #expect(parsed.elements(named: "img").isEmpty)
        #expect(parsed.elements(named: "pre").isEmpty)
        // The headers still show, as recorded when the email was attached.
        #expect(parsed.elements.contains { $0.name == "p" && $0.ownText == sentence(.reportDossierAsRecorded) })
        #expect(parsed.elements.contains { $0.name == "dd" && $0.ownText == Self.subject })
    }

    @Test func aRedactedCopyKeepsHashesAndSubjectButNotThePeopleTheTextNorImages() throws {
        let files = try attached()
        let (page, _) = dossier(files.progress, redact: true)
        let parsed = ParsedPage(page)
        #expect(parsed.error == nil)
        for hidden in ["noreply@meta.com", "marie@example.com", "We received your objection", "Marie Dupont", "marie.dupont@example.org", "@marie.perso"] {
            #expect(!page.contains(hidden), "\(hidden)")
        }
        #expect(parsed.elements(named: "img").isEmpty)
        #expect(!page.contains("data:image"))
        #expect(parsed.elements(named: "pre").isEmpty)
        for evidence in [files.email, files.png, files.pdf, files.missing] { #expect(page.contains(evidence.sha256)) }
        // The subject says which email it is (docs/report-formats.md says why it stays).
        #expect(parsed.elements.contains { $0.name == "dd" && $0.ownText == Self.subject })
        #expect(parsed.elements.contains { $0.name == "p" && $0.ownText == sentence(.reportDossierEmailRedacted) })
        #expect(parsed.elements.contains { $0.name == "p" && $0.ownText == sentence(.reportDossierImageRedacted) })
        #expect(parsed.elements.contains { $0.name == "p" && $0.ownText == sentence(.reportDossierRedacted) })
    }

    @Test("Well-formed in every language, with the report's hostile texts", arguments: Language.allCases)
    func everyLanguage(_ language: Language) throws {
        // The hostile fixture's evidence records (hostile names and headers) name files this folder lacks.
        var progress = Fixtures.hostileProgress
        let recorded = progress.accounts.reduce(0) { $0 + $1.evidence.values.reduce(0) { $0 + $1.count } }
        let hostile = Dossier(report: Report(progress: progress, catalog: Fixtures.hostileCatalog, now: Fixtures.now, language: language,
                                             redact: false, timeZone: Fixtures.timeZone), progress: progress, store: store).render()
        let hostileParsed = ParsedPage(hostile.page)
        #expect(hostileParsed.error == nil, "\(hostileParsed.error ?? "")")
        #expect(hostileParsed.elements(named: "script").isEmpty)
        #expect(recorded > 0 && hostile.tally.missing == recorded && hostile.tally.total == recorded)

        for index in progress.accounts.indices { progress.accounts[index].evidence = [:] }
        let report = Report(progress: progress, catalog: Fixtures.hostileCatalog, now: Fixtures.now, language: language, redact: false,
                            timeZone: Fixtures.timeZone)
        let empty = Dossier(report: report, progress: progress, store: store).render()
        let parsed = ParsedPage(empty.page)
        #expect(parsed.error == nil, "\(parsed.error ?? "")")
        #expect(parsed.elements(named: "script").isEmpty)
        #expect(parsed.elements.contains { $0.name == "p" && $0.ownText == sentence(.reportDossierNone, language) })
        #expect(empty.tally.total == 0)

        progress = try attached().progress
        let full = ParsedPage(dossier(progress, language: language).page)
        #expect(full.error == nil)
        #expect(full.elements.contains { $0.name == "dd" && $0.ownText == sentence(.reportDossierMissing, language) })
    }

    @Test func aJPEGIsEmbeddedAsJPEG() throws {
        var progress = try Fixtures.progress()
        // The first bytes say JPEG (SOI, then an APP0 marker); a browser shows what it can.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00, 0xFF, 0xD9]
        _ = try attach(jpeg, as: "photo.jpg", to: "send-objection", &progress)
        let parsed = ParsedPage(dossier(progress).page)
        let source = try #require(parsed.elements(named: "img").first?.attributes["src"])
        #expect(source == "data:image/jpeg;base64," + Data(jpeg).base64EncodedString())
    }

    @Test func pieceByPieceIsTheSamePageAndAnImageComesInPieces() throws {
        var progress = try Fixtures.progress()
        // 200 KiB of PNG (a valid header, then bytes): more than one piece of base64.
        let big = TinyPNG.bytes + [UInt8](repeating: 0x2A, count: 200 * 1024)
        _ = try attach(big, as: "big.png", to: "send-objection", &progress)
        let report = Report(progress: progress, catalog: Fixtures.catalog, now: Fixtures.now, language: .en, redact: false, timeZone: Fixtures.timeZone)
        let dossier = Dossier(report: report, progress: progress, store: store)
        var pieces: [String] = []
        dossier.write { pieces.append($0) }
        #expect(pieces.count > 5)
        #expect(pieces.allSatisfy { $0.utf8.count <= 512 * 1024 }, "no piece holds the whole image")
        #expect(pieces.joined() == dossier.render().page)
        let source = try #require(ParsedPage(pieces.joined()).elements(named: "img").first?.attributes["src"])
        #expect(Data(base64Encoded: String(source.dropFirst("data:image/png;base64,".count))) == Data(big))
    }
}

/// A 1x1 grey PNG built here, chunk by chunk, with its CRCs and its zlib stream.
enum TinyPNG {
    static let bytes: [UInt8] = {
        func bigEndian(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        func crc(_ bytes: [UInt8]) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return ~crc
        }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            return bigEndian(UInt32(data.count)) + body + bigEndian(crc(body))
        }
        let scanline: [UInt8] = [0, 0x7F]  // filter "none", one grey pixel
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in scanline {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        // zlib: header, one stored deflate block (its length and the length's complement), Adler-32.
        let zlib: [UInt8] = [0x78, 0x01, 0x01, UInt8(scanline.count), 0x00, ~UInt8(scanline.count), 0xFF] + scanline + bigEndian(b << 16 | a)
        let header = bigEndian(1) + bigEndian(1) + [8, 0, 0, 0, 0]  // 1x1, 8-bit greyscale
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", [])
    }()
}
