import ChecklistEngine
import Foundation
import Testing

@Suite("CSV report")
struct CSVReportTests {
    func csv(language: Language = .en, redact: Bool = false) throws -> String {
        CSVReport().render(Report(progress: try Fixtures.progress(), catalog: Fixtures.catalog, now: Fixtures.now,
                                  language: language, redact: redact, timeZone: Fixtures.timeZone))
    }

    @Test("A header row, then one row per account and step, all the same width, CRLF line ends")
    func shape() throws {
        let text = try csv()
        #expect(text.hasPrefix(CSVReport.byteOrderMark))
        #expect(text.hasSuffix("\r\n"))
        let records = try CSVParser.parse(text)
        #expect(records.first == ["Account", "Platform", "Label", "Status", "Progress", "Step number", "Step id", "Step", "Optional",
                                  "Done", "When (UTC)", "Note", "What the platform says", "Privacy contact", "Holder", "Identifier",
                                  "Letter", "Sent", "Answer due", "Extended", "Answered", "Late", "Answer",
                                  "File", "SHA-256", "Size (bytes)", "Type", "Added (UTC)", "From", "To", "Email date (UTC)", "Subject"])
        #expect(records.allSatisfy { $0.count == 32 })
        // Instagram 6 steps twice (the first with an email kept as proof), Facebook 2 steps twice
        // (the second with a letter), ExampleChat no step but two letters: a row each.
        #expect(records.count == 1 + 7 + 6 + 2 + 2 + 3)
        #expect(records.dropFirst().map(\.[0]) == Array(repeating: "instagram", count: 7) + Array(repeating: "instagram-2", count: 6)
            + ["facebook", "facebook", "examplechat", "examplechat", "facebook-2", "facebook-2", "facebook-2"])
        let chat = records.filter { $0[0] == "examplechat" }
        #expect(chat.allSatisfy { $0[3] == "overdue" && $0[5...11].allSatisfy(\.isEmpty) })
        #expect(chat.map { Array($0[16..<23]) } == [
            ["objection", "2025-04-20", "2025-05-20", "", "", "yes", ""],
            ["reminder", "2025-05-21", "2025-06-04", "", "", "no", ""],
        ])
        let answered = try #require(records.last)
        #expect(Array(answered[16..<23]) == [
            "objection", "2025-04-01", "2025-05-01", "2025-04-20, answer due 2025-07-01", "2025-05-30", "no", "Refused by their DPO, ref. 4471",
        ])
    }

    @Test("Values read back as written: quotes, commas and line breaks survive")
    func roundTrip() throws {
        let records = try CSVParser.parse(try csv())
        let sent = try #require(records.first { $0[0] == "instagram" && $0[6] == "send-objection" })
        #expect(sent == ["instagram", "Instagram", "'@marie.perso", "opted out", "3/3", "2", "send-objection", "Send the objection form",
                         "no", "yes", "2025-05-21T19:42:00Z", "Reason given: \"I do not consent\".\nSent from the laptop.", "", "",
                         "Marie Dupont", "marie.dupont@example.org", "", "", "", "", "", "", ""] + Array(repeating: "", count: 9))
        let route = try #require(records.first { $0[0] == "instagram" && $0[6] == "app-route" })
        #expect(route[7] == "In the app: Settings, Privacy Centre" && route[5] == "1.1" && route[9] == "no" && route[10] == "")
        let french = try CSVParser.parse(try csv(language: .fr))
        #expect(french[0][0] == "Compte" && french[1][9] == "oui")
    }

    @Test("A cell a spreadsheet would run as a formula is neutralised with a leading quote",
          arguments: [("=1+1", "'=1+1"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
                      ("\t=1", "' =1"), ("\r=1", "'=1"), ("  =1", "'  =1"), ("1-1", "1-1"), ("a=b", "a=b"), ("", "")])
    func formulas(_ input: String, _ expected: String) throws {
        let field = CSVReport.field(input)
        let parsed = try CSVParser.parse(field + "\r\n")
        #expect(parsed == [[expected]])
    }

    @Test("Fields are quoted only when RFC 4180 needs it")
    func quoting() {
        #expect(CSVReport.field("plain") == "plain")
        #expect(CSVReport.field("a,b") == "\"a,b\"")
        #expect(CSVReport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVReport.field(" edge ") == "\" edge \"")
    }

    @Test("The test parser itself refuses what RFC 4180 forbids")
    func strictParser() {
        #expect(throws: CSVParser.Failure.self) { try CSVParser.parse("a,b\n") }
        #expect(throws: CSVParser.Failure.self) { try CSVParser.parse("a,\"b\r\n") }
        #expect(throws: CSVParser.Failure.self) { try CSVParser.parse("a,b\"c\r\n") }
        #expect(throws: CSVParser.Failure.self) { try CSVParser.parse("\"a\"b\r\n") }
        #expect(throws: CSVParser.Failure.self) { try CSVParser.parse("a,b") }
        #expect((try? CSVParser.parse("\"a\"\"b\",\"c\r\nd\"\r\n")) == [["a\"b", "c\r\nd"]])
    }
}
