import Foundation
import WalletJSON

/// What the bytes look like, decided from content only (never from a file name).
public enum DetectedFormat: Sendable {
    /// cairn's own self-asserted JSON (paper certificates, manual entries).
    case selfAsserted(JSONValue)
    /// A W3C VC 1.1/2.0 JSON-LD credential (incl. OB 3.0, endorsement, CLR 2.0).
    case w3cCredential(JSONObject)
    /// A compact JWS: OB 3.0 VC-JWT, VC-JOSE `vc+jwt`, or a signed OB 2.0 assertion.
    case jwt(String)
    /// An Open Badges 2.0 assertion in JSON (hosted or with a `verification` block).
    case openBadges2(JSONObject)
    /// A PNG with an `openbadges` / `openbadgecredential` iTXt chunk.
    case bakedPNG
    /// An SVG with `openbadges:assertion` / `openbadges:credential`.
    case bakedSVG
    /// A Europass EDC (ELM v3) credential, bare or as a JAdES JSON-serialised signature.
    case europass(JSONObject)

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let elmContextMarker = "data.europa.eu/snb/model/context"
}
