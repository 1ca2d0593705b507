import Foundation
import WalletJSON

/// Builds the demo documents from the bundled resources (see `Resources/demo/SOURCES.md`):
/// OB 3.0 templates signed now with the demo issuers' keys, one of them altered after signing;
/// learner-typed paper certificates; and public samples copied byte for byte.
///
/// Templates are signed in code rather than shipped pre-signed: there is no generator to keep in
/// step, the templates stay readable, and the signatures always come from the same eddsa-jcs-2022
/// code the verifier checks. Ed25519 signing is deterministic, so the bytes (and the wallet's
/// duplicate detection) are the same on every run.
enum DemoCredentials {
    /// The template altered after signing, to show a `failed` verdict.
    static let tamperedTemplate = "11-tampered-web-accessibility.json"
    /// The public sample whose validity ended (stored and marked expired).
    static let expiredSample = "dcc-teamwork-badge-expired.json"

    static func samples() throws -> [DemoSample] {
        let root = try resourceDirectory()
        let templates = try files(in: root.appendingPathComponent("templates")).map { url in
            let signed = try signedTemplate(url)
            return DemoSample(
                document: ImportDocument(name: "demo/templates/\(url.lastPathComponent)", bytes: signed.bytes),
                keepInvalid: url.lastPathComponent == tamperedTemplate, signedCredentialID: signed.id)
        }
        let copied = try ["self-asserted", "samples"].flatMap { folder in
            try files(in: root.appendingPathComponent(folder)).map { url in
                DemoSample(
                    document: ImportDocument(name: "demo/\(folder)/\(url.lastPathComponent)", bytes: try Data(contentsOf: url)),
                    keepInvalid: url.lastPathComponent == expiredSample)
            }
        }
        return templates + copied
    }

    /// The signed credential bytes for one template (tampered after signing if it is the tamper sample).
    static func signedTemplate(_ url: URL) throws -> (bytes: Data, id: String?) {
        guard let template = try JSONParser().parse(Data(contentsOf: url)).objectValue,
            let issuerName = template["issuer"]?["name"]?.stringValue
        else { throw DemoError.template("\(url.lastPathComponent) is not an object with an issuer name") }
        var signed = try DemoIssuer(name: issuerName).sign(template)
        if url.lastPathComponent == tamperedTemplate { signed = try tamper(signed) }
        return (Data(JSONWriter(indent: 2).string(.object(signed)).utf8), signed["id"]?.stringValue)
    }

    /// Raises the signed grade "Pass" to "Distinction": the proof no longer matches.
    static func tamper(_ credential: JSONObject) throws -> JSONObject {
        guard var subject = credential["credentialSubject"]?.objectValue,
            case .object(var result)? = subject["result"]?.arrayValue?.first
        else { throw DemoError.template("\(tamperedTemplate) has no result to alter") }
        result["value"] = .string("Distinction")
        subject["result"] = .array([.object(result)])
        var altered = credential
        altered["credentialSubject"] = .object(subject)
        return altered
    }

    private static func resourceDirectory() throws -> URL {
        guard let directory = Bundle.module.url(forResource: "demo", withExtension: nil) else {
            throw WalletError.storage("the demo credentials are missing from the cairn resources")
        }
        return directory
    }

    /// Credential files of a folder (not SOURCES.md), sorted by name.
    private static func files(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["json", "jsonld", "jwt"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
