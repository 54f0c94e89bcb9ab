import ChecklistEngine
import Foundation
import Testing

/// Which authority is the user's: country and Land from the config or the options.
@Suite struct AuthorityChoiceTests {
    static func authority(_ id: String, _ country: String, _ region: String? = nil) -> Authority {
        Authority(id: id, country: country, region: region, name: ["en": id], complaint: .init(email: "a@b.example", languages: ["de"]),
                  lastVerified: CalendarDay("2026-12-02")!, confidence: .reported, sources: [])
    }

    static let all = [authority("fr-cnil", "FR"), authority("de-bfdi", "DE"), authority("de-by-baylda", "DE", "DE-BY"),
                      authority("de-nw-ldi", "DE", "DE-NW")]

    func choose(_ country: String?, _ region: String? = nil) -> AuthorityChoice {
        AuthorityChoice.choose(country: country, region: region, among: Self.all)
    }

    @Test func theCountryAndTheLandPickTheAuthority() {
        #expect(choose(nil) == .noCountry)
        #expect(choose("FR") == .applies(Self.all[0]))
        #expect(choose("fr", "DE-BY") == .applies(Self.all[0]), "a region outside Germany is ignored")
        #expect(choose("DE", "DE-BY") == .applies(Self.all[2]))
        #expect(choose("de", "nw") == .applies(Self.all[3]), "codes in either case, the Land with or without DE-")
        #expect(choose("DE") == .needsRegion(national: Self.all[1]))
        #expect(choose("DE", "DE-HH") == .unknown(place: "DE-HH"))
        #expect(choose("CH") == .unknown(place: "CH"))
    }

    @Test func theOptionWinsOverTheConfigAndTheConfigRegionGoesWithItsCountry() {
        let config = Settings(country: "DE", region: "DE-BY")
        #expect(AuthorityPlace(optionCountry: nil, optionRegion: nil, settings: config) == place("DE", "DE-BY", false))
        #expect(AuthorityPlace(optionCountry: "fr", optionRegion: nil, settings: config) == place("FR", nil, true))
        #expect(AuthorityPlace(optionCountry: "DE", optionRegion: nil, settings: config) == place("DE", "DE-BY", true))
        #expect(AuthorityPlace(optionCountry: nil, optionRegion: "DE-NW", settings: config) == place("DE", "DE-NW", true))
        #expect(AuthorityPlace(optionCountry: nil, optionRegion: nil, settings: Settings()) == place(nil, nil, false))
    }

    func place(_ country: String?, _ region: String?, _ fromOption: Bool) -> AuthorityPlace {
        var place = AuthorityPlace(optionCountry: nil, optionRegion: nil, settings: Settings(country: country, region: region))
        place.fromOption = fromOption
        return place
    }

    @Test func theConfigFileTakesCountryAndRegionAndRefusesWrongCodes() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("config.yaml")
        func load(_ text: String) throws -> (Settings, [String]) {
            try text.write(to: file, atomically: true, encoding: .utf8)
            let (settings, issues) = Settings.load(from: file)
            return (settings, issues.map { "\($0.line):\($0.column): \($0.problem.message(in: .en))" })
        }
        var (settings, issues) = try load("language: fr\ncountry: de\nregion: by\n")
        #expect(settings == Settings(language: .fr, country: "DE", region: "DE-BY") && issues.isEmpty)
        (settings, issues) = try load("country: Germany\n")
        #expect(settings.country == nil)
        #expect(issues == ["1:10: 'country' must be a two-letter ISO 3166-1 country code (FR, DE...), found 'Germany'"])
        (settings, issues) = try load("country: DE\nregion: Bavaria\n")
        #expect(settings.country == "DE" && settings.region == nil)
        #expect(issues == ["2:9: 'region' must be the ISO 3166-2 code of a German Land (DE-BY, DE-NW...), found 'Bavaria'"])
        (settings, issues) = try load("country: FR\nregion: DE-BY\n")
        #expect(settings.country == "FR" && settings.region == nil)
        #expect(issues == ["2:9: 'region' is only for Germany (country: DE), not FR; remove it"])
    }

    @Test func theSentencesExistInBothLanguages() {
        let choices: [AuthorityChoice] = [.noCountry, .applies(Self.all[2]), .needsRegion(national: Self.all[1]), .unknown(place: "CH")]
        for choice in choices {
            let en = AuthorityWords.choice(choice, .en), fr = AuthorityWords.choice(choice, .fr)
            #expect(!en.isEmpty && !fr.isEmpty && en != fr, "\(choice)")
        }
        #expect(AuthorityWords.choice(.needsRegion(national: Self.all[1]), .en).contains("set your Land"))
        #expect(AuthorityWords.howToSet(configFile: "c.yaml", germany: true, .fr).contains("region: DE-BY"))
        #expect(AuthorityWords.route(.init(postal: ["x"], languages: ["de"]), .fr) == "par courrier")
    }
}
