import Foundation
import WalletVerify

/// `cairn issuers list` rows, without exposing the verifier's types to the CLI.
public struct IssuerSummary: Sendable, Codable {
    public let id: String
    public let trusted: Bool
    public let keys: [String]
    public let addedAt: Date
    public let source: String
}

extension IssuerCacheStore {
    /// Summaries of every cached issuer.
    public func summaries() -> [IssuerSummary] {
        entries().map { IssuerSummary(id: $0.id, trusted: $0.trusted, keys: $0.assertionKeyIDs, addedAt: $0.addedAt, source: $0.source) }
    }

    /// Parses and stores a DID / controller document file.
    public func addDocument(_ data: Data, source: String, trusted: Bool, at date: Date = Date()) throws(CacheError) -> IssuerSummary {
        let entry = try IssuerEntryBuilder.entry(documentData: data, source: source, trusted: trusted, at: date)
        try add(entry)
        return IssuerSummary(id: entry.id, trusted: trusted, keys: entry.assertionKeyIDs, addedAt: date, source: source)
    }

    /// Parses and stores one key published at `keyURL`.
    public func addKey(url keyURL: String, keyData: Data, source: String, trusted: Bool, at date: Date = Date()) throws(CacheError) -> IssuerSummary {
        let entry = try IssuerEntryBuilder.entry(keyURL: keyURL, keyData: keyData, source: source, trusted: trusted, at: date)
        try add(entry)
        return IssuerSummary(id: entry.id, trusted: trusted, keys: entry.assertionKeyIDs, addedAt: date, source: source)
    }
}
