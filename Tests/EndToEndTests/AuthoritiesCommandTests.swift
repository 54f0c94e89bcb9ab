import Foundation
import Testing

/// `optout catalog authorities` and the doctor's authority line, run as processes, with the
/// authority files the build ships copied into the sandbox's resources.
@Suite struct AuthoritiesCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        sandbox.environment["TERM"] = "xterm-256color"
        try sandbox.addPlatform("testgram.yaml", CLITests.testgramYAML)
        let binary = try #require(OptOutBinary.url, "the optout binary is built beside the tests")
        let shipped = binary.deletingLastPathComponent().appendingPathComponent("optout_OptOutCatalog.resources/Authorities")
        try FileManager.default.copyItem(at: shipped, to: sandbox.resources.appendingPathComponent("optout_OptOutCatalog.resources/Authorities"))
    }

    var configFile: URL { sandbox.configHome.appendingPathComponent("optout/config.yaml") }

    func config(_ text: String) throws {
        try text.write(to: configFile, atomically: true, encoding: .utf8)
    }

    @Test func thePlainListShowsEveryAuthorityAndHowToChooseYours() throws {
        let result = try sandbox.run(["catalog", "authorities"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true && lines.first?.hasSuffix("COMPLAINT") == true, "\(lines.first ?? "")")
        let rows = lines.dropFirst().prefix { !$0.isEmpty }
        #expect(rows.count == 46)
        #expect(rows.contains { $0.hasPrefix("fr-cnil ") && $0.contains(" FR ") && $0.contains("French Data Protection Authority (CNIL)")
            && $0.hasSuffix("https://www.cnil.fr/fr/plaintes") })
        #expect(rows.contains { $0.hasPrefix("de-by-baylda ") && $0.contains(" DE-BY ") })
        #expect(rows.contains { $0.hasPrefix("de-bfdi ") && $0.contains(" DE ") })
        #expect(result.stdout.contains("46 authorities.\nNo country is set: optout does not know which data protection authority is yours.\n"))
        #expect(result.stdout.contains("To choose it, add 'country: FR'") && result.stdout.contains("to \(configFile.path), or give --country FR."),
                "\(result.stdout)")
    }

    @Test func frenchReadersSeeTheFrenchNameWhereThereIsOne() throws {
        let result = try sandbox.run(["catalog", "authorities", "--lang", "fr"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("ID") && result.stdout.contains("PAYS") && result.stdout.contains("PLAINTE"))
        #expect(result.stdout.contains("Commission nationale de l'informatique et des libertés (CNIL)"))
        #expect(result.stdout.contains("Autorité de protection des données (APD)"))
        #expect(result.stdout.contains("Commission nationale pour la protection des données (CNPD)"))
        // No French name: the English one, never the German.
        #expect(result.stdout.contains("Bavarian State Office for Data Protection Supervision (BayLDA)"))
        #expect(result.stdout.contains("46 autorités.\nAucun pays n'est choisi"))
    }

    @Test func jsonHasEveryFieldAndNamesYours() throws {
        var result = try sandbox.run(["catalog", "authorities", "--json", "--country", "fr"])
        #expect(result.status == 0, "\(result)")
        var document = try result.json()
        #expect(document["yours"] as? String == "fr-cnil")
        let authorities = try #require(document["authorities"] as? [[String: Any]])
        #expect(authorities.count == 46)
        let cnil = try #require(authorities.first { $0["id"] as? String == "fr-cnil" })
        #expect(Set(cnil.keys) == ["id", "country", "name", "website", "complaint", "last_verified", "confidence", "sources"])
        #expect((cnil["name"] as? [String: String])?["fr"] == "Commission nationale de l'informatique et des libertés (CNIL)")
        let complaint = try #require(cnil["complaint"] as? [String: Any])
        #expect(complaint["form"] as? String == "https://www.cnil.fr/fr/plaintes")
        #expect(complaint["languages"] as? [String] == ["fr"])
        #expect((complaint["postal"] as? [String])?.last == "France")
        let land = try #require(authorities.first { $0["id"] as? String == "de-nw-ldi" })
        #expect(land["region"] as? String == "DE-NW" && land["scope"] is [String: String])

        result = try sandbox.run(["catalog", "authorities", "--json"])
        document = try result.json()
        #expect(document["yours"] == nil)
    }

    @Test func theConfigOrTheOptionChoosesTheAuthority() throws {
        var result = try sandbox.run(["catalog", "authorities", "--country", "DE"])
        #expect(result.stdout.contains("In Germany, a complaint about a company goes to the authority of the Land you live in: set your Land."), "\(result.stdout)")
        #expect(result.stdout.contains("To choose it, add 'region: DE-BY'"))

        result = try sandbox.run(["catalog", "authorities", "--country", "de", "--region", "by"])
        #expect(result.stdout.contains("Your data protection authority (DE-BY): Bavarian State Office for Data Protection Supervision (BayLDA) [de-by-baylda]; complaints: https://www.lda.bayern.de/de/beschwerde.html (languages: de)."), "\(result.stdout)")

        try config("country: DE\nregion: DE-NW\n")
        result = try sandbox.run(["catalog", "authorities"])
        #expect(result.stdout.contains("[de-nw-ldi]; complaints: poststelle@ldi.nrw.de"), "\(result.stdout)")
        // The option wins; the config's Land does not follow it into another country.
        result = try sandbox.run(["catalog", "authorities", "--country", "BE"])
        #expect(result.stdout.contains("[be-apd]"), "\(result.stdout)")
        result = try sandbox.run(["catalog", "authorities", "--country", "CH", "--lang", "fr"])
        #expect(result.stdout.contains("optout ne connaît pas d'autorité de protection des données pour CH"), "\(result.stdout)")
    }

    @Test func wrongCodesAreRefusedInOneSentence() throws {
        var result = try sandbox.run(["catalog", "authorities", "--country", "France"])
        #expect(result.status != 0 && result.stdout.isEmpty)
        #expect(result.stderr.contains("--country takes a two-letter ISO 3166-1 country code (FR, DE, BE...), not 'France'."), "\(result)")
        result = try sandbox.run(["catalog", "authorities", "--region", "Bayern"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(result.status != 0 && result.stderr.contains("--region prend le code d'un Land allemand (DE-BY, DE-NW, DE-BE…), pas « Bayern »."), "\(result)")
    }

    @Test func doctorSaysWhichAuthorityAppliesAndHowToSetIt() throws {
        var result = try sandbox.run(["doctor"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("No country is set: optout does not know which data protection authority is yours.\n  Fix: add 'country: FR'"), "\(result.stdout)")

        result = try sandbox.run(["doctor", "--country", "DE", "--lang", "fr"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("En Allemagne, une plainte contre une entreprise va à l'autorité du Land où vous vivez"), "\(result.stdout)")
        #expect(result.stdout.contains("[de-bfdi]") && result.stdout.contains("Solution : ajoutez « region: DE-BY »"), "\(result.stdout)")

        try config("country: fr\n")
        result = try sandbox.run(["doctor"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("✔ Your data protection authority (FR): French Data Protection Authority (CNIL) [fr-cnil]; complaints: https://www.cnil.fr/fr/plaintes (languages: fr). (from \(configFile.path))"), "\(result.stdout)")

        try config("country: DE\nregion: Bavaria\n")
        result = try sandbox.run(["doctor"])
        #expect(result.status == 1, "a broken config is a problem")
        #expect(result.stdout.contains("\(configFile.path):2:9: 'region' must be the ISO 3166-2 code of a German Land"), "\(result.stdout)")
        #expect(result.stdout.contains("set your Land"), "the country still counts")
    }
}
