import Foundation

/// One input to import: a file to read, bytes already in memory, or a path that could not be found.
public struct ImportDocument: Sendable {
    /// The name shown in outcomes (the path as given, or a label).
    public var name: String
    private var url: URL?
    private var bytes: Data?
    private var failure: String?

    /// A file to read at import time.
    public init(url: URL) {
        self.name = url.path
        self.url = url
    }

    /// Bytes already in memory, shown as `name`.
    public init(name: String, bytes: Data) {
        self.name = name
        self.bytes = bytes
    }

    init(name: String, failure: String) {
        self.name = name
        self.failure = failure
    }

    /// The last path component, kept with the credential for display.
    var displayFileName: String { (name as NSString).lastPathComponent }

    func load() throws(WalletError) -> Data {
        if let failure { throw .unreadable(path: name, detail: failure) }
        if let bytes { return bytes }
        guard let url else { throw .unreadable(path: name, detail: "no content") }
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > 10 * 1024 * 1024 {
                throw WalletError.unreadable(path: name, detail: "larger than 10 MB")
            }
            return try Data(contentsOf: url)
        } catch let error as WalletError {
            throw error
        } catch {
            throw .unreadable(path: name, detail: error.localizedDescription)
        }
    }
}
