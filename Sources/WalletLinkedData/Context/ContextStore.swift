import Crypto
import Foundation
import WalletJSON

/// The offline context store: URL → pinned file, from the bundled resources plus any user
/// directories. Nothing is ever fetched; an unlisted URL is `JSONLDError.Code.unknownContext`.
///
/// A store directory holds `index.json` — an array of `{"url", "file", "sha256"?, "variant"?}` —
/// and the files it names. Bundled entries always carry a SHA-256 pin; a user entry's pin is
/// checked when present. User entries win over bundled ones for the same URL. Where one URL has
/// several published versions (`variant`), the entry without `variant` is served unless the
/// store is created preferring a variant (e.g. `ob-spec-2024-03` for the older OB 3.0.3 file).
public final class ContextStore: ContextLoader, @unchecked Sendable {
    struct Entry: Sendable {
        let url: String
        let file: URL
        let sha256: String?
        let variant: String?
    }

    private let entries: [String: Entry]
    private let variantsByURL: [String: [String]]
    private let lock = NSLock()
    private var parsed: [String: JSONValue] = [:]

    /// The bundled store with default variants, shared process-wide.
    public static let bundled: ContextStore = (try? ContextStore()) ?? ContextStore(empty: ())

    /// Bundled contexts, then `additionalDirectories` (user stores, later ones win), preferring
    /// entries whose `variant` is in `preferredVariants`.
    public init(additionalDirectories: [URL] = [], preferredVariants: Set<String> = []) throws(JSONLDError) {
        var all: [Entry] = []
        if let bundled = Bundle.module.url(forResource: "contexts", withExtension: nil) {
            all += try Self.readIndex(in: bundled, requirePins: true)
        }
        for directory in additionalDirectories {
            all += try Self.readIndex(in: directory, requirePins: false)
        }
        var chosen: [String: (entry: Entry, rank: Int)] = [:]
        var variants: [String: [String]] = [:]
        for entry in all {
            if let variant = entry.variant { variants[entry.url, default: []].append(variant) }
            let rank = entry.variant.map { preferredVariants.contains($0) ? 2 : 0 } ?? 1
            if rank >= (chosen[entry.url]?.rank ?? 0) { chosen[entry.url] = (entry, rank) }
        }
        entries = chosen.mapValues(\.entry)
        variantsByURL = variants
    }

    private init(empty: Void) {
        entries = [:]
        variantsByURL = [:]
    }

    /// Every context URL the store can serve.
    public var urls: [String] { entries.keys.sorted() }

    /// Alternative published versions available for `url` (pass one to `preferredVariants`).
    public func variants(for url: String) -> [String] { variantsByURL[url] ?? [] }

    public func loadContext(_ url: String) throws(JSONLDError) -> JSONValue {
        let key = entries[url] == nil && url.hasSuffix("#") ? String(url.dropLast()) : url
        lock.lock()
        let cached = parsed[key]
        lock.unlock()
        if let cached { return cached }
        guard let entry = entries[key] else { throw JSONLDError(.unknownContext, url) }
        let document = try Self.load(entry)
        lock.lock()
        parsed[key] = document
        lock.unlock()
        return document
    }

    private static func load(_ entry: Entry) throws(JSONLDError) -> JSONValue {
        guard let data = try? Data(contentsOf: entry.file) else {
            throw JSONLDError(.loadingRemoteContextFailed, "\(entry.url): cannot read \(entry.file.path)")
        }
        if let pin = entry.sha256 {
            let actual = RDFCHashAlgorithm.hex(Array(SHA256.hash(data: data)))
            guard actual == pin.lowercased() else {
                throw JSONLDError(.contextPinMismatch, "\(entry.url): file \(entry.file.lastPathComponent) has "
                    + "SHA-256 \(actual), expected \(pin)")
            }
        }
        do {
            return try JSONParser().parse(data)
        } catch {
            throw JSONLDError(.invalidRemoteContext, "\(entry.url): \(error.description)")
        }
    }

    private static func readIndex(in directory: URL, requirePins: Bool) throws(JSONLDError) -> [Entry] {
        let indexURL = directory.appendingPathComponent("index.json")
        guard let data = try? Data(contentsOf: indexURL), case .array(let items)? = try? JSONParser().parse(data)
        else { throw JSONLDError(.loadingRemoteContextFailed, "cannot read context index \(indexURL.path)") }
        var result: [Entry] = []
        for item in items {
            guard let url = item["url"]?.stringValue, let file = item["file"]?.stringValue,
                !file.contains("..")
            else { throw JSONLDError(.loadingRemoteContextFailed, "bad entry in \(indexURL.path)") }
            let pin = item["sha256"]?.stringValue
            if requirePins, pin == nil { throw JSONLDError(.loadingRemoteContextFailed, "\(url) has no pin") }
            result.append(Entry(url: url, file: directory.appendingPathComponent(file), sha256: pin,
                variant: item["variant"]?.stringValue))
        }
        return result
    }
}
