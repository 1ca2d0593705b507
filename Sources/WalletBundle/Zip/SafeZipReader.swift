import Foundation
import ZIPFoundation

/// Reads an untrusted zip archive into memory, refusing anything a bundle should not contain.
///
/// Nothing is written to disk. Limits are checked on the declared sizes before inflating and
/// again on the bytes actually produced (a member that inflates past its declared size is cut
/// off), so a zip bomb costs at most `maxMemberBytes` of work per member.
public struct SafeZipReader: Sendable {
    public var limits: ZipLimits

    public init(limits: ZipLimits = .bundle) {
        self.limits = limits
    }

    /// The regular files of the archive, in central-directory order (directory entries skipped).
    public func read(_ archiveData: Data) throws(BundleError) -> [ZipMember] {
        guard archiveData.count <= limits.maxArchiveBytes else {
            throw .limitExceeded("the archive is \(archiveData.count) bytes; the limit is \(limits.maxArchiveBytes)")
        }
        guard archiveData.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .wrongFileType("not a zip archive") }
        let declaredCount = try Self.declaredEntryCount(archiveData)
        guard declaredCount <= limits.maxEntries else {
            throw .limitExceeded("the archive lists \(declaredCount) entries; the limit is \(limits.maxEntries)")
        }
        let archive: Archive
        do {
            archive = try Archive(data: archiveData, accessMode: .read)
        } catch {
            throw .corruptArchive("cannot open the zip directory (\(error))")
        }
        let entries = Array(archive)
        guard entries.count == declaredCount else {
            throw .corruptArchive("the directory lists \(declaredCount) entries but \(entries.count) could be read")
        }
        try checkDeclared(entries)
        var members: [ZipMember] = []
        for entry in entries where entry.type == .file {
            members.append(ZipMember(path: entry.path, data: try extract(entry, from: archive)))
        }
        return members
    }

    /// Validates names, types, duplicates and declared sizes before anything is inflated.
    private func checkDeclared(_ entries: [Entry]) throws(BundleError) {
        var seen = Set<String>()
        var total: UInt64 = 0
        for entry in entries {
            try ZipPathValidator.validate(entry.path, maxBytes: limits.maxPathBytes)
            guard entry.type != .symlink else { throw .unsupportedEntryType("\"\(entry.path)\" is a symbolic link") }
            guard seen.insert(entry.path.lowercased()).inserted else { throw .duplicateEntry(entry.path) }
            let size = entry.uncompressedSize
            guard size <= UInt64(limits.maxMemberBytes) else {
                throw .limitExceeded("\"\(entry.path)\" is \(size) bytes uncompressed; the limit is \(limits.maxMemberBytes)")
            }
            total += size
            guard total <= UInt64(limits.maxTotalBytes) else {
                throw .limitExceeded("the members add up to more than \(limits.maxTotalBytes) bytes")
            }
            let ratio = size / max(entry.compressedSize, 1)
            if size > UInt64(limits.ratioThreshold), ratio > UInt64(limits.maxCompressionRatio) {
                throw .limitExceeded("\"\(entry.path)\" compresses \(ratio):1; the limit is \(limits.maxCompressionRatio):1")
            }
        }
    }

    /// Inflates one member, stopping as soon as it produces more than it declared.
    private func extract(_ entry: Entry, from archive: Archive) throws(BundleError) -> Data {
        let declared = Int(entry.uncompressedSize)
        var data = Data()
        data.reserveCapacity(declared)
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= declared else { throw OverflowMarker() }
                data.append(chunk)
            }
            guard data.count == declared else {
                throw BundleError.corruptArchive("\"\(entry.path)\" is shorter than its declared size (truncated)")
            }
            guard checksum == entry.checksum else {
                throw BundleError.corruptArchive("\"\(entry.path)\" fails its CRC-32 check")
            }
        } catch let error as BundleError {
            throw error
        } catch is OverflowMarker {
            throw .limitExceeded("\"\(entry.path)\" inflates past its declared size \(declared)")
        } catch {
            throw .corruptArchive("\"\(entry.path)\" cannot be read (\(error))")
        }
        return data
    }

    /// The entry count the end-of-central-directory record declares (bounded search from the end).
    static func declaredEntryCount(_ data: Data) throws(BundleError) -> Int {
        let bytes = [UInt8](data.suffix(22 + 65_535))
        guard bytes.count >= 22 else { throw .corruptArchive("the archive is truncated (no end record)") }
        var index = bytes.count - 22
        while index >= 0 {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 {
                let count = Int(bytes[index + 10]) | Int(bytes[index + 11]) << 8
                guard count != 0xFFFF else { throw .limitExceeded("ZIP64 archives are not accepted for bundles") }
                return count
            }
            index -= 1
        }
        throw .corruptArchive("the archive is truncated (no end-of-central-directory record)")
    }
}

/// Thrown inside the extraction closure to stop inflating an over-long member.
private struct OverflowMarker: Error {}
