import WalletModel

/// The list's filters; nil means "any".
public struct ListFilter: Equatable, Sendable {
    public var verifiedOnly = false
    public var issuer: String?
    public var level: Int?
    public var format: CredentialFormat?

    public init() {}

    public var isActive: Bool { verifiedOnly || issuer != nil || level != nil || format != nil }

    func admits(_ overview: CredentialOverview) -> Bool {
        if verifiedOnly, overview.verificationStatus != .verified { return false }
        if let issuer, overview.awardingBody?.name != issuer { return false }
        if let level, overview.eqfLevel != level { return false }
        if let format, overview.format != format { return false }
        return true
    }

    /// Words for the filter line, e.g. "verified only · issuer: TU Delft · EQF 6".
    public var summary: String {
        var parts: [String] = []
        if verifiedOnly { parts.append("verified only") }
        if let issuer { parts.append("issuer: \(issuer)") }
        if let level { parts.append("EQF \(level)") }
        if let format { parts.append(format.label) }
        return parts.joined(separator: " · ")
    }

    /// The value after `current` in `choices`, wrapping to nil ("any") after the last.
    static func next<T: Equatable>(after current: T?, in choices: [T]) -> T? {
        guard let current, let index = choices.firstIndex(of: current) else { return choices.first }
        return index + 1 < choices.count ? choices[index + 1] : nil
    }
}
