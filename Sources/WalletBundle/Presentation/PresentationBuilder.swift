import Foundation
import WalletJSON

/// Builds the unsigned VC 2.0 `VerifiablePresentation` of a bundle (standards.md § 12).
///
/// Credentials are embedded exactly as imported; JWT ones are enveloped; every file shipped
/// beside the presentation (attachments, originals, transcript) is listed in `relatedResource`
/// with its `digestSRI`, so the holder's signature covers the whole bundle, not only the JSON.
struct PresentationBuilder {
    static let context = "https://www.w3.org/ns/credentials/v2"
    /// The URN prefix naming a file of the bundle in `relatedResource`.
    static let resourcePrefix = "urn:cairn:bundle:"

    var holder: String
    var id: String

    func build(items: [PresentationItem], files: [ZipMember], mediaTypes: [String: String]) -> JSONObject {
        var members: [(String, JSONValue)] = [
            ("@context", .array([.string(Self.context)])),
            ("type", .array([.string("VerifiablePresentation")])),
            ("id", .string(id)),
            ("holder", .string(holder)),
        ]
        let elements = items.compactMap(\.element)
        if !elements.isEmpty { members.append(("verifiableCredential", .array(elements))) }
        let resources: [JSONValue] = files.map { file in
            .object(JSONObject([
                ("id", .string(Self.resourcePrefix + file.path)),
                ("digestSRI", .string(FileDigest.sha256SRI(file.data))),
                ("mediaType", .string(mediaTypes[file.path] ?? "application/octet-stream")),
            ]))
        }
        if !resources.isEmpty { members.append(("relatedResource", .array(resources))) }
        return JSONObject(members)
    }
}
