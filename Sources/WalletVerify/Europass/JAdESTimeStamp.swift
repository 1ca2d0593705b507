import Crypto
import Foundation
import SwiftASN1
import WalletJSON

/// Reads the signature time-stamp (`etsiU` → `sigTst`) of a JAdES signature: the RFC 3161 token's
/// `genTime`, after checking that its message imprint is SHA-256 of the base64url signature value
/// (ETSI TS 119 182-1 §5.3.4), so the time belongs to this very signature.
///
/// The time-stamp authority's own signature on the token is NOT verified (no TSA trust anchors
/// offline); the time is still better evidence than `sigT`, which is only the signer's claim.
enum JAdESTimeStamp {
    enum Outcome: Equatable {
        case time(Date)
        /// A token is present but bound to another signature.
        case mismatch
        /// No readable `sigTst` token.
        case absent
    }

    private static let sha256OID: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 1]

    static func signingTime(_ signature: JWSJSONSignature) -> Outcome {
        for entry in signature.unprotectedHeader?["etsiU"]?.arrayValue ?? [] {
            guard let text = entry.stringValue, let bytes = JOSEBase64URL.decode(text),
                let object = try? JSONParser().parse(bytes).objectValue,
                let token = object["sigTst"]?["tstTokens"]?.arrayValue?.first?["val"]?.stringValue,
                let der = Data(base64Encoded: token)
            else { continue }
            guard let (imprint, time) = try? tstInfo(Array(der)) else { return .absent }
            let expected = Data(SHA256.hash(data: Data(signature.signatureText.utf8)))
            return imprint == expected ? .time(time) : .mismatch
        }
        return .absent
    }

    /// ContentInfo → SignedData → encapContentInfo → eContent (TSTInfo) → (imprint, genTime).
    static func tstInfo(_ der: [UInt8]) throws -> (Data, Date)? {
        let contentInfo = try DER.parse(der)
        guard let signedData = children(children(contentInfo)[safe: 1])[safe: 0],
            let encapsulated = children(signedData)[safe: 2],
            let wrapped = children(encapsulated)[safe: 1], let octets = children(wrapped)[safe: 0]
        else { return nil }
        let info = try DER.parse(try ASN1OctetString(derEncoded: octets).bytes)
        let fields = children(info)
        guard fields.count >= 5 else { return nil }
        let imprint = children(fields[2])
        guard imprint.count == 2, let algorithm = children(imprint[0])[safe: 0],
            try ASN1ObjectIdentifier(derEncoded: algorithm) == sha256OID
        else { return nil }
        let hashed = try ASN1OctetString(derEncoded: imprint[1]).bytes
        let time = try GeneralizedTime(derEncoded: fields[4])
        return (Data(hashed), date(time))
    }

    private static func children(_ node: ASN1Node?) -> [ASN1Node] {
        guard let node, case .constructed(let collection) = node.content else { return [] }
        return Array(collection)
    }

    private static func date(_ time: GeneralizedTime) -> Date {
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "UTC")
        (components.year, components.month, components.day) = (time.year, time.month, time.day)
        (components.hour, components.minute, components.second) = (time.hours, time.minutes, time.seconds)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let whole = calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
        return whole.addingTimeInterval(time.fractionalSeconds)
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
