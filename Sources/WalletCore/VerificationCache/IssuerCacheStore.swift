import Foundation
import WalletJSON
import WalletVerify

/// The user's issuer key cache: `<data>/issuers/*.json`, one controller document per issuer.
///
/// Filled by `cairn issuers add` (offline: the user fetched the DID document or key themselves);
/// read by the verifier through `lookup`, which keeps `WalletVerify` free of I/O.
public struct IssuerCacheStore: Sendable {
    public let directory: URL

    public init(dataDirectory: URL = CacheDirectory.dataDirectory()) {
        self.directory = dataDirectory.appendingPathComponent("issuers")
    }

    var files: JSONFileDirectory { JSONFileDirectory(url: directory) }

    /// All cached issuers, sorted by id.
    public func entries() -> [IssuerCacheEntry] {
        files.readAll().compactMap { IssuerCacheEntry(json: $0.value) }.sorted { $0.id < $1.id }
    }

    /// Adds or replaces an issuer.
    public func add(_ entry: IssuerCacheEntry) throws(CacheError) {
        try files.write(entry.json, id: entry.id)
    }

    /// Removes an issuer; false when it was not cached.
    public func remove(id: String) -> Bool { files.remove(id: id) }

    /// A snapshot lookup for `KeyResolver` / `CredentialInspector` (by controller id or key URL).
    public func lookup() -> KeyResolver.Lookup {
        var byID: [String: IssuerCacheEntry] = [:]
        for entry in entries() {
            byID[entry.id] = entry
            for key in entry.assertionKeyIDs where byID[key] == nil { byID[key] = entry }
        }
        let snapshot = byID
        return { snapshot[$0] }
    }
}
