import Foundation
import WalletJSON

/// A bundle as built in memory, before it is zipped (and optionally encrypted).
public struct ExportedBundle: Sendable {
    /// The signed presentation.
    public var presentation: JSONObject
    public var manifest: BundleManifest
    /// Every member, manifest first, in the order written to the zip.
    public var members: [ZipMember]

    /// The bytes of member `path`, if present.
    public func member(_ path: String) -> Data? { members.first { $0.path == path }?.data }
}
