import Foundation
import WalletJSON
import WalletModel

/// One credential prepared for a bundle: where its original goes, and how the presentation
/// carries it.
struct PresentationItem {
    var credential: Credential
    /// Path of the original under `credentials/`.
    var file: String
    var mediaType: String
    var placement: CredentialPlacement
    /// The `verifiableCredential` element (nil for attachments).
    var element: JSONValue?

    /// Decides the placement and builds the element, keeping the original bytes untouched.
    init(_ credential: Credential) throws(BundleError) {
        self.credential = credential
        let base = "credentials/" + credential.id.rawValue
        switch credential.format {
        case .vcJWT:
            let jws = try Self.compactJWS(credential)
            file = base + ".jwt"
            mediaType = "application/vc+jwt"
            placement = .enveloped
            element = .object(JSONObject([
                ("@context", .string("https://www.w3.org/ns/credentials/v2")),
                ("type", .string("EnvelopedVerifiableCredential")),
                ("id", .string("data:application/vc+jwt," + jws)),
            ]))
        case .europass, .openBadges2, .selfAsserted:
            let isJSON = Self.looksLikeJSON(credential.original)
            file = base + (isJSON ? ".json" : ".bin")
            mediaType = isJSON ? "application/json" : "application/octet-stream"
            placement = .attachment
            element = nil
        case .vc1, .vc2, .openBadges3, .endorsement, .clr2:
            file = base + ".json"
            mediaType = "application/vc+ld+json"
            placement = .embedded
            element = try Self.parsedObject(credential)
        }
    }

    /// The original re-parsed verbatim (member order, number spelling and strings kept).
    static func parsedObject(_ credential: Credential) throws(BundleError) -> JSONValue {
        do {
            let value = try JSONParser().parse(credential.original)
            guard value.objectValue != nil else {
                throw BundleError.credentialNotExportable("credential \(credential.id.short) is JSON but not an object")
            }
            return value
        } catch let error as BundleError {
            throw error
        } catch {
            throw .credentialNotExportable("credential \(credential.id.short) is not valid JSON: \(error)")
        }
    }

    /// The compact JWS text of a JWT credential (three base64url parts).
    static func compactJWS(_ credential: Credential) throws(BundleError) -> String {
        let text = String(decoding: credential.original, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
        guard text.split(separator: ".", omittingEmptySubsequences: false).count == 3, text.allSatisfy(allowed.contains)
        else { throw .credentialNotExportable("credential \(credential.id.short) is not a compact JWS") }
        return text
    }

    static func looksLikeJSON(_ data: Data) -> Bool {
        let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}
