import Foundation
import WalletJSON

/// A directory of JSON documents, one per id, read and written whole.
struct JSONFileDirectory {
    let url: URL

    func write(_ value: JSONValue, id: String) throws(CacheError) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let data = Data((JSONWriter(indent: 2).string(value) + "\n").utf8)
            try data.write(to: url.appendingPathComponent(CacheDirectory.fileName(for: id)), options: .atomic)
        } catch {
            throw CacheError("cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    /// Every readable document; unreadable files are skipped (and reported by `problems`).
    func readAll() -> [(file: String, value: JSONValue)] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.sorted().compactMap { file in
            guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(file).path),
                let value = try? JSONParser().parse(Array(data))
            else { return nil }
            return (file, value)
        }
    }

    func remove(id: String) -> Bool {
        let file = url.appendingPathComponent(CacheDirectory.fileName(for: id))
        return (try? FileManager.default.removeItem(at: file)) != nil
    }
}
