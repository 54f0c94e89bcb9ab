/// Which supervisory authority applies to the user, from their country and, in Germany,
/// their Land: complaints about companies go to the Land's authority there, not the BfDI.
public enum AuthorityChoice: Equatable, Sendable {
    /// No country is set.
    case noCountry
    /// The authority for the user: the national one, or in Germany the Land's.
    case applies(Authority)
    /// Germany without a Land: the federal authority is named, and the region asked for.
    case needsRegion(national: Authority?)
    /// The catalog has no authority for this country (or Land).
    case unknown(place: String)

    /// `country` and `region` as the user wrote them, already checked (`PlaceCodes`). A
    /// region outside Germany is ignored.
    public static func choose(country: String?, region: String?, among authorities: [Authority]) -> AuthorityChoice {
        guard let country = country.flatMap(PlaceCodes.country) else { return .noCountry }
        let national = authorities.first { $0.country == country && $0.region == nil }
        guard country == "DE" else { return national.map(AuthorityChoice.applies) ?? .unknown(place: country) }
        guard let land = region.flatMap(PlaceCodes.germanLand) else { return .needsRegion(national: national) }
        return authorities.first { $0.region == land }.map(AuthorityChoice.applies) ?? .unknown(place: land)
    }
}
