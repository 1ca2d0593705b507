/// The choices on the share screen, passed to the export.
public struct ExportOptions: Equatable, Sendable {
    /// Sign the bundle as a verifiable presentation with the wallet's holder key.
    public var sign: Bool
    /// Embed each credential's original document (needed for the recipient to verify offline).
    public var includeOriginals: Bool
    /// How long the presentation stays valid, in days.
    public var validDays: Int

    public init(sign: Bool = true, includeOriginals: Bool = true, validDays: Int = 30) {
        self.sign = sign
        self.includeOriginals = includeOriginals
        self.validDays = validDays
    }

    /// The validity choices the share screen cycles through.
    public static let validityChoices = [7, 30, 90, 365]
}
