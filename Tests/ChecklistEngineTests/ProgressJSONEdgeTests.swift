import Foundation
import Testing
@testable import ChecklistEngine

/// The hand-written reader and writer on what the random test seldom makes: every escape,
/// `\u` and surrogate pairs, invalid UTF-8, odd numbers, keys sorted by their bytes. The
/// reader either gives Foundation's value or nil (and Foundation reads the file, with its error).
@Suite struct ProgressJSONEdgeTests {
    static let store = ProgressStore(url: URL(fileURLWithPath: "/nonexistent/progress.json"))

    /// A file of one account whose label is the JSON string `label` (quotes included), with
    /// `version` as it stands.
    static func file(label: String, version: String = "1") -> Data {
        Data("""
        {"accounts":[{"created":"2026-01-02T03:04:05Z","id":"a","label":\(label),"notes":{},"platform":"p",\
        "ticks":{}}],"history":[],"schemaVersion":\(version)}
        """.utf8)
    }

    static func foundation(_ data: Data) -> UserProgress? {
        try? ProgressCoding.decoder.decode(UserProgress.self, from: data)
    }

    static let escapedLabels = [
        #""\u00e9\u00E9""#, #""\ud83d\ude00 and \uD83D\uDE00""#, #""\u0000\u001f\b\f\n\r\t""#, #""\/\"\\""#,
        #""\u2028\u2029\uFEFF\uffff""#, #""plain é 日本 👨‍👩‍👧""#, "\"\u{7f}\"",
    ]

    @Test(arguments: escapedLabels)
    func escapesReadAsFoundationReadsThem(label: String) throws {
        let data = Self.file(label: label)
        let expected = try #require(Self.foundation(data))
        #expect(ProgressJSONReader.decode(data) == expected)
        // And written back as JSONEncoder writes them.
        #expect(ProgressJSONWriter.encode(expected, newline: false) == (try ProgressCoding.encoder.encode(expected)))
    }

    static let refusedLabels = [
        #""\ud83d""#, #""\ude00""#, #""\ud83dx""#, #""\ud83d\u0041""#, #""\ud83d\ud83d""#, #""\u12""#, #""\u12g4""#,
        #""\x""#, #""\'""#, #""\""#, "\"tab\there\"", "null", "1",
    ]

    @Test(arguments: refusedLabels)
    func malformedTextIsLeftToFoundation(label: String) throws {
        let data = Self.file(label: label)
        #expect(ProgressJSONReader.decode(data) == nil)
        // Foundation reads it or names the error: the same as before the reader existed.
        if let expected = Self.foundation(data) {
            #expect(try Self.store.decode(data) == expected)
        } else {
            #expect(throws: ProgressError.self) { try Self.store.decode(data) }
        }
    }

    @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x80], [0xF0, 0x9F, 0x98]])
    func invalidUTF8IsRefused(bytes: [UInt8]) throws {
        var data = Data("{\"accounts\":[{\"created\":\"2026-01-02T03:04:05Z\",\"id\":\"a\",\"label\":\"x".utf8)
        data.append(contentsOf: bytes)
        data.append(contentsOf: Data("\",\"notes\":{},\"platform\":\"p\",\"ticks\":{}}],\"history\":[],\"schemaVersion\":1}".utf8))
        #expect(ProgressJSONReader.decode(data) == nil)
        #expect(Self.foundation(data) == nil)
        #expect(throws: ProgressError.self) { try Self.store.decode(data) }
    }

    @Test func textsFromBytesMatchStringValidating() {
        var random = SplitMix(seed: 7)
        for _ in 0..<5_000 {
            let bytes = (0..<Int(random.next() % 8)).map { _ in [0x41, 0x80, 0xBF, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xFF, 0x9F][Int(random.next() % 10)] as UInt8 }
            let made = bytes.withUnsafeBufferPointer { ProgressJSONText.string($0, ascii: false) }
            #expect(made == String(validating: bytes, as: UTF8.self), "\(bytes)")
        }
    }

    @Test(arguments: ["01", "00", "1.0", "1e0", "-1", "0", "2", "3", "999999999", "9999999999", "99999999999999999999999"])
    func versionsReadAsFoundationReadsThem(version: String) throws {
        let data = Self.file(label: "\"x\"", version: version)
        if let fast = ProgressJSONReader.decode(data) {
            #expect(fast == Self.foundation(data), "\(version)")
        }
        // Whatever reads it, the store says the same as before: newer, invalid, broken or fine.
        let result = Result { () throws(ProgressError) in try Self.store.decode(data) }
        switch version {
        case "0", "-1": #expect(throws: ProgressError.self) { try result.get() }
        case "01", "00", "9999999999", "99999999999999999999999": #expect(throws: ProgressError.self) { try result.get() }
        case "3", "999999999":
            guard case .failure(.newerSchema) = result else { Issue.record("\(version): \(result)"); return }
        case "2": #expect(try result.get().schemaVersion == 2)
        default: #expect(try result.get().schemaVersion == 1)
        }
    }

    @Test func keysAreSortedByTheirBytesAsJSONEncoderSortsThem() throws {
        let keys = ["\u{FF5E}", "😀", "é", "e\u{301}x", "ea", "\u{212B}", "\u{C5}b", "A\u{30A}c", "z", "B", "_", "s10", "s9"]
        var account = Account(id: "a", platform: "p", created: Date(timeIntervalSince1970: 0))
        for (index, key) in keys.enumerated() {
            account.notes[key] = "note \(index)"
            account.ticks[key] = Tick(at: Date(timeIntervalSince1970: Double(index)), catalogRevision: "c", stepRevision: "s")
        }
        let progress = UserProgress(accounts: [account])
        #expect(ProgressJSONWriter.encode(progress, newline: false) == (try ProgressCoding.encoder.encode(progress)))
        #expect(ProgressJSONReader.decode(ProgressJSONWriter.encode(progress, newline: false)) == progress)
    }

    @Test func theFileEndsWithOneLineBreak() throws {
        let progress = UserProgress(accounts: [Account(id: "a", platform: "p", created: Date(timeIntervalSince1970: 0))])
        #expect(ProgressJSONWriter.encode(progress, newline: true) == (try ProgressCoding.encoder.encode(progress)) + Data("\n".utf8))
    }

    @Test func timesReadFromBytesAsFoundationReadsThem() {
        let texts = ["2026-02-28T23:59:59Z", "2024-02-29T00:00:00Z", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
                     "2026-04-31T00:00:00Z", "2026-12-31T24:00:00Z", "1583-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                     "2026-1a-01T00:00:00Z", "2026-01-01 00:00:00Z", "2026-01-01T00:00:00z", "2026-01-01T00:60:00Z"]
        for text in texts {
            let fast = Timestamp.fastDate(text)
            if let fast {
                #expect(fast == (try? Date(text, strategy: .iso8601)), "\(text)")
                #expect(Timestamp.string(fast) == text)
            } else {
                #expect(!["2026-02-28T23:59:59Z", "2024-02-29T00:00:00Z", "9999-12-31T23:59:59Z"].contains(text), "\(text)")
            }
        }
    }
}
