import Foundation
import Testing
import WalletModel

@Suite struct VerificationReportTests {
    @Test("a self-asserted report is never verified")
    func selfAsserted() {
        let report = VerificationReport.selfAsserted(at: Date(timeIntervalSince1970: 0))
        #expect(report.status == .selfAsserted)
        #expect(report.check(.proof)?.result == .skipped)
    }

    @Test("status is verified only when format, proof and issuer all passed")
    func statusRules() {
        let pass = { (kind: VerificationCheck.Kind) in VerificationCheck(check: kind, result: .pass, message: "") }
        #expect(VerificationReport.status(for: [pass(.format), pass(.proof), pass(.issuer)]) == .verified)
        #expect(VerificationReport.status(for: [pass(.format), pass(.proof)]) == .unverifiable)
        let failed = VerificationCheck(check: .validity, result: .fail, code: .expired, message: "expired")
        #expect(VerificationReport.status(for: [pass(.format), pass(.proof), pass(.issuer), failed]) == .failed)
    }
}
