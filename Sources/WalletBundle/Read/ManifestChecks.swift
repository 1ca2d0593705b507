import Foundation
import WalletJSON

/// Checks that the files of a zip bundle are exactly the ones the manifest lists, with the listed
/// hashes, that the holder-signed `relatedResource` digests agree, and that every credential
/// embedded in the presentation is the original under `credentials/`.
struct ManifestChecks {
    var bundle: OpenedBundle

    var check: BundleCheck {
        guard bundle.container == .zip, let manifest = bundle.manifest else {
            return BundleCheck(check: .manifest, result: .skipped, message: "A bare presentation has no manifest.")
        }
        let problems = fileProblems(manifest) + signedDigestProblems(manifest) + embeddingProblems(manifest)
        guard problems.isEmpty else {
            let shown = problems.prefix(5).joined(separator: "; ")
            let more = problems.count > 5 ? " (and \(problems.count - 5) more)" : ""
            return BundleCheck(check: .manifest, result: .fail, code: .manifestMismatch, message: shown + more + ".")
        }
        return BundleCheck(
            check: .manifest, result: .pass,
            message: "All \(manifest.files.count) files match the manifest and the holder-signed digests.")
    }

    private func fileProblems(_ manifest: BundleManifest) -> [String] {
        var problems: [String] = []
        for file in manifest.files {
            guard let data = bundle.files[file.path] else {
                problems.append("\(file.path) is listed but missing")
                continue
            }
            if FileDigest.sha256Hex(data) != file.sha256 || data.count != file.size {
                problems.append("\(file.path) does not match its SHA-256 in the manifest (edited?)")
            }
        }
        let listed = Set(manifest.files.map(\.path))
        for path in bundle.files.keys.sorted() where path != BundleLayout.manifest && !listed.contains(path) {
            problems.append("\(path) is not listed in the manifest")
        }
        for item in manifest.credentials where !listed.contains(item.file) {
            problems.append("credential file \(item.file) is not listed")
        }
        return problems
    }

    /// The presentation's `relatedResource` digests are signed by the holder: a manifest rewritten
    /// to match an edited file still disagrees with them.
    private func signedDigestProblems(_ manifest: BundleManifest) -> [String] {
        var signed: [String: String] = [:]
        for resource in bundle.presentation["relatedResource"]?.asList ?? [] {
            guard let id = resource["id"]?.stringValue, id.hasPrefix(PresentationBuilder.resourcePrefix) else { continue }
            signed[String(id.dropFirst(PresentationBuilder.resourcePrefix.count))] = resource["digestSRI"]?.stringValue
        }
        var problems: [String] = []
        for file in manifest.files where file.path != BundleLayout.presentation {
            guard let digest = signed[file.path] else {
                problems.append("\(file.path) is not covered by the holder's signature")
                continue
            }
            if let data = bundle.files[file.path], FileDigest.sha256SRI(data) != digest {
                problems.append("\(file.path) differs from the digest the holder signed")
            }
        }
        return problems
    }

    /// Embedded and enveloped credentials must be the originals, in manifest order.
    private func embeddingProblems(_ manifest: BundleManifest) -> [String] {
        let elements = bundle.presentation["verifiableCredential"]?.asList ?? []
        let carried = manifest.credentials.filter { $0.placement != .attachment }
        guard elements.count == carried.count else {
            return ["the presentation carries \(elements.count) credentials but the manifest lists \(carried.count)"]
        }
        var problems: [String] = []
        for (item, element) in zip(carried, elements) {
            guard let original = bundle.files[item.file] else { continue }
            if !Self.element(element, matches: original, placement: item.placement) {
                problems.append("the presentation's copy of \(item.file) differs from the original")
            }
        }
        return problems
    }

    static func element(_ element: JSONValue, matches original: Data, placement: CredentialPlacement) -> Bool {
        switch placement {
        case .embedded:
            return (try? JSONParser().parse(original)) == element
        case .enveloped:
            let jws = String(decoding: original, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return element["id"]?.stringValue == "data:application/vc+jwt," + jws
        case .attachment:
            return false
        }
    }
}
