import Foundation
import WalletBundle
import WalletModel

extension Wallet {
    /// The TUI share flow: writes a signed zip bundle of `ids`, valid for `validDays`, into
    /// `directory` as `cairn-bundle-<date>.zip` (`-2`, `-3`… when taken) and returns its path.
    /// Never overwrites a file.
    public func exportBundleFile(
        _ ids: [CredentialID], validDays: Int, stackingProgress: String? = nil, into directory: URL, now: Date = Date()
    ) throws -> String {
        var options = ExportOptions(
            format: .zip, learnerName: try holderDID(), exportedAt: now,
            expires: now.addingTimeInterval(TimeInterval(max(validDays, 1)) * 86_400))
        options.stackingProgress = stackingProgress
        let data = try exportBundle(ids, options: options)
        let stamp = String(BundleDate.format(now).prefix(10))
        for attempt in 1...999 {
            let name = attempt == 1 ? "cairn-bundle-\(stamp).zip" : "cairn-bundle-\(stamp)-\(attempt).zip"
            let path = directory.appendingPathComponent(name).path
            guard !FileManager.default.fileExists(atPath: path) else { continue }
            guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw WalletError.storage("cannot write \(path)")
            }
            return path
        }
        throw WalletError.storage("too many cairn-bundle-\(stamp)*.zip files in \(directory.path)")
    }

    /// Where the share flow writes: `$XDG_DOWNLOAD_DIR` when it is a directory, else the current directory.
    public static func defaultExportDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        var isDirectory: ObjCBool = false
        if let downloads = environment["XDG_DOWNLOAD_DIR"], !downloads.isEmpty,
            FileManager.default.fileExists(atPath: downloads, isDirectory: &isDirectory), isDirectory.boolValue
        {
            return URL(fileURLWithPath: downloads, isDirectory: true)
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }
}
