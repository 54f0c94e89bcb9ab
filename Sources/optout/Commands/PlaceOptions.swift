import ArgumentParser
import ChecklistEngine
import Foundation

extension GlobalOptions {
    /// `--country` and `--region`: codes a person can type in either case, refused in one
    /// sentence when they name no country or no German Land.
    func validatePlace() throws {
        let words = Words(refusalLanguage)
        if let country, PlaceCodes.country(country) == nil {
            let value = SafeText.line(String(country.prefix(40)))
            throw ValidationError(words.text(.cliOptionsBadCountry, ["value": value]))
        }
        if let region, PlaceCodes.germanLand(region) == nil {
            let value = SafeText.line(String(region.prefix(40)))
            throw ValidationError(words.text(.cliOptionsBadRegion, ["value": value]))
        }
    }
}

extension CommandContext {
    /// The user's country and Land: `--country`/`--region`, else `config.yaml`.
    func authorityPlace(_ options: GlobalOptions) -> AuthorityPlace {
        AuthorityPlace(optionCountry: options.country, optionRegion: options.region, settings: settings)
    }

    /// The config file's path as said in advice, even when it does not exist yet.
    var configFilePath: String {
        (try? location.configFolder().appendingPathComponent("config.yaml").path) ?? "config.yaml"
    }
}
