/// The choices on the share screen, passed to the export.
///
/// Every option changes the file for real. The bundle is always signed by the holder key (an
/// unsigned bundle could not be checked by its recipient), so signing is not a choice.
public struct ExportOptions: Equatable, Sendable {
    /// A zip with the original documents and a readable transcript; off writes only the signed
    /// presentation JSON (refused for credentials that can travel only as originals).
    public var includeOriginals: Bool
    /// Add the wallet's stacking progress to the transcript (zip bundles only).
    public var includeProgress: Bool
    /// How long the holder's signature stays valid, in days (the proof's `expires`).
    public var validDays: Int

    public init(includeOriginals: Bool = true, includeProgress: Bool = true, validDays: Int = 30) {
        self.includeOriginals = includeOriginals
        self.includeProgress = includeProgress
        self.validDays = validDays
    }

    /// The validity choices the share screen cycles through.
    public static let validityChoices = [7, 30, 90, 365]
}
