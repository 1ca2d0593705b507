import Foundation
import WalletJSON

/// One signature of a JWS in JSON serialisation (RFC 7515 §7.2), as JAdES uses it.
///
/// With `b64: false` (RFC 7797) the payload is signed as is: the signing input is
/// ASCII(protected) "." payload bytes — no base64url round trip, so the stored text must be kept.
public struct JWSJSONSignature: Sendable {
    /// The decoded protected header.
    public let protectedHeader: JSONObject
    /// The unprotected header (JAdES `etsiU`), if any.
    public let unprotectedHeader: JSONObject?
    public let signature: Data
    /// The signature exactly as written (base64url); JAdES signature time-stamps hash this text.
    public let signatureText: String
    public let signingInput: Data
    /// The payload bytes the signature covers (decoded when `b64` is true, verbatim otherwise).
    public let payload: Data

    /// Header parameters this reader understands when listed in `crit`.
    public static let understoodCritical: Set<String> = ["b64", "sigT", "adoTst", "sigX5ts", "sigD"]

    /// Parses every signature of a general or flattened JWS JSON serialisation.
    public static func parseAll(_ document: JSONObject) throws(JOSEError) -> [JWSJSONSignature] {
        guard let payloadText = document["payload"]?.stringValue else {
            throw JOSEError(.malformed, "the JWS JSON has no string \"payload\"")
        }
        let entries: [JSONObject]
        if let list = document["signatures"]?.arrayValue {
            entries = list.compactMap(\.objectValue)
            guard entries.count == list.count, !entries.isEmpty else {
                throw JOSEError(.malformed, "\"signatures\" must be a non-empty array of objects")
            }
        } else {
            entries = [document]
        }
        var result: [JWSJSONSignature] = []
        for entry in entries { result.append(try JWSJSONSignature(entry, payloadText: payloadText)) }
        return result
    }

    init(_ entry: JSONObject, payloadText: String) throws(JOSEError) {
        guard let protectedText = entry["protected"]?.stringValue,
            let headerBytes = JOSEBase64URL.decode(protectedText)
        else { throw JOSEError(.malformed, "the JWS signature has no valid base64url \"protected\" header") }
        let header = try CompactJWS.object(headerBytes, what: "protected header")
        guard let sigText = entry["signature"]?.stringValue, let sig = JOSEBase64URL.decode(sigText), !sig.isEmpty
        else { throw JOSEError(.malformed, "the JWS signature value is missing or not base64url") }
        try Self.checkCritical(header)
        let encoded = header["b64"]?.boolValue ?? true
        if encoded {
            guard let bytes = JOSEBase64URL.decode(payloadText) else {
                throw JOSEError(.malformed, "the JWS payload is not valid base64url")
            }
            payload = bytes
        } else {
            payload = Data(payloadText.utf8)
        }
        protectedHeader = header
        unprotectedHeader = entry["header"]?.objectValue
        signature = sig
        signatureText = sigText
        signingInput = Data((protectedText + ".").utf8) + Data(payloadText.utf8)
    }

    /// RFC 7515 §4.1.11: every `crit` name must be understood and present, else reject.
    static func checkCritical(_ header: JSONObject) throws(JOSEError) {
        guard let crit = header["crit"] else { return }
        guard let names = crit.arrayValue?.compactMap(\.stringValue), !names.isEmpty else {
            throw JOSEError(.malformed, "\"crit\" must be a non-empty array of names")
        }
        for name in names {
            guard understoodCritical.contains(name) else {
                throw JOSEError(.unsupported, "critical header \"\(name)\" is not understood")
            }
            guard header[name] != nil else {
                throw JOSEError(.malformed, "critical header \"\(name)\" is listed but absent")
            }
        }
        if header["b64"] != nil && !names.contains("b64") {
            throw JOSEError(.malformed, "\"b64\" must be listed in \"crit\" (RFC 7797)")
        }
    }

    /// The `alg` header, validated.
    public var algorithm: JWSAlgorithm {
        get throws(JOSEError) { try JWSAlgorithm(header: protectedHeader["alg"]?.stringValue) }
    }
}
