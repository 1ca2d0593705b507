/// One demo document and how it is imported.
public struct DemoSample: Sendable {
    /// The bytes to import, named `demo/<folder>/<file>`.
    public var document: ImportDocument
    /// Store it even though verification fails: only for the deliberately failing samples (the
    /// expired badge and the tampered credential), so the demo can show those verdicts.
    public var keepInvalid: Bool
}
