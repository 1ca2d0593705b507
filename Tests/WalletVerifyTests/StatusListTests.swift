import Foundation
import Testing
import WalletJSON
import WalletModel
@testable import WalletVerify

/// BitstringStatusList checks against a cached, signed list; no list → status-unknown.
@Suite struct StatusListTests {
    @Test("the 1EdTech list decodes (real gzip) with bit 23 set and bit 22 clear")
    func realGzipList() throws {
        let list = try Fixture.object("status/testlist.json")
        let check = StatusListDecoder.check(list: list, index: 23, purpose: "revocation", size: 1, url: "x")
        #expect(check.code == .revoked)
        #expect(StatusListDecoder.check(list: list, index: 22, purpose: "revocation", size: 1, url: "x").result == .pass)
    }

    @Test("a truncated or bomb-sized gzip stream is rejected, not decoded")
    func badGzip() {
        #expect(throws: Inflate.Failure.self) { try Inflate.gunzip([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 0x03]) }
        let zeros = Self.gzipStored([UInt8](repeating: 0, count: 60_000))
        #expect(throws: Inflate.Failure.tooLarge) { try Inflate.gunzip(zeros, limit: 1000) }
    }

    /// A gzip member holding `payload` in stored (uncompressed) deflate blocks; CRC left zero.
    static func gzipStored(_ payload: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        var chunks = stride(from: 0, to: payload.count, by: 65_535).map { Array(payload[$0..<min($0 + 65_535, payload.count)]) }
        if chunks.isEmpty { chunks = [[]] }
        for (index, chunk) in chunks.enumerated() {
            let length = UInt16(chunk.count)
            out += [index == chunks.count - 1 ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += chunk
        }
        return out + [UInt8](repeating: 0, count: 8)
    }

    /// A signed eddsa-jcs-2022 list credential by the test issuer with `revoked` indices set.
    static func signedList(revoked: [Int], purpose: String = "revocation") throws -> JSONObject {
        var bits = [UInt8](repeating: 0, count: 16_384)
        for index in revoked { bits[index / 8] |= 0x80 >> UInt8(index % 8) }
        let list = JSONObject([
            ("@context", .array([.string("https://www.w3.org/ns/credentials/v2")])),
            ("id", .string("https://example.edu/status/1")),
            ("type", .array([.string("VerifiableCredential"), .string("BitstringStatusListCredential")])),
            ("issuer", .string(TestCredentials.did(TestCredentials.issuerKey))),
            ("validFrom", .string("2025-01-01T00:00:00Z")),
            ("credentialSubject", .object(JSONObject([
                ("type", .string("BitstringStatusList")), ("statusPurpose", .string(purpose)),
                ("encodedList", .string("u" + Base64URL.encode(gzipStored(bits)))),
            ]))),
        ])
        return try TestCredentials.sign(list)
    }

    static func credential(index: Int) throws -> JSONObject {
        var credential = TestCredentials.credential()
        credential["credentialStatus"] = .object(JSONObject([
            ("type", .string("BitstringStatusListEntry")), ("statusPurpose", .string("revocation")),
            ("statusListIndex", .string(String(index))), ("statusListCredential", .string("https://example.edu/status/1")),
        ]))
        return try TestCredentials.sign(credential)
    }

    func inspect(index: Int, list: JSONObject?) throws -> VerificationCheck? {
        let inspector = CredentialInspector(registry: .jcs, statusLookup: { $0 == "https://example.edu/status/1" ? list : nil })
        return try inspector.inspect(TestCredentials.bytes(try Self.credential(index: index)), at: TestCredentials.at).verification.check(.status)
    }

    @Test("a set bit in a verified cached list means revoked; a clear bit passes")
    func revokedAndValid() throws {
        let list = try Self.signedList(revoked: [42])
        #expect(try inspect(index: 42, list: list)?.code == .revoked)
        #expect(try inspect(index: 41, list: list)?.result == .pass)
    }

    @Test("without a cached list, or with a tampered one, the status is unknown")
    func unknownStatus() throws {
        #expect(try inspect(index: 42, list: nil)?.code == .statusUnknown)
        var tampered = try Self.signedList(revoked: [42])
        tampered["validFrom"] = .string("2025-01-02T00:00:00Z")
        let check = try inspect(index: 42, list: tampered)
        #expect(check?.result == .unknown)
        #expect(check?.code == .statusUnknown)
    }
}
