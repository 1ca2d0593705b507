/// Why a bundle could not be written or read at all (as opposed to read and found invalid:
/// that is a `BundleVerification` with failed checks).
public enum BundleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is neither a cairn bundle zip, a presentation JSON, nor an age file.
    case wrongFileType(String)
    /// The zip archive is damaged or truncated.
    case corruptArchive(String)
    /// A safety limit was hit (size, entry count, compression ratio).
    case limitExceeded(String)
    /// A member name is unsafe (absolute, `..`, backslash, control characters, too long).
    case unsafePath(String)
    /// Two members share a name (possibly differing only in case).
    case duplicateEntry(String)
    /// A member is a symlink or another non-regular file.
    case unsupportedEntryType(String)
    /// A required member is missing or an unexpected one is present.
    case unexpectedLayout(String)
    /// `presentation.json` or `manifest.json` is not what cairn writes.
    case malformedDocument(String)
    /// A credential cannot be placed in a bundle (e.g. its original bytes are not JSON).
    case credentialNotExportable(String)
    /// The presentation could not be signed.
    case signingFailed(String)
    /// The bundle is age-encrypted and no key or passphrase was given, or decryption failed.
    case encrypted(String)

    public var description: String {
        switch self {
        case .wrongFileType(let detail): "not a cairn bundle: \(detail)"
        case .corruptArchive(let detail): "damaged zip archive: \(detail)"
        case .limitExceeded(let detail): "bundle over a safety limit: \(detail)"
        case .unsafePath(let detail): "unsafe file name in bundle: \(detail)"
        case .duplicateEntry(let detail): "duplicate file in bundle: \(detail)"
        case .unsupportedEntryType(let detail): "unsupported entry in bundle: \(detail)"
        case .unexpectedLayout(let detail): "unexpected bundle layout: \(detail)"
        case .malformedDocument(let detail): "malformed bundle document: \(detail)"
        case .credentialNotExportable(let detail): "cannot export credential: \(detail)"
        case .signingFailed(let detail): "could not sign the presentation: \(detail)"
        case .encrypted(let detail): "encrypted bundle: \(detail)"
        }
    }
}
