import Foundation
import Testing
import WalletModel

@Suite struct CredentialIDTests {
    @Test("accepts 32 lowercase hex digits and rejects anything else")
    func validation() {
        #expect(CredentialID(rawValue: String(repeating: "a1", count: 16)) != nil)
        #expect(CredentialID(rawValue: String(repeating: "A1", count: 16)) == nil)
        #expect(CredentialID(rawValue: "abc") == nil)
        #expect(CredentialID(rawValue: String(repeating: "g", count: 32)) == nil)
    }

    @Test("round-trips through JSON as a plain string and shortens to 8 digits")
    func codable() throws {
        let id = CredentialID(bytes: Array(0..<16))
        #expect(id.rawValue == "000102030405060708090a0b0c0d0e0f")
        #expect(id.short == "00010203")
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == "[\"000102030405060708090a0b0c0d0e0f\"]")
        #expect(try JSONDecoder().decode([CredentialID].self, from: data) == [id])
    }

    @Test("workload units serialise as their names, unknown ones verbatim")
    func workloadUnit() throws {
        let data = try JSONEncoder().encode([WorkloadUnit.ects, .hours, .other("CATS"), .unspecified])
        #expect(String(decoding: data, as: UTF8.self) == "[\"ECTS\",\"hours\",\"CATS\",\"unspecified\"]")
        #expect(try JSONDecoder().decode([WorkloadUnit].self, from: data) == [.ects, .hours, .other("CATS"), .unspecified])
    }
}
