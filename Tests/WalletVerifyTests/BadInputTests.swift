import Foundation
import Testing
import WalletVerify

/// Unreadable input must raise `InspectionError` (exit 2), never crash or pass.
@Suite struct BadInputTests {
    let inspector = CredentialInspector()

    func error(_ bytes: [UInt8]) -> InspectionError? {
        do {
            _ = try inspector.inspect(Data(bytes), at: Date())
            return nil
        } catch {
            return error
        }
    }

    @Test("non-UTF-8, NaN, duplicate keys and truncated JSON are malformed", arguments: [
        [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D],
        Array(#"{"@context": ["https://www.w3.org/ns/credentials/v2"], "n": NaN}"#.utf8),
        Array(#"{"type": ["VerifiableCredential"], "type": ["VerifiableCredential"]}"#.utf8),
        Array(#"{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["Verifiable"#.utf8),
    ])
    func malformed(_ bytes: [UInt8]) {
        guard case .malformed = error(bytes) else { Issue.record("expected malformed, got \(String(describing: error(bytes)))"); return }
    }

    @Test("deep nesting and oversize input are refused as too large")
    func limits() {
        let deep = Array(("{\"a\":" + String(repeating: "[", count: 10_000)).utf8)
        guard case .tooLarge = error(deep) else { Issue.record("deep nesting accepted"); return }
        let big = [UInt8](repeating: 0x20, count: CredentialInspector.maxInputBytes + 1)
        guard case .tooLarge = error(big) else { Issue.record("oversize accepted"); return }
    }

    @Test("empty files, plain text and JSON that is no credential are rejected", arguments: [
        Array("".utf8), Array("hello".utf8), Array("[1,2]".utf8), Array(#"{"name": "x"}"#.utf8),
    ])
    func unrecognised(_ bytes: [UInt8]) {
        #expect(error(bytes) != nil)
    }

    @Test("a credential missing its subject fails the format check as malformed")
    func missingSubject() throws {
        let text = #"{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"], "issuer": "did:example:1"}"#
        let inspection = try inspector.inspect(Data(text.utf8), at: Date())
        #expect(inspection.verification.check(.format)?.code == .malformed)
        #expect(inspection.verification.status == .failed)
    }
}
