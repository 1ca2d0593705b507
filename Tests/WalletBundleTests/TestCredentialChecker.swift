import Foundation
import WalletBundle
import WalletJSON
import WalletModel

/// A credential checker that trusts the export-time verdict shape: verified, title from `name`.
struct TestCredentialChecker: BundleCredentialChecker {
    func check(_ original: Data, at date: Date) -> CheckedCredential {
        let title = (try? JSONParser().parse(original))?["name"]?.stringValue
        let report = VerificationReport(
            status: .verified, checks: [.init(check: .proof, result: .pass, message: "checked by the test")],
            checkedAt: date)
        return CheckedCredential(title: title, format: nil, verification: report)
    }
}
