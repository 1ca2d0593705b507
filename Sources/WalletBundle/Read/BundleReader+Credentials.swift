import Foundation
import WalletJSON
import WalletModel

extension BundleReader {
    /// Verifies every credential: the manifest's originals for a zip, the presentation's
    /// elements for a bare presentation.
    func credentialResults(_ bundle: OpenedBundle, at date: Date) -> [BundleVerification.CredentialResult] {
        if let manifest = bundle.manifest {
            return manifest.credentials.map { item in
                guard let original = bundle.files[item.file] else {
                    return missing(id: item.id, title: item.title, file: item.file, at: date)
                }
                let checked = credentialChecker.check(original, at: date)
                return .init(
                    id: item.id, title: checked.title ?? item.title, format: checked.format ?? item.format,
                    verification: checked.verification)
            }
        }
        let elements = bundle.presentation["verifiableCredential"]?.asList ?? []
        return elements.enumerated().map { index, element in
            let id = element["id"]?.stringValue.flatMap { $0.hasPrefix("data:") ? nil : $0 } ?? "#\(index + 1)"
            let checked = credentialChecker.check(Self.originalBytes(of: element), at: date)
            return .init(id: id, title: checked.title, format: checked.format, verification: checked.verification)
        }
    }

    /// The bytes to verify for a presentation element: the JWS of an enveloped credential, the
    /// JSON text of an embedded one (member order and numbers kept, so proofs still verify).
    static func originalBytes(of element: JSONValue) -> Data {
        let prefix = "data:application/vc+jwt,"
        if element["type"]?.asList.contains(.string("EnvelopedVerifiableCredential")) == true,
            let id = element["id"]?.stringValue, id.hasPrefix(prefix)
        {
            return Data(id.dropFirst(prefix.count).utf8)
        }
        return Data(JSONWriter().string(element).utf8)
    }

    private func missing(id: String, title: String?, file: String, at date: Date) -> BundleVerification.CredentialResult {
        let check = VerificationCheck(
            check: .format, result: .fail, code: .manifestMismatch, message: "The original \(file) is missing from the bundle.")
        return .init(
            id: id, title: title, format: nil,
            verification: VerificationReport(status: .failed, checks: [check], checkedAt: date))
    }
}
