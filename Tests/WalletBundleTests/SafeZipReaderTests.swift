import Foundation
import Testing
import ZIPFoundation
@testable import WalletBundle

@Suite struct SafeZipReaderTests {
    /// Builds a zip with ZIPFoundation directly, allowing names and types cairn never writes.
    func zip(_ entries: [(String, Data, Entry.EntryType)], compress: Bool = true) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data, type) in entries {
            try archive.addEntry(
                with: path, type: type, uncompressedSize: Int64(data.count),
                compressionMethod: compress && type == .file ? .deflate : .none
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return try #require(archive.data)
    }

    func file(_ path: String, _ text: String = "x") -> (String, Data, Entry.EntryType) { (path, Data(text.utf8), .file) }

    /// The kind of error `read` throws, as a name, so tests check the reason and not only a failure.
    func failure(_ data: Data, limits: ZipLimits = .bundle) -> String {
        do {
            _ = try SafeZipReader(limits: limits).read(data)
            return "no error"
        } catch {
            return Mirror(reflecting: error).children.first?.label ?? "\(error)"
        }
    }

    @Test("reads members written by the bundle writer")
    func roundTrip() throws {
        let members = [ZipMember(path: "a.json", data: Data("{}".utf8)), ZipMember(path: "credentials/b.jwt", data: Data(repeating: 7, count: 100_000))]
        let data = try BundleZipWriter().write(members, modified: Date(timeIntervalSince1970: 0))
        #expect(try SafeZipReader().read(data) == members)
    }

    @Test("rejects unsafe member names", arguments: ["../evil.json", "credentials/../../x", "/etc/passwd", "a\\b.json", "C:/x", "a//b", "./a", "a\u{1}b"])
    func unsafeNames(name: String) throws {
        #expect(failure(try zip([file(name)])) == "unsafePath")
    }

    @Test("rejects symbolic links")
    func symlinks() throws {
        let data = try zip([("link", Data("/etc/passwd".utf8), .symlink)])
        #expect(throws: BundleError.unsupportedEntryType("\"link\" is a symbolic link")) { try SafeZipReader().read(data) }
    }

    @Test("rejects duplicate entries, also when only the case differs")
    func duplicates() throws {
        #expect(throws: BundleError.duplicateEntry("a.json")) { try SafeZipReader().read(try zip([file("a.json"), file("a.json")])) }
        #expect(failure(try zip([file("A.json"), file("a.json")])) == "duplicateEntry")
    }

    @Test("rejects a zip bomb by compression ratio before inflating it")
    func bomb() throws {
        let data = try zip([("bomb.bin", Data(count: 8 << 20), .file)])
        #expect(data.count < 100_000)
        #expect(failure(data) == "limitExceeded")
    }

    @Test("enforces member, total and entry-count limits")
    func limits() throws {
        let big = try zip([("big", Data(repeating: 1, count: 5_000), .file)])
        #expect(failure(big, limits: ZipLimits(maxMemberBytes: 4_000)) == "limitExceeded")
        let two = try zip([("a", Data(repeating: 1, count: 3_000), .file), ("b", Data(repeating: 2, count: 3_000), .file)])
        #expect(failure(two, limits: ZipLimits(maxTotalBytes: 5_000)) == "limitExceeded")
        let many = try zip((0..<20).map { file("f\($0)") })
        #expect(failure(many, limits: ZipLimits(maxEntries: 10)) == "limitExceeded")
        #expect(failure(many, limits: ZipLimits(maxArchiveBytes: 100)) == "limitExceeded")
        #expect(failure(many) == "no error")
    }

    @Test("stops inflating a member that produces more than its declared size")
    func lyingSize() throws {
        var data = try zip([("a.txt", Data(repeating: 0x41, count: 10_000), .file)])
        let bytes = [UInt8](data)
        let central = try #require((0..<bytes.count - 4).first { bytes[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) })
        data.replaceSubrange(central + 24..<central + 28, with: [100, 0, 0, 0])  // declared uncompressed size: 100
        let local = 22
        data.replaceSubrange(local..<local + 4, with: [100, 0, 0, 0])
        #expect(failure(data) == "limitExceeded")
    }

    @Test("rejects truncated and damaged archives")
    func truncated() throws {
        let data = try zip([file("a.json", String(repeating: "abc", count: 1000)), file("b.json")])
        for cut in [10, 30, data.count / 2] {
            #expect(failure(data.prefix(data.count - cut)) == "corruptArchive")
        }
        var flipped = data
        flipped[40] ^= 0xFF
        #expect(failure(flipped) == "corruptArchive")
    }

    @Test("rejects data that is not a zip")
    func notZip() {
        #expect(throws: BundleError.wrongFileType("not a zip archive")) { try SafeZipReader().read(Data("hello".utf8)) }
    }
}
