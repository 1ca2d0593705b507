import Foundation

/// Expands the paths given to `import`: files as given, directories recursively (sorted, hidden
/// entries skipped), so the order of outcomes is deterministic.
enum InputFiles {
    enum Entry {
        case file(URL)
        case missing(URL, String)
    }

    static func expand(_ urls: [URL]) -> [Entry] {
        urls.flatMap { url -> [Entry] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                return [.missing(url, "no such file or directory")]
            }
            return isDirectory.boolValue ? files(under: url) : [.file(url)]
        }
    }

    private static func files(under directory: URL) -> [Entry] {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [.missing(directory, "cannot list the directory")] }
        var found: [URL] = []
        for case let url as URL in enumerator {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }.map { .file($0) }
    }
}
