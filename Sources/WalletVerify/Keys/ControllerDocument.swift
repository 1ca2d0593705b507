import WalletJSON

/// Reads verification methods out of a DID document or controller document.
struct ControllerDocument {
    let object: JSONObject
    let id: String

    init(_ object: JSONObject, id: String) {
        self.object = object
        self.id = object["id"]?.stringValue ?? id
    }

    /// Expands a relative reference (`#key-1`) against the document id.
    func absolute(_ reference: String) -> String {
        reference.hasPrefix("#") ? id + reference : reference
    }

    /// All methods the document defines (top-level `verificationMethod` and embedded ones).
    var allMethods: [JSONObject] {
        var methods = (object["verificationMethod"]?.asList ?? []).compactMap(\.objectValue)
        for relation in ["assertionMethod", "authentication"] {
            methods += (object[relation]?.asList ?? []).compactMap(\.objectValue)
        }
        return methods
    }

    /// The methods listed under `relationship`, as objects with absolute ids.
    func methods(for relationship: String) -> [JSONObject] {
        var found: [JSONObject] = []
        for entry in object[relationship]?.asList ?? [] {
            if let reference = entry.stringValue, let method = method(withID: absolute(reference), in: allMethods) {
                found.append(method)
            } else if var method = entry.objectValue, let methodID = method["id"]?.stringValue {
                method["id"] = .string(absolute(methodID))
                found.append(method)
            }
        }
        return found
    }

    private func method(withID methodID: String, in methods: [JSONObject]) -> JSONObject? {
        for var method in methods {
            guard let candidate = method["id"]?.stringValue, absolute(candidate) == methodID else { continue }
            method["id"] = .string(methodID)
            return method
        }
        return nil
    }

    /// The key material of one verification method object.
    static func material(of method: JSONObject) throws(KeyResolutionError) -> PublicKeyMaterial {
        if let multibase = method["publicKeyMultibase"]?.stringValue {
            return try PublicKeyMaterial(multibase: multibase)
        }
        if let jwk = method["publicKeyJwk"]?.objectValue {
            return try JWK.publicKey(jwk)
        }
        if let base58 = method["publicKeyBase58"]?.stringValue, let raw = Base58.decode(base58), raw.count == 32 {
            return try PublicKeyMaterial(multicodec: Multicodec.ed25519Public.prefix + raw)
        }
        throw .malformed("verification method has no publicKeyMultibase, publicKeyJwk or publicKeyBase58")
    }
}
