import Foundation

/// Golden-file comparison for screen snapshots (charmbracelet/x `golden`, without the byte goldens).
///
/// A missing golden is written and reported as a failure, so CI never passes with an unreviewed
/// snapshot; `UPDATE_GOLDEN=1` rewrites every golden the run touches.
public enum Golden {
    /// Compares `actual` with `directory/name.txt`; returns nil on a match, else a readable diff.
    public static func check(_ actual: String, named name: String, directory: String, fileExtension: String = "txt") -> String? {
        let path = (directory as NSString).appendingPathComponent(name + "." + fileExtension)
        let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
        guard !update, let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return update ? nil : "recorded new golden \(path); review it and run again"
        }
        return expected == actual ? nil : diff(expected: expected, actual: actual, path: path)
    }

    /// The first differing lines, numbered, with both versions.
    public static func diff(expected: String, actual: String, path: String) -> String {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        var out = ["golden mismatch: \(path) (UPDATE_GOLDEN=1 to accept)"]
        for index in 0..<max(a.count, b.count) where out.count < 25 {
            let left = index < a.count ? a[index] : "<none>"
            let right = index < b.count ? b[index] : "<none>"
            if left != right { out += ["line \(index + 1):", "- \(left)", "+ \(right)"] }
        }
        return out.joined(separator: "\n")
    }
}
