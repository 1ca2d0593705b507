import Foundation

/// A credential found inside a badge image, with the image it came from.
public struct BakedCredential: Equatable, Sendable {
    /// The image container.
    public enum Container: String, Sendable { case png, svg }

    /// The embedded credential bytes exactly as baked (JSON, or a compact JWS), trimmed of whitespace.
    public var credential: Data
    /// The whole image file, unchanged.
    public var image: Data
    public var container: Container
    /// The Open Badges generation the baking marker belongs to: 2 (`openbadges`, `openbadges:assertion`)
    /// or 3 (`openbadgecredential`, `openbadges:credential`).
    public var openBadgesVersion: Int

    public init(credential: Data, image: Data, container: Container, openBadgesVersion: Int) {
        self.credential = credential
        self.image = image
        self.container = container
        self.openBadgesVersion = openBadgesVersion
    }
}
