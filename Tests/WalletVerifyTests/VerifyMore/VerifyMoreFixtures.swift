import Foundation
import Testing
import WalletJSON

/// Loads the fixtures copied for the JOSE / OB 2.0 / baked image / Europass tests.
enum VerifyMoreFixtures {
    static func data(_ path: String) throws -> Data {
        let base = try #require(Bundle.module.resourceURL, "the test bundle has no resources")
        return try Data(contentsOf: base.appendingPathComponent("Fixtures").appendingPathComponent(path))
    }

    static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }

    static func object(_ path: String) throws -> JSONObject {
        try #require(try JSONParser().parse(try data(path)).objectValue)
    }

    /// A fixed instant inside every sample's validity period where one is needed.
    static func date(_ text: String) throws -> Date {
        let formatter = ISO8601DateFormatter()
        return try #require(formatter.date(from: text))
    }
}
