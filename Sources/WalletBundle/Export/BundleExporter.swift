import Foundation
import WalletCrypto
import WalletJSON
import WalletModel

/// Writes the shareable bundle of `cairn export`: a zip (or a bare presentation), optionally
/// age-encrypted. Pure: it returns bytes; the caller writes them to the chosen output file.
public struct BundleExporter: Sendable {
    public let signer: any PresentationSigner

    public init(signer: any PresentationSigner) {
        self.signer = signer
    }

    /// The file bytes for `credentials` as `options` ask.
    public func export(_ credentials: [Credential], options: ExportOptions) throws(BundleError) -> Data {
        let plain: Data
        switch options.format {
        case .zip:
            let bundle = try build(credentials, options: options)
            plain = try BundleZipWriter().write(bundle.members, modified: options.exportedAt)
        case .vp:
            plain = try presentationOnly(credentials, options: options)
        }
        guard let encryption = options.encryption else { return plain }
        return try encrypt(plain, encryption, armor: options.armor)
    }

    /// Builds the zip members: originals, transcript, signed presentation, manifest.
    public func build(_ credentials: [Credential], options: ExportOptions) throws(BundleError) -> ExportedBundle {
        try checkUniqueIDs(credentials)
        let items = try credentials.map { (credential) throws(BundleError) in try PresentationItem(credential) }
        var (files, mediaTypes) = Self.originalFiles(items)
        let transcript = TranscriptRenderer().render(TranscriptInput(
            learnerName: options.learnerName, exportedAt: options.exportedAt, credentials: credentials,
            stackingProgress: options.stackingProgress, holder: signer.holder))
        files.append(ZipMember(path: BundleLayout.transcript, data: Data(transcript.utf8)))
        mediaTypes[BundleLayout.transcript] = "text/html; charset=utf-8"
        let presentation = try sign(items: items, files: files, mediaTypes: mediaTypes, options: options)
        let presentationFile = ZipMember(path: BundleLayout.presentation, data: Self.serialise(presentation))
        mediaTypes[BundleLayout.presentation] = "application/vp+json"
        let manifest = Self.manifest(
            files: [presentationFile] + files, mediaTypes: mediaTypes, items: items, holder: signer.holder,
            created: options.exportedAt)
        let manifestFile = ZipMember(path: BundleLayout.manifest, data: Self.serialise(manifest.json))
        return ExportedBundle(
            presentation: presentation, manifest: manifest, members: [manifestFile, presentationFile] + files)
    }

    /// The originals (and baked images) under `credentials/`, with their media types.
    private static func originalFiles(_ items: [PresentationItem]) -> ([ZipMember], [String: String]) {
        var mediaTypes: [String: String] = [:]
        var files: [ZipMember] = []
        for item in items {
            files.append(ZipMember(path: item.file, data: item.credential.original))
            mediaTypes[item.file] = item.mediaType
            if let image = item.credential.bakedImage {
                let isPNG = image.starts(with: [0x89, 0x50, 0x4E, 0x47])
                let path = "credentials/\(item.credential.id.rawValue).baked.\(isPNG ? "png" : "svg")"
                files.append(ZipMember(path: path, data: image))
                mediaTypes[path] = isPNG ? "image/png" : "image/svg+xml"
            }
        }
        return (files, mediaTypes)
    }

    private func presentationOnly(_ credentials: [Credential], options: ExportOptions) throws(BundleError) -> Data {
        try checkUniqueIDs(credentials)
        let items = try credentials.map { (credential) throws(BundleError) in try PresentationItem(credential) }
        if let attachment = items.first(where: { $0.placement == .attachment }) {
            throw .credentialNotExportable(
                "\(attachment.credential.format.label) credential \(attachment.credential.id.short) has no standard "
                    + "presentation envelope; export it with --format zip")
        }
        return Self.serialise(try sign(items: items, files: [], mediaTypes: [:], options: options))
    }

    private func sign(
        items: [PresentationItem], files: [ZipMember], mediaTypes: [String: String], options: ExportOptions
    ) throws(BundleError) -> JSONObject {
        let builder = PresentationBuilder(holder: signer.holder, id: "urn:uuid:" + UUID().uuidString.lowercased())
        let unsigned = builder.build(items: items, files: files, mediaTypes: mediaTypes)
        do {
            return try signer.sign(
                presentation: unsigned, challenge: options.challenge, domain: options.domain, expires: options.expires)
        } catch {
            throw .signingFailed("\(error)")
        }
    }

    private func checkUniqueIDs(_ credentials: [Credential]) throws(BundleError) {
        guard !credentials.isEmpty else { throw .credentialNotExportable("no credentials were selected") }
        var seen = Set<CredentialID>()
        for credential in credentials where !seen.insert(credential.id).inserted {
            throw .credentialNotExportable("credential \(credential.id.short) was selected twice")
        }
    }

    private func encrypt(_ data: Data, _ encryption: ExportOptions.Encryption, armor: Bool) throws(BundleError) -> Data {
        do {
            let recipients: [any AgeRecipient]
            switch encryption {
            case .recipients(let strings):
                recipients = try strings.map { (text) throws(AgeError) in try AgeX25519Recipient(string: text) }
            case .passphrase(let passphrase, let workFactor):
                recipients = [try AgeScryptRecipient(passphrase: passphrase, workFactor: workFactor)]
            }
            return try AgeFile.encrypt(data, to: recipients, armor: armor)
        } catch {
            throw .encrypted("could not encrypt the bundle: \(error)")
        }
    }

    static func serialise(_ object: JSONObject) -> Data { serialise(.object(object)) }

    static func serialise(_ value: JSONValue) -> Data { Data((JSONWriter(indent: 2).string(value) + "\n").utf8) }

    private static func manifest(
        files: [ZipMember], mediaTypes: [String: String], items: [PresentationItem], holder: String, created: Date
    ) -> BundleManifest {
        let entries = files.map { file in
            BundleManifest.File(
                path: file.path, sha256: FileDigest.sha256Hex(file.data), size: file.data.count,
                mediaType: mediaTypes[file.path] ?? "application/octet-stream")
        }
        let credentials = items.map { item in
            BundleManifest.Item(
                id: item.credential.id.rawValue, format: item.credential.format, title: item.credential.record.title,
                file: item.file, placement: item.placement)
        }
        return BundleManifest(created: created, holder: holder, files: entries, credentials: credentials)
    }
}
