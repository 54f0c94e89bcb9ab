import ChecklistUI
import Testing

@Suite struct GlyphSupportTests {
    @Test(arguments: [
        ["LANG": "en_US.UTF-8"],
        ["LANG": "fr_FR.utf8"],
        ["LC_CTYPE": "C.UTF-8"],
        ["LC_ALL": "de_DE.UTF-8@euro"],
        ["LC_ALL": "", "LANG": "en_GB.UTF-8"],
    ])
    func utf8Locales(environment: [String: String]) {
        #expect(GlyphSupport.isUTF8(environment: environment))
    }

    @Test(arguments: [
        [:],
        ["LANG": "C"],
        ["LANG": "POSIX"],
        ["LANG": "fr_FR.ISO-8859-1"],
        ["LANG": "en_US"],
        ["LANG": "utf8"],
    ])
    func otherLocales(environment: [String: String]) {
        #expect(!GlyphSupport.isUTF8(environment: environment))
    }

    @Test func firstNonEmptyWinsByPOSIXPrecedence() {
        #expect(!GlyphSupport.isUTF8(environment: ["LC_ALL": "C", "LC_CTYPE": "C.UTF-8", "LANG": "en_US.UTF-8"]))
        #expect(GlyphSupport.isUTF8(environment: ["LC_CTYPE": "C.UTF-8", "LANG": "C"]))
        #expect(!GlyphSupport.isUTF8(environment: ["LC_CTYPE": "fr_FR.ISO-8859-15", "LANG": "fr_FR.UTF-8"]))
        // LC_MESSAGES says nothing about the character set.
        #expect(!GlyphSupport.isUTF8(environment: ["LC_MESSAGES": "fr_FR.UTF-8", "LANG": "C"]))
    }
}
