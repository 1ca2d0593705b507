import Foundation
import WalletJSON

/// The checks on the presentation's holder proof: who signed, for which challenge and domain,
/// until when. Pure functions of the presentation and the verifier's expectations.
struct HolderProofChecks {
    var presentation: JSONObject
    var options: BundleReadOptions
    var verifier: (any PresentationProofVerifier)?

    /// The holder DID (`holder` as a string or `{id}`).
    var holder: String? {
        presentation["holder"]?.stringValue ?? presentation["holder"]?["id"]?.stringValue
    }

    /// The single proof object (a one-element proof set counts).
    var proof: JSONObject? {
        if let object = presentation["proof"]?.objectValue { return object }
        if let items = presentation["proof"]?.arrayValue, items.count == 1 { return items[0].objectValue }
        return nil
    }

    var all: [BundleCheck] { [signature, challenge, domain, expiry] }

    var signature: BundleCheck {
        func fail(_ message: String) -> BundleCheck {
            BundleCheck(check: .holderProof, result: .fail, code: .holderSignatureInvalid, message: message)
        }
        guard let holder else { return fail("The presentation names no holder.") }
        guard let proof else { return fail("The presentation carries no single holder proof.") }
        guard proof["proofPurpose"]?.stringValue == "authentication" else {
            return fail("The holder proof's purpose is not \"authentication\".")
        }
        guard let method = proof["verificationMethod"]?.stringValue else { return fail("The holder proof names no key.") }
        guard DIDKey.controller(of: method) == holder else {
            return fail("The proof was made with \(method), which does not belong to the holder \(holder).")
        }
        guard let verifier else {
            return BundleCheck(
                check: .holderProof, result: .unknown,
                message: "The holder signature was not checked: no presentation proof verifier is available.")
        }
        switch verifier.verifySignature(of: presentation) {
        case .valid(let message): return BundleCheck(check: .holderProof, result: .pass, message: message)
        case .invalid(let message): return fail(message)
        case .unsupported(let message): return BundleCheck(check: .holderProof, result: .unknown, message: message)
        }
    }

    var challenge: BundleCheck {
        let actual = proof?["challenge"]?.stringValue
        guard let expected = options.challenge else {
            let message = actual.map { "The bundle answers challenge \"\($0)\"; none was given to compare." }
            return BundleCheck(check: .challenge, result: .skipped, message: message ?? "No challenge was requested.")
        }
        guard actual == expected else {
            return BundleCheck(
                check: .challenge, result: .fail, code: .challengeMismatch,
                message: "The bundle answers challenge \(actual.map { "\"\($0)\"" } ?? "none"), not \"\(expected)\" (replayed?).")
        }
        return BundleCheck(check: .challenge, result: .pass, message: "The holder proof answers challenge \"\(expected)\".")
    }

    var domain: BundleCheck {
        let actual = (proof?["domain"]?.asList ?? []).compactMap(\.stringValue)
        guard let expected = options.domain else {
            let message = actual.isEmpty ? "No domain was requested." : "The bundle is for domain \(actual.joined(separator: ", ")); none was given to compare."
            return BundleCheck(check: .domain, result: .skipped, message: message)
        }
        guard actual.contains(expected) else {
            return BundleCheck(
                check: .domain, result: .fail, code: .domainMismatch,
                message: "The bundle was made for \(actual.isEmpty ? "no domain" : actual.joined(separator: ", ")), not \(expected).")
        }
        return BundleCheck(check: .domain, result: .pass, message: "The holder proof names domain \(expected).")
    }

    var expiry: BundleCheck {
        guard let text = proof?["expires"]?.stringValue else {
            return BundleCheck(check: .expiry, result: .skipped, message: "The bundle states no expiry.")
        }
        guard let expires = BundleDate.parse(text) else {
            return BundleCheck(check: .expiry, result: .fail, code: .malformed, message: "The expiry \"\(text)\" is not a date.")
        }
        guard options.at <= expires else {
            return BundleCheck(
                check: .expiry, result: .fail, code: .bundleExpired,
                message: "The bundle expired at \(BundleDate.format(expires)).")
        }
        return BundleCheck(check: .expiry, result: .pass, message: "Valid until \(BundleDate.format(expires)).")
    }
}
