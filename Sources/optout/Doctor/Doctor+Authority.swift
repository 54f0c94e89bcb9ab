import ChecklistEngine
import Foundation
import OptOutCatalog

extension Doctor {
    /// Which data protection authority applies, and how to set the country (and the Land)
    /// when that is not known. Settings problems are said by `checkCatalog`.
    mutating func checkAuthority() {
        let language = context.language
        let place = context.authorityPlace(options)
        let configFile = context.configFilePath
        guard place.country != nil else {
            // Nothing to load yet: the advice alone.
            add(.note, AuthorityWords.choice(.noCountry, language),
                   fix: AuthorityWords.howToSet(configFile: configFile, germany: false, language))
            return
        }
        let loaded = AuthoritySet.load(environment: context.environment)
        if loaded.folderMissing {
            add(.problem, context.text(.cliDoctorTheAuthorityListShipped),
                   fix: context.text(.cliDoctorReinstallOptout))
            return
        }
        for issue in loaded.issues {
            add(.problem, issue.formatted(in: language),
                   fix: context.text(.cliDoctorAShippedAuthorityFile))
        }
        let choice = AuthorityChoice.choose(country: place.country, region: place.region, among: loaded.authorities)
        switch choice {
        case .applies(let authority):
            let origin = place.fromOption ? context.text(.cliDoctorFromCountryRegion)
                : context.text(.cliDoctorFrom, ["configFile": configFile])
            add(.ok, AuthorityWords.choice(choice, language) + " (" + origin + ")")
            if place.region != nil, authority.region == nil, place.country != "DE" {
                add(.note, context.text(.cliDoctorTheRegionIsUsed, ["country": authority.country]))
            }
        case .needsRegion:
            add(.note, AuthorityWords.choice(choice, language),
                   fix: AuthorityWords.howToSet(configFile: configFile, germany: true, language))
        case .noCountry, .unknown:
            add(.note, AuthorityWords.choice(choice, language),
                   fix: context.text(.cliDoctorOptoutCatalogAuthoritiesLists))
        }
    }
}
