import Foundation

/// Where the offline verification caches live: `$XDG_DATA_HOME/cairn/{issuers,status}`
/// (default `~/.local/share/cairn`). Plain JSON files: public keys and status lists are public data.
public enum CacheDirectory {
    /// The cairn data directory from the environment.
    public static func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("cairn")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/cairn")
    }

    /// A file name for an id (a DID or URL): readable prefix + FNV-1a hash, so distinct ids never collide
    /// in practice and no id can escape the directory.
    static func fileName(for id: String) -> String {
        let readable = String(id.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII ? Character(scalar) : "_"
        }.prefix(80))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0100_0000_01b3
        }
        return readable + "-" + String(hash, radix: 16) + ".json"
    }
}

/// A cache file could not be read or written; the message names the file and what to do.
public struct CacheError: Error, CustomStringConvertible, Equatable {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
