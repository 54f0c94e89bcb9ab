import ArgumentParser
import ChecklistEngine
import Foundation

extension GlobalOptions {
    /// `--country` and `--region`: codes a person can type in either case, refused in one
    /// sentence when they name no country or no German Land.
    func validatePlace() throws {
        let fr = Language.fromEnvironment(ProcessInfo.processInfo.environment) == .fr
        if let country, PlaceCodes.country(country) == nil {
            let value = SafeText.line(String(country.prefix(40)))
            throw ValidationError(fr ? "--country prend un code de pays ISO 3166-1 à deux lettres (FR, DE, BE…), pas « \(value) »."
                : "--country takes a two-letter ISO 3166-1 country code (FR, DE, BE...), not '\(value)'.")
        }
        if let region, PlaceCodes.germanLand(region) == nil {
            let value = SafeText.line(String(region.prefix(40)))
            throw ValidationError(fr ? "--region prend le code d'un Land allemand (DE-BY, DE-NW, DE-BE…), pas « \(value) »."
                : "--region takes the code of a German Land (DE-BY, DE-NW, DE-BE...), not '\(value)'.")
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
