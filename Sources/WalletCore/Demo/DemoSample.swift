/// One demo document and how it is imported.
public struct DemoSample: Sendable {
    /// The bytes to import, named `demo/<folder>/<file>`.
    public var document: ImportDocument
    /// Store it even though verification fails: only for the deliberately failing samples (the
    /// expired badge and the tampered credential), so the demo can show those verdicts.
    public var keepInvalid: Bool
    /// For credentials signed at demo-creation time, their `id`: reopening skips a template the
    /// wallet already holds, so a platform whose Ed25519 signatures are randomised (CryptoKit on
    /// Apple systems) cannot add a second copy with different proof bytes.
    public var signedCredentialID: String?
}
