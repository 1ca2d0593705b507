import ArgumentParser
import Foundation
import WalletCore
import WalletStacking

/// What `stack` and `pathways` share: loading the catalogue with clear errors, and the JSON output.
enum PathwayCommandSupport {
    /// The full catalogue; a broken pathway file is a usage error (exit 2) naming the file and key.
    static func catalogue(extraDirectories: [String]) throws -> PathwayCatalogue {
        do {
            return try PathwayLibrary.catalogue(extraDirectories: extraDirectories.map { URL(fileURLWithPath: $0) })
        } catch {
            Console.error("cairn: \(error)")
            throw ExitCode(2)
        }
    }

    /// The full id of the pathway `query` names (the id or a unique `:`-segment suffix of it); an
    /// unknown or ambiguous one is a usage error (exit 2) listing the candidates.
    static func resolve(_ query: String, in catalogue: PathwayCatalogue) throws -> String {
        do {
            return try catalogue.resolve(query).id
        } catch {
            throw Console.usage("\(error)")
        }
    }

    /// The `stack --json` document: an array, one object per pathway, keys as the README documents.
    static func json(_ results: [PathwayResult]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(results), as: UTF8.self) + "\n"
    }
}
