import Foundation
import Testing
@testable import ChecklistEngine

/// The plain text of an email's body, for the dossier.
@Suite struct EmailTextTests {
    static func text(_ lines: [String]) -> String? {
        EmailMessage(parsing: Array(lines.joined(separator: "\r\n").utf8)).text
    }

    @Test func aSinglePartQuotedPrintableLatin1Body() {
        let text = Self.text([
            "From: a@b.example",
            "Content-Type: text/plain; charset=\"ISO-8859-1\"",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Votre demande a =E9t=E9 re=E7ue. Une ligne tr=",
            "=E8s longue coup=E9e.",
            "",
        ])
        #expect(text == "Votre demande a été reçue. Une ligne très longue coupée.")
    }

    @Test func aBase64Body() {
        let body = Data("Nous avons bien reçu votre opposition.\n".utf8).base64EncodedString(options: .lineLength64Characters)
        let text = Self.text(["From: a@b.example", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: BASE64", "", body])
        #expect(text == "Nous avons bien reçu votre opposition.")
    }

    @Test func theTextPartOfAMultipartAlternative() {
        let text = Self.text([
            "From: a@b.example",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"outer\"",
            "",
            "This is a multi-part message in MIME format.",
            "--outer",
            "Content-Type: multipart/alternative; boundary=inner",
            "",
            "--inner",
            "Content-Type: text/html; charset=utf-8",
            "",
            "<p>HTML version</p>",
            "--inner",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Plain version, r=C3=A9f. 42",
            "--inner--",
            "--outer",
            "Content-Type: text/plain; name=\"notes.txt\"",
            "Content-Disposition: attachment; filename=\"notes.txt\"",
            "",
            "an attachment, not the text",
            "--outer--",
            "epilogue",
        ])
        #expect(text == "Plain version, réf. 42")
    }

    @Test func anHTMLOnlyBodyLosesItsTags() {
        let text = Self.text([
            "From: a@b.example",
            "Content-Type: text/html; charset=utf-8",
            "",
            "<html><head><title>T</title><style>p { color: red; }</style></head>",
            "<body><p>Hello&nbsp;Ana,</p><!-- tracking --><script>alert(1)</script>",
            "<p>Your objection is <b>confirmed</b> &amp; applied.<br>Ref&#58; 42 &#x2014; &lt;ok&gt; &unknown;</p></body></html>",
        ])
        #expect(text == "Hello Ana,\n\nYour objection is confirmed & applied.\nRef: 42 — <ok> &unknown;")
    }

    @Test func hostileMarkupCostsItsLengthOnly() {
        #expect(HTMLText.plain(String(repeating: "<", count: 200_000)).count == 200_000, "no tag ends: all of it is text")
        #expect(HTMLText.plain(String(repeating: "<style>", count: 50_000)).isEmpty, "never closed: the rest is hidden")
        #expect(HTMLText.plain("a<!-- never closed") == "a")
        #expect(HTMLText.plain("<header>kept</header><head>gone</head>x") == " kept x")
        #expect(HTMLText.plain("<p>one</p><p>two") == "\none\n\ntwo")
    }

    @Test func aBodyWithoutTextIsNil() {
        #expect(Self.text(["From: a@b.example", "Content-Type: image/png", "Content-Transfer-Encoding: base64", "", "iVBORw0KGgo="]) == nil)
        #expect(Self.text(["From: a@b.example", "", "   ", ""]) == nil)
        #expect(Self.text(["From: a@b.example"]) == nil)
    }

    @Test func aHostileBodyIsSafeAndBounded() throws {
        let text = try #require(Self.text(["From: a@b.example", "", "line\u{1B}[2J one\u{07}", String(repeating: "x", count: 50_000)]))
        #expect(!SafeText.containsUnsafe(text))
        #expect(text.hasPrefix("line\u{FFFD}[2J one\u{FFFD}\n"))
        #expect(text.count == EmailText.maximumLength)
    }

    @Test func aMIMETreeTooDeepIsNotFollowedForever() {
        var lines = ["From: a@b.example", "Content-Type: multipart/mixed; boundary=b0", ""]
        for depth in 1...20 { lines += ["--b\(depth - 1)", "Content-Type: multipart/mixed; boundary=b\(depth)", ""] }
        lines += ["--b20", "Content-Type: text/plain", "", "deep"]
        #expect(Self.text(lines) == nil)
    }

    @Test func parametersAreParsed() {
        let value = MIMEValue("Text/Plain ; charset = \"UTF-8\"; name=\"a;b \\\"c\\\".txt\"; format=flowed")
        #expect(value.value == "text/plain")
        #expect(value.parameters == ["charset": "UTF-8", "name": "a;b \"c\".txt", "format": "flowed"])
    }
}
