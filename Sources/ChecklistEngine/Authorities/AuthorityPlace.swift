/// Where the user's country and region were chosen: a command-line option wins over the
/// config file; the config's region only counts with the config's own country.
public struct AuthorityPlace: Equatable, Sendable {
    public var country: String?
    public var region: String?
    public var fromOption: Bool

    public init(optionCountry: String?, optionRegion: String?, settings: Settings) {
        if let optionCountry {
            country = PlaceCodes.country(optionCountry)
            region = optionRegion ?? (country == settings.country ? settings.region : nil)
            fromOption = true
        } else {
            country = settings.country
            region = optionRegion ?? settings.region
            fromOption = optionRegion != nil
        }
    }
}
