import Foundation
import WalletJSON
import WalletVerify

/// Builds issuer cache entries from what a user can obtain: a DID / controller document, or a key
/// URL plus a key file (JWK, Multikey JSON, or a bare `z…` multibase string). Every key is parsed
/// before it is stored, so a broken or private key is refused at `add` time.
public enum IssuerEntryBuilder {
    /// `cairn issuers add FILE`: a DID document (did:web) or controller document with an `id`.
    public static func entry(documentData: Data, source: String, trusted: Bool, at date: Date) throws(CacheError) -> IssuerCacheEntry {
        guard let document = try? JSONParser().parse(Array(documentData)).objectValue else {
            throw CacheError("\(source) is not a JSON DID or controller document")
        }
        guard let id = document["id"]?.stringValue else { throw CacheError("\(source) has no \"id\" (the DID or document URL)") }
        let entry = IssuerCacheEntry(id: id, document: document, trusted: trusted, addedAt: date, source: source)
        guard !entry.assertionKeyIDs.isEmpty || document["publicKeyMultibase"] != nil || document["publicKeyJwk"] != nil else {
            throw CacheError("\(source) lists no key under assertionMethod, so it cannot vouch for any credential")
        }
        for keyID in entry.assertionKeyIDs {
            do {
                _ = try KeyResolver { $0 == id || $0 == keyID ? entry : nil }.resolve(keyID)
            } catch {
                throw CacheError("\(source): key \(keyID) is unusable: \(error)")
            }
        }
        return entry
    }

    /// `cairn issuers add --url URL --key FILE`: one key, published at `url` (`https://…#key-1`, `did:web:…#key-1`).
    public static func entry(keyURL: String, keyData: Data, source: String, trusted: Bool, at date: Date) throws(CacheError) -> IssuerCacheEntry {
        let text = String(decoding: keyData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var method = JSONObject([("id", .string(keyURL))])
        let material: PublicKeyMaterial
        do {
            if text.hasPrefix("z") {
                material = try PublicKeyMaterial(multibase: text)
            } else if let object = try? JSONParser().parse(text).objectValue {
                if let multibase = object["publicKeyMultibase"]?.stringValue {
                    material = try PublicKeyMaterial(multibase: multibase)
                } else {
                    material = try JWK.publicKey(object["publicKeyJwk"]?.objectValue ?? object)
                }
            } else {
                throw KeyResolutionError.malformed("expected a JWK, a Multikey document or a z… multibase key")
            }
        } catch {
            throw CacheError("\(source): \(error)")
        }
        let controller = keyURL.split(separator: "#", maxSplits: 1).first.map(String.init) ?? keyURL
        if let multibase = material.multibase {
            method["type"] = .string("Multikey")
            method["publicKeyMultibase"] = .string(multibase)
        } else {
            method["type"] = .string("JsonWebKey")
            method["publicKeyJwk"] = (try? JSONParser().parse(text).objectValue).map { JSONValue.object($0) } ?? .null
        }
        method["controller"] = .string(controller)
        let document = JSONObject([
            ("id", .string(controller)), ("verificationMethod", .array([.object(method)])),
            ("assertionMethod", .array([.string(keyURL)])),
        ])
        return IssuerCacheEntry(id: controller, document: document, trusted: trusted, addedAt: date, source: source)
    }
}
