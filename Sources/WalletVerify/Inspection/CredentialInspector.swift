import Foundation
import WalletJSON
import WalletModel

/// The single entry point that turns file bytes into an `Inspection`: detect the format from the
/// content, parse it, map it to the EU standard elements and verify it — all offline.
///
/// `import`, `inspect`, `verify` and `verify-bundle` all go through here so they agree.
public struct CredentialInspector: Sendable {
    /// Largest input accepted, in bytes (10 MB).
    public static let maxInputBytes = 10 * 1024 * 1024

    public init() {}

    /// Reads and verifies one document, evaluating validity at `date`.
    public func inspect(_ bytes: Data, at date: Date) throws(InspectionError) -> Inspection {
        guard bytes.count <= Self.maxInputBytes else {
            throw .tooLarge("\(bytes.count) bytes; the limit is \(Self.maxInputBytes)")
        }
        if let json = try? JSONParser().parse(bytes),
            let inspection = try inspectSelfAsserted(json, bytes: bytes, at: date)
        {
            return inspection
        }
        throw .unrecognisedFormat("no format handler recognises this content")
    }
}
