import Foundation
import WalletModel

/// File handling for the preview client: a tiny self-asserted import and a manifest export.
enum PreviewImport {
    static func importFile(_ path: String, into credentials: inout [Credential]) -> ImportFileResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ImportFileResult(file: path, status: .rejected, message: "cannot read the file")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let title = object["title"] as? String
        else {
            return ImportFileResult(file: path, status: .rejected, message: "not a credential cairn recognises")
        }
        if let existing = credentials.first(where: { $0.original == data }) {
            return ImportFileResult(file: path, status: .duplicate, id: existing.id, message: title)
        }
        var bytes = [UInt8](repeating: 0, count: 16)
        for (index, byte) in data.enumerated() { bytes[index % 16] = bytes[index % 16] &* 31 &+ byte }
        bytes[0] = UInt8(truncatingIfNeeded: credentials.count)
        let record = CredentialRecord(title: title, awardingBody: (object["awardingBody"] as? String).map { Organisation(name: $0) })
        let credential = Credential(
            id: CredentialID(bytes: bytes), format: .selfAsserted, record: record,
            verification: .selfAsserted(at: Date(timeIntervalSince1970: 0)), original: data,
            importedAt: Date(timeIntervalSince1970: 0))
        credentials.append(credential)
        return ImportFileResult(file: path, status: .imported, id: credential.id, message: title)
    }

    static func export(_ ids: [CredentialID], options: ExportOptions, directory: String) throws -> String {
        guard !ids.isEmpty else { throw PreviewError.nothingToExport }
        let manifest: [String: Any] = [
            "credentials": ids.map(\.rawValue), "includesOriginals": options.includeOriginals, "includesProgress": options.includeProgress,
            "validDays": options.validDays,
        ]
        let data = try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys])
        let path = (directory as NSString).appendingPathComponent("cairn-share-\(ids.count)-\(ids[0].short).json")
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw PreviewError.cannotWrite(path)
        }
        return path
    }
}
