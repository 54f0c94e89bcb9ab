import Foundation
import Testing
@testable import ChecklistEngine

/// Email headers as saved by mail programs: folded lines, RFC 2047 encoded words in several
/// charsets, hostile values, and mailboxes that are refused.
@Suite struct EmailHeadersTests {
    /// A message from lines joined with CRLF, as mail is written on the wire.
    static func message(_ lines: [String], crlf: Bool = true) -> [UInt8] {
        Array(lines.joined(separator: crlf ? "\r\n" : "\n").utf8)
    }

    static func summary(_ lines: [String], crlf: Bool = true) -> EmailSummary {
        EmailMessage(parsing: message(lines, crlf: crlf)).headers.summary
    }

    static func date(_ iso: String) -> Date? { Timestamp.date(iso) }

    @Test func metasConfirmationReadsAsThePersonSeesIt() {
        let summary = Self.summary([
            "Return-Path: <noreply@facebookmail.com>",
            "Received: from mx.example.org (mx.example.org [192.0.2.1])",
            "\tby mail.example.net with ESMTPS id 42",
            "\tfor <ana@example.net>; Tue, 3 Jun 2025 09:12:44 +0200",
            "From: Meta <noreply@facebookmail.com>",
            "To: Ana Lima <ana@example.net>",
            "Subject: Your objection request",
            "Date: Tue, 3 Jun 2025 09:12:44 +0200 (CEST)",
            "Message-ID: <abc@facebookmail.com>",
            "",
            "We have received your objection.",
        ])
        #expect(summary == EmailSummary(
            from: "Meta <noreply@facebookmail.com>", to: "Ana Lima <ana@example.net>",
            subject: "Your objection request", date: Self.date("2025-06-03T07:12:44Z")))
    }

    @Test func foldedHeadersAreUnfolded() {
        let summary = Self.summary([
            "From: \"Meta Privacy\"",
            " <privacy@meta.example>",
            "To: ana@example.net,",
            "\tbob@example.net",
            "Subject: Your request to object",
            "   to the use of your information",
            "\tfor AI at Meta",
            "Date: Mon, 2 Jun 2025",
            "  23:05:00 +0000",
            "",
            "body",
        ], crlf: false)
        #expect(summary.from == "\"Meta Privacy\" <privacy@meta.example>")
        #expect(summary.to == "ana@example.net, bob@example.net")
        #expect(summary.subject == "Your request to object to the use of your information for AI at Meta")
        #expect(summary.date == Self.date("2025-06-02T23:05:00Z"))
    }

    @Test func encodedWordsInUTF8AndLatin1() {
        let summary = Self.summary([
            "From: =?UTF-8?B?TcOpdGEgUGxhdGZvcm1z?= <noreply@meta.example>",
            "To: =?ISO-8859-1?Q?Ren=E9e_M=FCller?= <renee@example.de>",
            "Subject: =?iso-8859-1?b?RGVtYW5kZSByZed1ZQ==?=",
            "Date: 3 Jun 2025 09:12 +0200",
            "",
        ])
        #expect(summary.from == "Méta Platforms <noreply@meta.example>")
        #expect(summary.to == "Renée Müller <renee@example.de>")
        #expect(summary.subject == "Demande reçue")
    }

    @Test func aWindows1252SubjectKeepsItsQuotesAndEuro() {
        // 0x93 and 0x94 are curly quotes, 0x80 the euro sign, 0x96 an en dash in windows-1252.
        let summary = Self.summary(["From: a@b.example", "Subject: =?windows-1252?Q?=93Opposition=94_=96_0_=80?=", "Date: 3 Jun 2025 09:12 GMT", ""])
        #expect(summary.subject == "“Opposition” – 0 €")
    }

    @Test func adjacentEncodedWordsJoinWithoutTheSpaceBetween() {
        // A UTF-8 character split across two words, as some mailers cut them.
        let summary = Self.summary([
            "From: x@y.example",
            "Subject: =?UTF-8?Q?Votre_demande_d'opposition_a_=C3?=",
            " =?UTF-8?Q?=A9t=C3=A9_re=C3=A7ue?= (ref. =?UTF-8?B?NDI=?=)",
            "",
        ])
        #expect(summary.subject == "Votre demande d'opposition a été reçue (ref. 42)")
        #expect(EncodedWords.decode("=?UTF-8?Q?a?= =?UTF-8?Q?b?=") == "ab")
        #expect(EncodedWords.decode("=?UTF-8?Q?a?=  x =?UTF-8?Q?b?=") == "a  x b", "text between words keeps its spaces")
        #expect(EncodedWords.decode("=?ISO-8859-1?Q?=E9?= =?UTF-8?Q?=C3=A9?=") == "éé", "two charsets in a row")
    }

    @Test func malformedEncodedWordsStayAsWritten() {
        for text in ["=?UTF-8?B?not base64!?=", "=?UTF-8?X?abc?=", "=?UTF-8?Q?no end", "=??Q?abc?=", "a =? b ?= c"] {
            #expect(EncodedWords.decode(text) == text)
        }
        #expect(EncodedWords.decode("=?utf-8*fr?q?caf=C3=A9?=") == "café", "an RFC 2231 language is ignored")
        #expect(EncodedWords.decode("=?UTF-8?B?Y2Fmw6k?=") == "café", "missing padding is forgiven")
    }

    @Test func rawUTF8AndLatin1HeadersRead() {
        let utf8 = EmailHeaders(parsing: Array("Subject: Opposition reçue\r\n".utf8))
        #expect(utf8.subject == "Opposition reçue")
        let latin1 = EmailHeaders(parsing: Array("Subject: Opposition re".utf8) + [0xE7] + Array("ue\r\n".utf8))
        #expect(latin1.subject == "Opposition reçue")
    }

    @Test func aHostileSubjectNeverComesOutRaw() {
        let hostile = Self.summary([
            "From: \u{1B}[31mMeta\u{1B}[0m <x@y.example>",
            "Subject: =?UTF-8?Q?Hello=1B]0;pwned=07=0Aworld=C2=9B2J_=E2=80=AEevil?=",
            "To: \u{7F}victim@example.net",
            "",
        ])
        for text in [hostile.from, hostile.subject, hostile.to].compactMap({ $0 }) {
            #expect(!SafeText.containsUnsafe(text), "\(text.debugDescription)")
            #expect(!text.contains("\n"))
        }
        #expect(hostile.subject == "Hello\u{FFFD}]0;pwned\u{FFFD} world\u{FFFD}2J \u{FFFD}evil")
        #expect(hostile.from == "\u{FFFD}[31mMeta\u{FFFD}[0m <x@y.example>")
        let fields = EmailMessage(parsing: Self.message(["Subject: =?UTF-8?Q?a=1Bb?=", "X-Evil: \u{9B}31m", ""])).headers.decodedFields
        #expect(fields == [.init(name: "Subject", value: "a\u{FFFD}b"), .init(name: "X-Evil", value: "\u{FFFD}31m")])
    }

    @Test func veryLongHeadersAreBounded() {
        let long = String(repeating: "opposition ", count: 50_000)
        let folded = (0..<5000).map { " part\($0)" }
        let headers = EmailMessage(parsing: Self.message(["From: a@b.example", "Subject: " + long] + ["To: x@y.example"] + folded + [""])).headers
        let subject = headers.subject ?? ""
        #expect(subject.count == EmailHeaders.summaryLength)
        #expect(subject.hasSuffix("…"))
        #expect((headers.raw("Subject")?.utf8.count ?? 0) <= EmailHeaders.maximumFieldBytes)
        #expect((headers.to?.count ?? 0) <= EmailHeaders.summaryLength)
        let many = (0..<5000).map { "X-\($0): y" }
        #expect(EmailHeaders(parsing: Self.message(many + [""])).fields.count == EmailHeaders.maximumFields)
    }

    @Test func aMissingDateOrSubjectIsNil() {
        let summary = Self.summary(["From: Meta <noreply@meta.example>", "Message-ID: <1@x>", "", "text"])
        #expect(summary == EmailSummary(from: "Meta <noreply@meta.example>"))
        #expect(Self.summary(["From: a@b.example", "Date: yesterday at noon", "Subject:   ", ""]) == EmailSummary(from: "a@b.example"))
    }

    @Test func theFirstOfARepeatedHeaderCountsAndNamesIgnoreCase() {
        let headers = EmailHeaders(parsing: Self.message(["SUBJECT: first", "subject: second", "from : obsolete@space.example", ""]))
        #expect(headers.subject == "first")
        #expect(headers.from == "obsolete@space.example")
        #expect(headers.fields.map(\.name) == ["SUBJECT", "subject", "from"])
    }

    @Test func headersStopAtTheFirstEmptyLine() {
        let message = EmailMessage(parsing: Self.message(["From: a@b.example", "", "Subject: not a header", "Date: not either"]))
        #expect(message.headers.fields.count == 1)
        #expect(message.text == "Subject: not a header\nDate: not either")
    }

    // MARK: Mailboxes

    static let mbox = message([
        "From noreply@meta.example Tue Jun  3 09:12:44 2025",
        "From: Meta <noreply@meta.example>",
        "Subject: First",
        "",
        "From the start, one line that is body text.",
        ">From an escaped line.",
        "",
        "From noreply@meta.example Wed Jun  4 10:00:00 2025",
        "From: Meta <noreply@meta.example>",
        "Subject: Second",
        "",
        "Second body.",
        "",
        "From someone Thu Jun  5 10:00:00 2025",
        "From: Other <other@example.net>",
        "Subject: Third",
        "",
        "Third.",
    ], crlf: false)

    @Test func aMailboxOfSeveralMessagesIsCounted() {
        #expect(EmailMessage.messageCount(in: Self.mbox) == 3)
        #expect(MediaType.sniff(Self.mbox) == .email)
    }

    @Test func aSingleMessageMboxIsOneEmailWithoutItsSeparator() {
        let one = Self.message(["From noreply@meta.example Tue Jun  3 09:12:44 2025", "From: Meta <noreply@meta.example>", "Subject: Only", "", "From here on, body.", ""], crlf: false)
        #expect(EmailMessage.messageCount(in: one) == 1)
        let message = EmailMessage(parsing: one)
        #expect(message.headers.subject == "Only")
        #expect(message.headers.fields.count == 2)
        #expect(EmailMessage.messageCount(in: Self.message(["From: a@b.example", "", "x", "", "From b Tue Jun  3 09:12:44 2025", "From: c@d.example"])) == 1,
                "a file that does not start as a mailbox is one message")
    }

    @Test func theMailboxRefusalSaysToSaveOneMessage() {
        let error = EvidenceError.mailbox(path: "/tmp/Inbox", messages: 3)
        #expect(error.message(in: .en) == "/tmp/Inbox is a mailbox of 3 messages: save the one message you want on its own (in your mail program, Save As… an .eml file) and attach that.")
        for language in Language.allCases {
            #expect(error.message(in: language).contains("3"))
            #expect(error.message(in: language).contains(".eml"))
        }
    }
}
