/// (c)/(d) An awarding body or issuer.
public struct Organisation: Codable, Equatable, Sendable, Hashable {
    public var name: String?
    /// The organisation's identifier: a DID, URL or URN.
    public var id: String?
    /// ISO 3166-1 alpha-2 country code where it can be determined (e.g. "IE"), else as stated.
    public var country: String?
    /// Region (NUTS code or free text) as stated.
    public var region: String?
    public var url: String?
    /// Registration numbers, VAT numbers, eIDAS identifiers.
    public var identifiers: [String]

    public init(
        name: String? = nil, id: String? = nil, country: String? = nil, region: String? = nil,
        url: String? = nil, identifiers: [String] = []
    ) {
        self.name = name
        self.id = id
        self.country = country
        self.region = region
        self.url = url
        self.identifiers = identifiers
    }
}
