/// The choices on the share screen, passed to the export.
///
/// Every option changes the bundle for real: the bundle is always a signed presentation with the
/// originals inside (a bundle without them could not be verified), so those are not choices.
public struct ExportOptions: Equatable, Sendable {
    /// Add the wallet's stacking progress to the bundle's transcript.
    public var includeProgress: Bool
    /// How long the holder's signature stays valid, in days (the proof's `expires`).
    public var validDays: Int

    public init(includeProgress: Bool = true, validDays: Int = 30) {
        self.includeProgress = includeProgress
        self.validDays = validDays
    }

    /// The validity choices the share screen cycles through.
    public static let validityChoices = [7, 30, 90, 365]
}
