import Foundation
import ZIPFoundation

/// Writes a zip archive in memory from named members, deflating each.
///
/// Entries get one fixed modification time (the export time) so that the archive reveals
/// nothing beyond what the bundle states.
public struct BundleZipWriter: Sendable {
    public init() {}

    /// The archive bytes for `members`, in the given order.
    public func write(_ members: [ZipMember], modified: Date) throws(BundleError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for member in members {
                try ZipPathValidator.validate(member.path, maxBytes: ZipLimits.bundle.maxPathBytes)
                let data = member.data
                try archive.addEntry(
                    with: member.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: data.startIndex + Int(position)..<data.startIndex + Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw BundleError.corruptArchive("the zip writer produced no data") }
            return bytes
        } catch let error as BundleError {
            throw error
        } catch {
            throw .corruptArchive("could not write the zip archive (\(error))")
        }
    }
}
