import Foundation

/// Filesystem helpers for the import screen: tab completion and directory expansion.
public enum PathCompletion {
    /// Entries of the typed path's directory that start with its last component, sorted;
    /// directories end in `/`. `~` is expanded. Hidden entries are offered only after a typed dot.
    @Sendable public static func complete(_ typed: String) -> [String] {
        let expanded = (typed as NSString).expandingTildeInPath
        let directory: String
        let prefix: String
        if typed.isEmpty || typed.hasSuffix("/") {
            directory = typed.isEmpty ? "." : expanded
            prefix = ""
        } else {
            directory = (expanded as NSString).deletingLastPathComponent.isEmpty
                ? "." : (expanded as NSString).deletingLastPathComponent
            prefix = (expanded as NSString).lastPathComponent
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let base = typed.isEmpty ? "" : (typed.hasSuffix("/") ? typed : String(typed.dropLast(prefix.count)))
        return names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .sorted()
            .map { name in
                var isDirectory: ObjCBool = false
                let full = (directory as NSString).appendingPathComponent(name)
                _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
                return base + name + (isDirectory.boolValue ? "/" : "")
            }
    }

    /// The longest common prefix of completions (what tab inserts when several match).
    public static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    /// Files to import: each file as given, each directory's regular files (recursively, sorted).
    @Sendable public static func importCandidates(_ paths: [String]) -> [String] {
        paths.flatMap { typed -> [String] in
            let path = (typed as NSString).expandingTildeInPath
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [path] }
            guard isDirectory.boolValue else { return [path] }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var files: [String] = []
            while let name = enumerator?.nextObject() as? String {
                let full = (path as NSString).appendingPathComponent(name)
                var dir: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue,
                    !(name as NSString).lastPathComponent.hasPrefix(".")
                {
                    files.append(full)
                }
            }
            return files.sorted()
        }
    }
}
