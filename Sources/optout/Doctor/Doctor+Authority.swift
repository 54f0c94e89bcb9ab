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
            add(.problem, context.say("The authority list shipped with optout is missing (optout_OptOutCatalog.resources/Authorities).",
                                         "La liste des autorités livrée avec optout est introuvable (optout_OptOutCatalog.resources/Authorities)."),
                   fix: context.say("reinstall optout.", "réinstallez optout."))
            return
        }
        for issue in loaded.issues {
            add(.problem, issue.formatted(in: language),
                   fix: context.say("a shipped authority file is damaged: reinstall optout.", "un fichier d'autorité livré est abîmé : réinstallez optout."))
        }
        let choice = AuthorityChoice.choose(country: place.country, region: place.region, among: loaded.authorities)
        switch choice {
        case .applies(let authority):
            let origin = place.fromOption ? context.say("from --country/--region", "d'après --country/--region")
                : context.say("from \(configFile)", "d'après \(configFile)")
            add(.ok, AuthorityWords.choice(choice, language) + " (" + origin + ")")
            if place.region != nil, authority.region == nil, place.country != "DE" {
                add(.note, context.say("The region is used only for Germany; it is ignored for \(authority.country).",
                                          "La région ne sert que pour l'Allemagne ; elle est ignorée pour \(authority.country)."))
            }
        case .needsRegion:
            add(.note, AuthorityWords.choice(choice, language),
                   fix: AuthorityWords.howToSet(configFile: configFile, germany: true, language))
        case .noCountry, .unknown:
            add(.note, AuthorityWords.choice(choice, language),
                   fix: context.say("'optout catalog authorities' lists those optout knows.",
                                    "« optout catalog authorities » liste celles qu'optout connaît."))
        }
    }
}
