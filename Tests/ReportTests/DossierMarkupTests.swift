import Testing
@testable import ChecklistEngine

/// The report's markup made polyglot, and texts escaped for XML as well as HTML.
@Suite struct DossierMarkupTests {
    @Test func theReportsBodyIsClosedAndLinksOutBecomeText() {
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>a < b</style></head><body>
            <p>one<br>two &amp; three & four &nbsp; &#39; &#x27;</p><hr>
            <a href="#account-1">inside</a> <a href="https://example.com/?a=1&amp;b=2" rel="noreferrer">Example</a>
            </body></html>
            """
        let body = DossierMarkup.body(ofReport: page)
        #expect(body == """

            <p>one<br />two &amp; three &amp; four &amp;nbsp; &#39; &#x27;</p><hr />
            <a href="#account-1">inside</a> <span class="link">Example</span> <span class="url">https://example.com/?a=1&amp;b=2</span>

            """)
        #expect(ParsedPage("<div>" + body + "</div>").error == nil)
    }

    @Test func textIsEscapedAndWhatXMLForbidsIsReplaced() {
        #expect(DossierMarkup.escape("<a href=\"x\">'&'</a>\nnext") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;<br />next")
        #expect(DossierMarkup.preformatted("a <b>\nc") == "a &lt;b&gt;\nc")
        #expect(DossierMarkup.xmlCharacters("a\u{FFFE}b\u{FFFF}c\u{0B}d\te\nf") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te\nf")
        #expect(ParsedPage("<p>" + DossierMarkup.escape("\u{FFFE}\u{1}]]>&") + "</p>").error == nil)
    }
}
