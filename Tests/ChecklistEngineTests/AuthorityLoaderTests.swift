import ChecklistEngine
import Foundation
import Testing

/// The authority loader: what it takes, and every refusal said at its FILE:LINE:COLUMN.
@Suite struct AuthorityLoaderTests {
    static let cnil = """
        id: fr-cnil
        country: FR
        name:
          en: French Data Protection Authority (CNIL)
          fr: Commission nationale de l'informatique et des libertés (CNIL)
        website: https://www.cnil.fr/
        complaint:
          form: https://www.cnil.fr/fr/plaintes
          email: plaintes@example.org
          postal: [3 Place de Fontenoy, 75334 Paris Cedex 07, France]
          languages: [fr]
        last_verified: 2026-12-02
        confidence: reported
        sources:
          - label: "datenanfragen/data, supervisory-authorities/frcnil.json (CC0)"
            url: https://github.com/datenanfragen/data/blob/master/supervisory-authorities/frcnil.json
        """

    static let baylda = """
        id: de-by-baylda
        country: DE
        region: DE-BY
        name: {en: Bavarian State Office for Data Protection Supervision, de: Bayerisches Landesamt für Datenschutzaufsicht}
        scope: {en: Companies in Bavaria, fr: Les entreprises de Bavière}
        complaint:
          email: poststelle@lda.bayern.de
          languages: [de]
        last_verified: 2026-12-02
        confidence: verified
        sources: [{label: BayLDA, url: "https://www.lda.bayern.de/"}]
        """

    /// The messages of `yaml`, in English, as `LINE:COLUMN: message`.
    func problems(_ yaml: String) -> [String] {
        let result = AuthorityLoader.load(text: yaml, file: "a.yaml")
        #expect(result.authority == nil, "a file with problems yields no authority")
        return result.issues.map { "\($0.line):\($0.column): \($0.problem.message(in: .en))" }
    }

    func replacing(_ old: String, with new: String, in yaml: String = cnil) -> String {
        #expect(yaml.contains(old), "the fixture holds '\(old)'")
        return yaml.replacingOccurrences(of: old, with: new)
    }

    @Test func aGoodFileLoadsEveryField() throws {
        let result = AuthorityLoader.load(text: Self.cnil, file: "fr-cnil.yaml")
        #expect(result.issues.isEmpty, "\(result.issues)")
        let authority = try #require(result.authority)
        #expect(authority.id == "fr-cnil" && authority.country == "FR" && authority.region == nil)
        #expect(authority.name(in: .fr) == "Commission nationale de l'informatique et des libertés (CNIL)")
        #expect(authority.name(in: .en) == "French Data Protection Authority (CNIL)")
        #expect(authority.complaint.form == "https://www.cnil.fr/fr/plaintes")
        #expect(authority.complaint.email == "plaintes@example.org")
        #expect(authority.complaint.postal == ["3 Place de Fontenoy", "75334 Paris Cedex 07", "France"])
        #expect(authority.complaint.languages == ["fr"])
        #expect(authority.lastVerified.description == "2026-12-02" && authority.confidence == .reported)
        #expect(authority.sources.count == 1 && authority.website == "https://www.cnil.fr/")

        let land = try #require(AuthorityLoader.load(text: Self.baylda, file: "b.yaml").authority)
        #expect(land.region == "DE-BY" && land.place == "DE-BY" && land.scope?.text(in: .fr) == "Les entreprises de Bavière")
        // A German name is not shown to a French reader: English is.
        #expect(land.name(in: .fr) == "Bavarian State Office for Data Protection Supervision")
    }

    @Test func unknownAndMissingFieldsAreSaidWhereTheyAre() {
        #expect(problems(replacing("confidence: reported", with: "confidence: reported\nphone: +33 1")) == [
            "14:1: unknown field 'phone'",
        ])
        #expect(problems(replacing("  languages: [fr]\n", with: "  language: [fr]\n")) == [
            "11:3: unknown field 'language'; did you mean 'languages'?",
            "8:3: missing required field 'languages'",
        ])
        #expect(problems(replacing("country: FR\n", with: "")).contains("1:1: missing required field 'country'"))
    }

    @Test func countryAndRegionAreCheckedCodes() {
        #expect(problems(replacing("country: FR", with: "country: XX")) == [
            "2:10: 'country' must be a two-letter ISO 3166-1 country code (FR, DE...), found 'XX'",
        ])
        #expect(problems(replacing("country: FR", with: "country: fr")).first?.hasPrefix("2:10: 'country' must be") == true)
        #expect(problems(replacing("country: FR", with: "country: FR\nregion: DE-BY")) == [
            "3:9: 'region' is only for Germany (country: DE), not FR; remove it",
            "1:5: id 'fr-cnil' must start with 'de-by-' (the country, then the Land for Germany)",
        ])
        #expect(problems(replacing("region: DE-BY", with: "region: DE-XX", in: Self.baylda)) == [
            "3:9: 'region' must be the ISO 3166-2 code of a German Land (DE-BY, DE-NW...), found 'DE-XX'",
        ])
        #expect(problems(replacing("id: fr-cnil", with: "id: cnil")) == [
            "1:5: id 'cnil' must start with 'fr-' (the country, then the Land for Germany)",
        ])
    }

    @Test func theNameNeedsEnglishAndAnOwnLanguage() {
        #expect(problems(replacing("  en: French Data Protection Authority (CNIL)\n", with: "")) == [
            "4:3: 'name' has no 'en' text",
        ])
        #expect(problems(replacing("  fr: Commission", with: "  de: Commission")) == [
            "4:3: 'name' must also give the name in an official language of FR (fr)",
        ])
        #expect(problems(replacing("  fr: Commission", with: "  french: Commission")) == [
            "5:3: 'name': 'french' is not an ISO 639-1 language code (fr, de, nl...)",
        ])
        #expect(problems(replacing("name:\n  en: French Data Protection Authority (CNIL)\n  fr: Commission nationale de l'informatique et des libertés (CNIL)",
                                   with: "name: CNIL")) == ["3:7: 'name' must be a mapping (key: value)"])
    }

    @Test func theComplaintRouteIsCheckedPartByPart() {
        #expect(problems(replacing("  form: https://www.cnil.fr/fr/plaintes", with: "  form: http://www.cnil.fr/fr/plaintes")) == [
            "8:9: 'complaint.form' must be an https:// address (found 'http://www.cnil.fr/fr/plaintes')",
        ])
        #expect(problems(replacing("plaintes@example.org", with: "plaintes@example")) == [
            "9:10: 'complaint.email' must be an email address (name@domain.tld), found 'plaintes@example'",
        ])
        #expect(problems(replacing("plaintes@example.org", with: "\"plaintes at example.org\"")) == [
            "9:10: 'complaint.email' must be an email address (name@domain.tld), found 'plaintes at example.org'",
        ])
        #expect(problems(replacing("languages: [fr]", with: "languages: [fr, french]")) == [
            "11:19: 'complaint.languages': 'french' is not an ISO 639-1 language code (fr, de, nl...)",
        ])
        #expect(problems(replacing("languages: [fr]", with: "languages: []")) == [
            "11:14: 'complaint.languages' must name at least one language",
        ])
        #expect(problems(replacing("  postal: [3 Place de Fontenoy, 75334 Paris Cedex 07, France]", with: "  postal: []")) == [
            "10:11: 'complaint.postal' is empty",
        ])
    }

    @Test func aComplaintWithoutAnyRouteIsRefused() {
        let bare = replacing("""
              form: https://www.cnil.fr/fr/plaintes
              email: plaintes@example.org
              postal: [3 Place de Fontenoy, 75334 Paris Cedex 07, France]

            """, with: "")
        #expect(problems(bare) == ["8:3: 'complaint' must give at least one way to complain: form, email or postal"])
        let french = AuthorityLoader.load(text: bare, file: "a.yaml").issues.first?.formatted(in: .fr)
        #expect(french == "a.yaml:8:3: « complaint » doit donner au moins un moyen de porter plainte : form, email ou postal")
    }

    @Test func sourcesDateAndConfidenceAreRequiredAndChecked() {
        #expect(problems(replacing("last_verified: 2026-12-02", with: "last_verified: 2 December")) == [
            "12:16: 'last_verified' must be a YYYY-MM-DD date (found '2 December')",
        ])
        #expect(problems(replacing("confidence: reported", with: "confidence: sure")) == [
            "13:13: 'confidence' cannot be 'sure'; allowed: verified, reported, unconfirmed",
        ])
        let noSources = String(Self.cnil[..<Self.cnil.range(of: "sources:")!.lowerBound]) + "sources: []\n"
        #expect(problems(noSources) == ["14:10: missing required field 'sources[0]'"])
        #expect(problems(replacing("url: https://github.com", with: "url: http://github.com")).first?.contains("must be an https:// address") == true)
    }

    @Test func aFolderLoadsInNameOrderAndRefusesAnIDUsedTwice() throws {
        let folder = try TemporaryFolder()
        try Self.cnil.write(to: folder.file("fr-cnil.yaml"), atomically: true, encoding: .utf8)
        try Self.cnil.write(to: folder.file("fr-cnil-copy.yaml"), atomically: true, encoding: .utf8)
        try Self.baylda.write(to: folder.file("de-by-baylda.yml"), atomically: true, encoding: .utf8)
        try "not: [yaml".write(to: folder.file("broken.yaml"), atomically: true, encoding: .utf8)
        try "ignored".write(to: folder.file("README.md"), atomically: true, encoding: .utf8)
        let result = AuthorityLoader.load(directoryAt: folder.url)
        #expect(result.authorities.map(\.id) == ["de-by-baylda", "fr-cnil"])
        let messages = result.issues.map { $0.formatted(in: .en) }
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.first?.hasPrefix(folder.file("broken.yaml").path + ":2:1: not valid YAML") == true, "\(messages)")
        #expect(messages.last == folder.file("fr-cnil.yaml").path + ":1:1: id 'fr-cnil' is also used by " + folder.file("fr-cnil-copy.yaml").path)
        #expect(AuthorityLoader.load(directoryAt: folder.file("missing")).issues.isEmpty)
    }

    @Test func emailsAreCheckedForTyposNotForRFCDetail() {
        for good in ["dsb@dsb.gv.at", "info.dss@llv.li", "idpc.info@idpc.org.mt", "a-b@c-d.example"] {
            #expect(PlaceCodes.isEmail(good), "\(good)")
        }
        for bad in ["", "@dsb.gv.at", "dsb@", "dsb@dsb", "dsb@@dsb.at", "dsb @dsb.at", "dsb@dsb..at", "dsb@-dsb.at", "dsb@dsb.a1"] {
            #expect(!PlaceCodes.isEmail(bad), "\(bad)")
        }
    }
}
