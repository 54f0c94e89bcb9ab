import Foundation
import Testing
@testable import ChecklistEngine

/// What a file is, from its first bytes only.
@Suite struct MediaTypeTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8) + [0]
    static let webp: [UInt8] = Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBPVP8 ".utf8)

    @Test(arguments: [
        (png, MediaType.png),
        (jpeg, .jpeg),
        (Array("GIF89a".utf8) + [1, 0, 1, 0], .gif),
        (Array("GIF87a".utf8) + [1, 0, 1, 0], .gif),
        (webp, .webp),
        (Array("%PDF-1.7\n%\u{E2}\u{E3}".utf8), .pdf),
        (Array("From: Meta <a@b.example>\r\nSubject: Hi\r\n\r\nBody".utf8), .email),
        (Array("Received: from x\r\n\tby y\r\nDate: 3 Jun 2025 09:12 +0000\r\n".utf8), .email),
        (Array("Zum Beispiel: Grüße aus Köln\n".utf8), .text),
        (Array("Subject: a note\nnot a header at all\n".utf8), .text),
        (Array("Subject: x\nTo: y\n\nonly fields any note could have".utf8), .text),
        ([0xEF, 0xBB, 0xBF] + Array("with a BOM".utf8), .text),
        ([], .text),
        (Array("text with a NUL\0".utf8), .binary),
        ([0xC3, 0x28], .binary),
        (Array("RIFF\u{24}\0\0\0WAVE".utf8), .binary),
        ([0x50, 0x4B, 0x03, 0x04], .binary),  // valid UTF-8, but no text has such controls
        (Array("log \u{1B}[31mred\u{1B}[0m\tline\r\n\u{0C}".utf8), .text),
    ] as [([UInt8], MediaType)])
    func firstBytesNameTheType(bytes: [UInt8], type: MediaType) {
        #expect(MediaType.sniff(bytes) == type)
    }

    @Test func aUTF8SequenceCutByTheSampleIsStillText() {
        let text = Array(String(repeating: "é", count: 5000).utf8)  // 10,000 bytes: the sample cuts nothing
        let cut = Array(text.prefix(MediaType.sniffLength - 1))  // ends with the first byte of an é
        #expect(MediaType.sniff(cut, complete: false) == .text)
        #expect(MediaType.sniff(cut, complete: true) == .binary, "a whole file that ends inside a character is not UTF-8")
        #expect(MediaType.sniff(text) == .text, "longer than the sample: only the sample is judged")
    }

    @Test func theNameIsNeverLookedAt() throws {
        let folder = try TemporaryFolder()
        let fake = folder.file("screenshot.png")
        try Data("just words\n".utf8).write(to: fake)
        let evidence = try EvidenceStore(folder: folder.file("evidence")).store(fake.path, at: Date(timeIntervalSince1970: 0))
        #expect(evidence.mediaType == .text)
        #expect(evidence.name == "screenshot.png")
    }

    @Test func aTypeCodesAsItsString() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = try encoder.encode([MediaType.email, MediaType(rawValue: "image/heic")])
        #expect(String(decoding: data, as: UTF8.self) == #"["message/rfc822","image/heic"]"#)
        #expect(try JSONDecoder().decode([MediaType].self, from: data) == [.email, MediaType(rawValue: "image/heic")])
    }
}
