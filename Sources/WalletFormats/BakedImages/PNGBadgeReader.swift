import Foundation

/// Finds the Open Badges text chunk in a PNG: walks every chunk with length and CRC checks, reads
/// `iTXt` with keyword `openbadges` (2.0) or `openbadgecredential` (3.0), else a `tEXt` `openbadges`.
///
/// Never decompresses image data, so decompression bombs in `IDAT` cost nothing; compressed badge
/// text (non-conforming) is refused rather than inflated.
enum PNGBadgeReader {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let maxChunks = 100_000

    struct Chunk {
        let type: String
        let data: Range<Int>
    }

    static func isPNG(_ bytes: [UInt8]) -> Bool { bytes.starts(with: signature) }

    static func extract(_ bytes: [UInt8]) throws(BakedImageError) -> (text: Data, version: Int)? {
        var found: [(text: Data, version: Int)] = []
        var fallback: [Data] = []
        for chunk in try chunks(bytes) {
            switch chunk.type {
            case "iTXt":
                if let hit = try internationalText(bytes, chunk.data) { found.append(hit) }
            case "tEXt":
                if let text = latinText(bytes, chunk.data) { fallback.append(text) }
            case "zTXt":
                if keyword(bytes, chunk.data).map(isBadgeKeyword) == true { throw .compressedText }
            default:
                continue
            }
        }
        guard found.count <= 1 else { throw .multipleBadges("\(found.count) badge iTXt chunks") }
        if let hit = found.first { return hit }
        guard fallback.count <= 1 else { throw .multipleBadges("\(fallback.count) badge tEXt chunks") }
        return fallback.first.map { ($0, 2) }
    }

    /// Every chunk up to `IEND`, with bounds and CRC checked.
    static func chunks(_ bytes: [UInt8]) throws(BakedImageError) -> [Chunk] {
        var result: [Chunk] = []
        var offset = signature.count
        while true {
            guard offset + 12 <= bytes.count else { throw .truncated("a chunk header is cut off at byte \(offset)") }
            let length = Int(bigEndian(bytes, offset))
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            guard length <= Int(Int32.max), offset + 12 + length <= bytes.count else {
                throw .truncated("the \(type) chunk at byte \(offset) declares \(length) bytes but the file ends first")
            }
            let dataStart = offset + 8
            let stored = bigEndian(bytes, dataStart + length)
            guard CRC32.checksum(bytes, (offset + 4)..<(dataStart + length)) == stored else {
                throw .checksumMismatch(chunk: type, offset: offset)
            }
            result.append(Chunk(type: type, data: dataStart..<(dataStart + length)))
            guard result.count <= maxChunks else { throw .limitExceeded("more than \(maxChunks) PNG chunks") }
            offset = dataStart + length + 4
            if type == "IEND" { return result }
        }
    }

    /// `keyword\0 flag method language\0 translated\0 text`.
    static func internationalText(_ bytes: [UInt8], _ range: Range<Int>) throws(BakedImageError) -> (text: Data, version: Int)? {
        guard let name = keyword(bytes, range), isBadgeKeyword(name) else { return nil }
        var cursor = range.lowerBound + name.utf8.count + 1
        guard cursor + 2 <= range.upperBound else { throw .truncated("the \(name) iTXt chunk has no header") }
        if bytes[cursor] != 0 { throw .compressedText }
        cursor += 2
        for field in ["language tag", "translated keyword"] {
            guard let end = bytes[cursor..<range.upperBound].firstIndex(of: 0) else {
                throw .truncated("the \(name) iTXt chunk has no \(field)")
            }
            cursor = end + 1
        }
        return (Data(bytes[cursor..<range.upperBound]), name == "openbadges" ? 2 : 3)
    }

    static func latinText(_ bytes: [UInt8], _ range: Range<Int>) -> Data? {
        guard let name = keyword(bytes, range), name == "openbadges" else { return nil }
        let start = range.lowerBound + name.utf8.count + 1
        return Data(bytes[start..<range.upperBound])
    }

    static func keyword(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        let limit = min(range.upperBound, range.lowerBound + 80)
        guard let end = bytes[range.lowerBound..<limit].firstIndex(of: 0) else { return nil }
        return String(decoding: bytes[range.lowerBound..<end], as: UTF8.self)
    }

    static func isBadgeKeyword(_ name: String) -> Bool { name == "openbadges" || name == "openbadgecredential" }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        (UInt32(bytes[offset]) << 24) | (UInt32(bytes[offset + 1]) << 16)
            | (UInt32(bytes[offset + 2]) << 8) | UInt32(bytes[offset + 3])
    }
}
