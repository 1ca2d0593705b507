/// The fixed member names of a bundle zip.
public enum BundleLayout {
    public static let presentation = "presentation.json"
    public static let manifest = "manifest.json"
    public static let transcript = "transcript.html"
    public static let credentialsFolder = "credentials/"

    /// Whether `path` may appear in a bundle: the three fixed files or one file directly under `credentials/`.
    static func isAllowed(_ path: String) -> Bool {
        if [presentation, manifest, transcript].contains(path) { return true }
        guard path.hasPrefix(credentialsFolder) else { return false }
        let name = path.dropFirst(credentialsFolder.count)
        return !name.isEmpty && !name.contains("/")
    }
}
