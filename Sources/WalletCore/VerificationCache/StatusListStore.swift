import Foundation
import WalletJSON
import WalletVerify

/// The user's cached status lists: `<data>/status/*.json`, each a signed BitstringStatusListCredential
/// or StatusList2021Credential as downloaded, keyed by its `id` (the URL credentials point to).
/// Lists are verified when used, not when added, so a list whose issuer key is added later still counts.
public struct StatusListStore: Sendable {
    public let directory: URL

    public init(dataDirectory: URL = CacheDirectory.dataDirectory()) {
        self.directory = dataDirectory.appendingPathComponent("status")
    }

    var files: JSONFileDirectory { JSONFileDirectory(url: directory) }

    /// Stores a list credential given as file bytes; returns its id.
    @discardableResult
    public func add(listData: Data) throws(CacheError) -> String {
        guard let value = try? JSONParser().parse(Array(listData)), let list = value.objectValue else {
            throw CacheError("the file is not a JSON status list credential")
        }
        let types = (list["type"]?.asList ?? []).compactMap(\.stringValue)
        guard types.contains("BitstringStatusListCredential") || types.contains("StatusList2021Credential") else {
            throw CacheError("not a BitstringStatusListCredential or StatusList2021Credential (type is \(types))")
        }
        guard let id = list["id"]?.stringValue else { throw CacheError("the status list credential has no id (its URL)") }
        guard list["credentialSubject"]?["encodedList"]?.stringValue != nil else { throw CacheError("the status list has no encodedList") }
        try files.write(value, id: id)
        return id
    }

    /// The ids (URLs) of the cached lists.
    public func ids() -> [String] { lists().keys.sorted() }

    public func remove(id: String) -> Bool { files.remove(id: id) }

    func lists() -> [String: JSONObject] {
        var byID: [String: JSONObject] = [:]
        for (_, value) in files.readAll() {
            if let list = value.objectValue, let id = list["id"]?.stringValue { byID[id] = list }
        }
        return byID
    }

    /// A snapshot lookup for `StatusChecker` / `CredentialInspector`.
    public func lookup() -> StatusChecker.Lookup {
        let snapshot = lists()
        return { snapshot[$0] }
    }
}
