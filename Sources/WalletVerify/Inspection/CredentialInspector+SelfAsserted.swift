import Foundation
import WalletFormats
import WalletJSON
import WalletModel

extension CredentialInspector {
    /// Reads a cairn self-asserted document (detected by `FormatDetector`).
    ///
    /// Self-asserted credentials carry no proof, so the report is always `self-asserted`.
    func inspectSelfAsserted(_ json: JSONValue, bytes: Data, at date: Date) throws(InspectionError) -> Inspection {
        do {
            let record = try SelfAssertedFormat.record(from: json)
            return Inspection(
                format: .selfAsserted, record: record, verification: .selfAsserted(at: date), original: bytes)
        } catch {
            throw .malformed("self-asserted credential: \(error)")
        }
    }
}
