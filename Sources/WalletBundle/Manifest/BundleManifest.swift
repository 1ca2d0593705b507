import Foundation
import WalletJSON
import WalletModel

/// `manifest.json`: every file of the bundle with its SHA-256, and which credential is which.
///
/// The manifest lets a reader detect an edited file without any key; the holder's signature on
/// `presentation.json` (whose `relatedResource` digests repeat the file hashes) makes the set
/// of files attributable to the holder.
public struct BundleManifest: Equatable, Sendable {
    /// The format identifier written in `format`.
    public static let formatName = "cairn-bundle/1"

    /// One file of the bundle.
    public struct File: Equatable, Sendable {
        public var path: String
        /// Lowercase hex SHA-256 of the file bytes.
        public var sha256: String
        public var size: Int
        public var mediaType: String

        public init(path: String, sha256: String, size: Int, mediaType: String) {
            self.path = path
            self.sha256 = sha256
            self.size = size
            self.mediaType = mediaType
        }
    }

    /// One credential of the bundle.
    public struct Item: Equatable, Sendable {
        public var id: String
        public var format: CredentialFormat
        public var title: String?
        /// The original bytes, under `credentials/`.
        public var file: String
        /// How the presentation carries it.
        public var placement: CredentialPlacement

        public init(id: String, format: CredentialFormat, title: String?, file: String, placement: CredentialPlacement) {
            self.id = id
            self.format = format
            self.title = title
            self.file = file
            self.placement = placement
        }
    }

    public var created: Date
    public var holder: String?
    public var files: [File]
    public var credentials: [Item]

    public init(created: Date, holder: String?, files: [File], credentials: [Item]) {
        self.created = created
        self.holder = holder
        self.files = files
        self.credentials = credentials
    }

    /// The file entry for `path`, if listed.
    public func file(_ path: String) -> File? { files.first { $0.path == path } }
}

/// How a credential travels inside the presentation.
public enum CredentialPlacement: String, Equatable, Sendable, CaseIterable {
    /// The JSON credential itself is an element of `verifiableCredential`.
    case embedded
    /// A JWT credential wrapped as an `EnvelopedVerifiableCredential` data URL.
    case enveloped
    /// Only in `credentials/` (Europass JAdES, OB 2.0, self-asserted): no standard VP envelope
    /// exists, so the presentation names it in `relatedResource` with its digest.
    case attachment
}
