import Foundation
import Testing
import WalletJSON

/// Loads test fixtures copied into the bundle (see Fixtures/SOURCES.md).
enum Fixture {
    static func data(_ path: String) throws -> Data {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/" + path)
        return try Data(contentsOf: url)
    }

    static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func object(_ path: String) throws -> JSONObject {
        try #require(try JSONParser().parse(Array(data(path))).objectValue)
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
