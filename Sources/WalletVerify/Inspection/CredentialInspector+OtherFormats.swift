import Foundation
import WalletFormats
import WalletJSON
import WalletModel

// MARK: - VC-JWT, Open Badges 2.0, baked images and Europass (issue 4, part 2)

extension CredentialInspector {
    /// A compact JWS: a signed Open Badges 2.0 assertion or a VC-JWT (OB 3.0 `vc` claim / VC-JOSE).
    func inspectJWT(_ token: String, original: Data, at date: Date) throws(InspectionError) -> Inspection {
        if OpenBadges2Verifier.recognises(original) {
            return try openBadges2Verifier.inspect(original, at: date)
        }
        return try JWTCredentialVerifier(keyLookup: cacheBridge.jwk(for:)).inspect(token: original, at: date)
    }

    /// An Open Badges 2.0 assertion in JSON: hosted (unverifiable offline) or signed.
    func inspectOpenBadges2(_ assertion: JSONObject, original: Data, at date: Date) throws(InspectionError) -> Inspection {
        try openBadges2Verifier.inspect(original, at: date)
    }

    /// The issuer key cache as the JWT / OB 2.0 verifiers want it.
    private var cacheBridge: IssuerCacheBridge { IssuerCacheBridge(lookup: issuerLookup) }

    private var openBadges2Verifier: OpenBadges2Verifier {
        OpenBadges2Verifier(documents: cacheBridge.document(for:))
    }

    /// A PNG badge: the baked credential is inspected like any other file, the image kept beside it.
    func inspectBakedPNG(_ bytes: Data, at date: Date) throws(InspectionError) -> Inspection {
        try inspectBaked(bytes, at: date)
    }

    /// An SVG badge, as `inspectBakedPNG`.
    func inspectBakedSVG(_ bytes: Data, at date: Date) throws(InspectionError) -> Inspection {
        try inspectBaked(bytes, at: date)
    }

    /// A Europass EDC: ELM v3 JSON-LD, sealed with JAdES or unsigned.
    func inspectEuropass(_ document: JSONObject, original: Data, at date: Date) throws(InspectionError) -> Inspection {
        try EuropassVerifier().inspect(original, at: date)
    }

    /// Extracts the baked credential and re-dispatches it; an image inside an image is refused.
    private func inspectBaked(_ bytes: Data, at date: Date) throws(InspectionError) -> Inspection {
        let found: BakedCredential?
        do {
            found = try BakedImageExtractor.extract(bytes)
        } catch {
            if case .limitExceeded = error { throw .tooLarge(error.description) }
            throw .malformed(error.description)
        }
        guard let baked = found else {
            throw .unrecognisedFormat("an image that is neither a PNG nor an SVG badge")
        }
        switch try FormatDetector.detect([UInt8](baked.credential)) {
        case .bakedPNG, .bakedSVG: throw .malformed("the badge image holds another image instead of a credential")
        default: break
        }
        var inspection = try inspect(baked.credential, at: date)
        inspection.bakedImage = baked.image
        return inspection
    }
}
