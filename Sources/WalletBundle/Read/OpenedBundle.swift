import Foundation
import WalletJSON

/// A bundle read into memory (and decrypted), not yet verified.
public struct OpenedBundle: Sendable {
    /// What the file was.
    public enum Container: String, Sendable {
        /// A cairn bundle zip.
        case zip
        /// A bare presentation JSON (`--format vp`).
        case presentation
    }

    public var container: Container
    /// Whether the file was an age file.
    public var wasEncrypted: Bool
    /// The presentation as parsed (the signed object).
    public var presentation: JSONObject
    /// The manifest (zip bundles only).
    public var manifest: BundleManifest?
    /// Every member by path (zip bundles only; includes `presentation.json` and `manifest.json`).
    public var files: [String: Data]
}
