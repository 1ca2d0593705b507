import Foundation
import WalletJSON
import WalletModel
import X509

/// The `trust` check of a JAdES seal. Offline, cairn can only confirm that the `x5c` chain inside the
/// signature links up (each certificate signed by the next); whether its root is a qualified trust
/// service on the EU trusted lists cannot be checked, so the best outcome is `unknown`, never `pass`.
enum JAdESChainCheck {
    static let maxChain = 10

    static func trust(_ header: JSONObject) -> VerificationCheck {
        let encoded = header["x5c"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let chain = encoded.prefix(maxChain).compactMap { Data(base64Encoded: $0).flatMap { try? Certificate(derEncoded: Array($0)) } }
        guard chain.count == encoded.count, !chain.isEmpty else {
            return VerificationCheck(check: .trust, result: .unknown, code: .untrustedIssuer,
                                     message: "The x5c certificate chain cannot be read, so trust cannot be judged.")
        }
        for (certificate, issuer) in zip(chain, chain.dropFirst()) {
            guard issuer.publicKey.isValidSignature(certificate.signature, for: certificate) else {
                return VerificationCheck(
                    check: .trust, result: .fail, code: .untrustedIssuer,
                    message: "The x5c chain is broken: \(certificate.subject) is not signed by \(issuer.subject).")
            }
        }
        let top = chain[chain.count - 1]
        return VerificationCheck(
            check: .trust, result: .unknown, code: .untrustedIssuer,
            message: "The x5c chain (\(chain.count) certificate\(chain.count == 1 ? "" : "s")) links up to \(top.issuer); whether that is a qualified trust service on the EU trusted lists cannot be checked offline.")
    }
}
