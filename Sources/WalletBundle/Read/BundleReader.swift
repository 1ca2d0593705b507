import Foundation
import WalletCrypto
import WalletJSON
import WalletModel

/// Opens and verifies a bundle for `cairn verify-bundle`: an age file is decrypted, a zip is read
/// safely into memory, a bare presentation is parsed; then the holder proof, challenge, domain,
/// expiry, manifest and every credential are checked.
public struct BundleReader: Sendable {
    public var credentialChecker: any BundleCredentialChecker
    public var proofVerifier: (any PresentationProofVerifier)?
    public var limits: ZipLimits

    public init(
        credentialChecker: any BundleCredentialChecker = InspectorCredentialChecker(),
        proofVerifier: (any PresentationProofVerifier)? = nil, limits: ZipLimits = .bundle
    ) {
        self.credentialChecker = credentialChecker
        self.proofVerifier = proofVerifier
        self.limits = limits
    }

    /// Opens and verifies in one step.
    public func verify(_ data: Data, options: BundleReadOptions) throws(BundleError) -> BundleVerification {
        verify(try open(data, identities: options.identities), options: options)
    }

    /// Verifies an opened bundle. Never throws: every problem becomes a failed check.
    public func verify(_ bundle: OpenedBundle, options: BundleReadOptions) -> BundleVerification {
        let proof = HolderProofChecks(presentation: bundle.presentation, options: options, verifier: proofVerifier)
        let checks = proof.all + [ManifestChecks(bundle: bundle).check]
        return BundleVerification(
            holder: proof.holder, container: bundle.container, wasEncrypted: bundle.wasEncrypted, checks: checks,
            credentials: credentialResults(bundle, at: options.at))
    }

    /// Reads the file: decrypts age, then reads a zip or a presentation JSON.
    public func open(_ data: Data, identities: [any AgeIdentity] = []) throws(BundleError) -> OpenedBundle {
        guard data.count <= limits.maxArchiveBytes else {
            throw .limitExceeded("the file is \(data.count) bytes; the limit is \(limits.maxArchiveBytes)")
        }
        guard AgeFile.looksLikeAge(data) else { return try openPlain(data, encrypted: false) }
        guard !identities.isEmpty else {
            throw .encrypted("this bundle is age-encrypted: give the key file (--identity FILE) or the passphrase")
        }
        do {
            return try openPlain(try AgeFile.decrypt(data, identities: identities), encrypted: true)
        } catch let error as BundleError {
            throw error
        } catch {
            throw .encrypted("\(error)")
        }
    }

    private func openPlain(_ data: Data, encrypted: Bool) throws(BundleError) -> OpenedBundle {
        if data.starts(with: [0x50, 0x4B]) { return try openZip(data, encrypted: encrypted) }
        if PresentationItem.looksLikeJSON(data) {
            return OpenedBundle(
                container: .presentation, wasEncrypted: encrypted, presentation: try Self.parsePresentation(data),
                manifest: nil, files: [:])
        }
        throw .wrongFileType("expected a cairn bundle (zip), a presentation (JSON) or an age-encrypted bundle")
    }

    private func openZip(_ data: Data, encrypted: Bool) throws(BundleError) -> OpenedBundle {
        let members = try SafeZipReader(limits: limits).read(data)
        var files: [String: Data] = [:]
        for member in members {
            guard BundleLayout.isAllowed(member.path) else {
                throw .unexpectedLayout("\"\(member.path)\" does not belong in a cairn bundle")
            }
            files[member.path] = member.data
        }
        guard let presentation = files[BundleLayout.presentation], let manifest = files[BundleLayout.manifest] else {
            throw .unexpectedLayout("the bundle lacks presentation.json or manifest.json")
        }
        let manifestValue: JSONValue
        do { manifestValue = try JSONParser().parse(manifest) } catch {
            throw .malformedDocument("manifest.json: \(error)")
        }
        return OpenedBundle(
            container: .zip, wasEncrypted: encrypted, presentation: try Self.parsePresentation(presentation),
            manifest: try BundleManifest(json: manifestValue), files: files)
    }

    static func parsePresentation(_ data: Data) throws(BundleError) -> JSONObject {
        let value: JSONValue
        do { value = try JSONParser().parse(data) } catch { throw .malformedDocument("presentation: \(error)") }
        guard let object = value.objectValue,
            (object["type"]?.asList ?? []).contains(.string("VerifiablePresentation"))
        else { throw .malformedDocument("the JSON is not a VerifiablePresentation") }
        return object
    }
}
