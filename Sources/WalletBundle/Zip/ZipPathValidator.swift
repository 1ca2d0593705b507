/// Decides whether a zip member name is safe to use as a relative path.
///
/// Why so strict: a bundle is read into memory, never extracted, but member names still reach
/// messages and a future `--extract`; rejecting anything that could escape a directory
/// (zip-slip) or render misleadingly costs nothing for bundles cairn itself writes.
enum ZipPathValidator {
    static func validate(_ path: String, maxBytes: Int) throws(BundleError) {
        let shown = String(path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) }.prefix(80))
        guard !path.isEmpty else { throw .unsafePath("an entry has an empty name") }
        guard path.utf8.count <= maxBytes else { throw .unsafePath("\"\(shown)…\" is longer than \(maxBytes) bytes") }
        guard !path.hasPrefix("/") else { throw .unsafePath("\"\(shown)\" is an absolute path") }
        guard !path.contains("\\") else { throw .unsafePath("\"\(shown)\" contains a backslash") }
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .unsafePath("\"\(shown)\" contains control characters")
        }
        if let first = path.split(separator: "/").first, first.count == 2, first.hasSuffix(":") {
            throw .unsafePath("\"\(shown)\" starts with a drive letter")
        }
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        for component in trimmed.split(separator: "/", omittingEmptySubsequences: false) {
            guard !component.isEmpty, component != ".", component != ".." else {
                throw .unsafePath("\"\(shown)\" has an empty, \".\" or \"..\" component")
            }
        }
    }
}
