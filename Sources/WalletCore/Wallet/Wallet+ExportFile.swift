import Foundation
import WalletBundle
import WalletModel

extension Wallet {
    /// The TUI share flow: writes a signed bundle of `ids`, valid for `validDays`, into `directory`
    /// as `cairn-bundle-<date>.zip` (`.json` for a bare presentation; `-2`, `-3`… when taken) and
    /// returns its path. Never overwrites a file.
    ///
    /// - Parameters:
    ///   - presentationOnly: write only the signed presentation (no originals, no transcript);
    ///     refused, naming the credential, when one has no standard presentation envelope.
    ///   - stackingProgress: text for the transcript's progress section (zip bundles only).
    public func exportBundleFile(
        _ ids: [CredentialID], validDays: Int, presentationOnly: Bool = false, stackingProgress: String? = nil,
        into directory: URL, now: Date = Date()
    ) throws -> String {
        if presentationOnly, let misfit = try ids.lazy.map({ try self.credential($0) }).first(where: {
            CredentialPlacement(format: $0.format) == .attachment
        }) {
            throw WalletError.storage(
                "\(misfit.record.title ?? misfit.id.short) (\(misfit.format.label)) has no standard presentation "
                    + "envelope, so it can only be shared with its original document: include the originals")
        }
        var options = ExportOptions(
            format: presentationOnly ? .vp : .zip, learnerName: "", exportedAt: now,
            expires: now.addingTimeInterval(TimeInterval(max(validDays, 1)) * 86_400))
        options.stackingProgress = stackingProgress
        let data = try exportBundle(ids, options: options)
        let stamp = String(BundleDate.format(now).prefix(10))
        let suffix = presentationOnly ? "json" : "zip"
        for attempt in 1...999 {
            let name = attempt == 1 ? "cairn-bundle-\(stamp).\(suffix)" : "cairn-bundle-\(stamp)-\(attempt).\(suffix)"
            let path = directory.appendingPathComponent(name).path
            if try NewFile.write(data, to: path) { return path }
        }
        throw WalletError.storage("too many cairn-bundle-\(stamp)*.\(suffix) files in \(directory.path)")
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
