import Foundation
import WalletJSON
@testable import WalletLinkedData

/// Reads test fixtures copied into the test bundle (see Fixtures/SOURCES.md).
enum FixtureLoader {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "fixture \(path) is missing from the test bundle" }
    }

    static var root: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw Missing(path: "Fixtures")
            }
            return url
        }
    }

    static func data(_ path: String) throws -> Data {
        let url = try root.appendingPathComponent(path)
        guard let data = try? Data(contentsOf: url) else { throw Missing(path: path) }
        return data
    }

    static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }

    static func json(_ path: String) throws -> JSONValue {
        try JSONParser().parse(try data(path))
    }

    static func object(_ path: String) throws -> JSONObject {
        guard case .object(let object) = try json(path) else { throw Missing(path: path + " (not an object)") }
        return object
    }

    static func exists(_ path: String) -> Bool {
        guard let url = try? root.appendingPathComponent(path) else { return false }
        return FileManager.default.fileExists(atPath: url.path)
    }
}

/// The JSON-LD error behind a failed hash, or nil if `body` succeeded or failed otherwise.
func jsonLDFailure(_ body: () throws -> Any) -> JSONLDErrorBox? {
    do {
        _ = try body()
        return nil
    } catch let error as RDFCSuiteError {
        if case .jsonLD(let inner) = error { return JSONLDErrorBox(error: inner) }
        return nil
    } catch {
        return nil
    }
}

/// Wrapper so tests can `#require` the error.
struct JSONLDErrorBox {
    let error: JSONLDError
}
