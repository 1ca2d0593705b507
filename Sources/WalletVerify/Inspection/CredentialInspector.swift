import Foundation
import WalletFormats
import WalletJSON
import WalletModel

/// The single entry point that turns file bytes into an `Inspection`: detect the format from the
/// content, parse it, map it to the EU standard elements and verify it — all offline.
///
/// `import`, `inspect`, `verify` and `verify-bundle` all go through here so they agree.
public struct CredentialInspector: Sendable {
    /// Largest input accepted, in bytes (10 MB).
    public static let maxInputBytes = 10 * 1024 * 1024

    /// Proof suites by name (`ProofSuiteRegistry.standard`: the JCS and RDFC suites).
    public var registry: ProofSuiteRegistry
    /// The user's issuer key cache (did:web / https keys, trust marks); pure lookup, no I/O here.
    public var issuerLookup: KeyResolver.Lookup
    /// The user's cached status lists, by list credential URL.
    public var statusLookup: StatusChecker.Lookup

    /// An inspector with every built-in suite (JCS and RDFC) and empty caches.
    public init() {
        self.init(registry: .standard)
    }

    public init(
        registry: ProofSuiteRegistry, issuerLookup: @escaping KeyResolver.Lookup = { _ in nil },
        statusLookup: @escaping StatusChecker.Lookup = { _ in nil }
    ) {
        self.registry = registry
        self.issuerLookup = issuerLookup
        self.statusLookup = statusLookup
    }

    /// Reads and verifies one document, evaluating validity at `date`.
    public func inspect(_ bytes: Data, at date: Date) throws(InspectionError) -> Inspection {
        guard bytes.count <= Self.maxInputBytes else {
            throw .tooLarge("\(bytes.count) bytes; the limit is \(Self.maxInputBytes)")
        }
        let buffer = [UInt8](bytes)
        switch try FormatDetector.detect(buffer) {
        case .selfAsserted(let document): return try inspectSelfAsserted(document, bytes: bytes, at: date)
        case .w3cCredential(let credential): return inspectW3C(credential, original: bytes, at: date)
        case .jwt(let token): return try inspectJWT(token, original: bytes, at: date)
        case .openBadges2(let assertion): return try inspectOpenBadges2(assertion, original: bytes, at: date)
        case .bakedPNG: return try inspectBakedPNG(bytes, at: date)
        case .bakedSVG: return try inspectBakedSVG(bytes, at: date)
        case .europass(let document): return try inspectEuropass(document, original: bytes, at: date)
        }
    }

    /// The verifier this inspector's suites and key cache define (also used for status lists).
    public var dataIntegrityVerifier: DataIntegrityVerifier {
        DataIntegrityVerifier(registry: registry, resolver: KeyResolver(lookup: issuerLookup))
    }

    /// A W3C VC (1.1/2.0, OB 3.0, endorsement, CLR 2.0) with embedded Data Integrity proofs.
    public func inspectW3C(_ credential: JSONObject, original: Data, at date: Date) -> Inspection {
        let format = VCFormatDetector.format(of: credential) ?? .vc2
        let record = VCRecordMapper.record(from: credential)
        let report = W3CCredentialVerifier(inspector: self).report(for: credential, at: date)
        return Inspection(format: format, record: record, verification: report, original: original)
    }
}
