/// A small RFC 1951 (DEFLATE) / RFC 1952 (gzip) decoder for status-list bitstrings.
///
/// Why our own: Foundation on Linux has no zlib API and WalletVerify may not import ZIPFoundation.
/// Output is capped (`limit`) so a decompression bomb fails fast instead of exhausting memory.
public enum Inflate {
    public enum Failure: Error, Equatable { case malformed, tooLarge }

    /// Decompresses a gzip member (header, deflate body; the CRC is not checked — the list's proof covers it).
    public static func gunzip(_ data: [UInt8], limit: Int = 16 << 20) throws(Failure) -> [UInt8] {
        guard data.count >= 18, data[0] == 0x1F, data[1] == 0x8B, data[2] == 8 else { throw .malformed }
        let flags = data[3]
        var position = 10
        if flags & 4 != 0 {
            guard position + 2 <= data.count else { throw .malformed }
            position += 2 + (Int(data[position]) | (Int(data[position + 1]) << 8))
        }
        for bit in [UInt8(8), 16] where flags & bit != 0 {
            while position < data.count, data[position] != 0 { position += 1 }
            position += 1
        }
        if flags & 2 != 0 { position += 2 }
        guard position < data.count else { throw .malformed }
        return try inflate(Array(data[position...]), limit: limit)
    }

    /// Decompresses a raw DEFLATE stream.
    public static func inflate(_ data: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var reader = BitReader(data: data)
        var out: [UInt8] = []
        var final = false
        while !final {
            final = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try stored(&reader, &out, limit)
            case 1: try block(&reader, &out, limit, Huffman.fixedLiteral, Huffman.fixedDistance)
            case 2:
                let (literal, distance) = try Huffman.dynamicTables(&reader)
                try block(&reader, &out, limit, literal, distance)
            default: throw .malformed
            }
        }
        return out
    }

    static func stored(_ reader: inout BitReader, _ out: inout [UInt8], _ limit: Int) throws(Failure) {
        reader.alignToByte()
        let length = try reader.bits(16)
        guard try reader.bits(16) == (~length & 0xFFFF) else { throw .malformed }
        guard out.count + length <= limit else { throw .tooLarge }
        for _ in 0..<length { out.append(UInt8(try reader.bits(8))) }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    static func block(_ reader: inout BitReader, _ out: inout [UInt8], _ limit: Int, _ literal: Huffman, _ distance: Huffman) throws(Failure) {
        while true {
            let symbol = try literal.decode(&reader)
            if symbol < 256 {
                guard out.count < limit else { throw .tooLarge }
                out.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < lengthBase.count else { throw .malformed }
                let length = lengthBase[index] + (try reader.bits(lengthExtra[index]))
                let code = try distance.decode(&reader)
                guard code < distanceBase.count else { throw .malformed }
                let back = distanceBase[code] + (try reader.bits(distanceExtra[code]))
                guard back <= out.count else { throw .malformed }
                guard out.count + length <= limit else { throw .tooLarge }
                let start = out.count - back
                for offset in 0..<length { out.append(out[start + offset]) }
            }
        }
    }
}

/// Reads DEFLATE's least-significant-bit-first bit stream.
struct BitReader {
    let data: [UInt8]
    var position = 0
    var bitBuffer = 0
    var bitCount = 0

    init(data: [UInt8]) { self.data = data }

    mutating func bits(_ count: Int) throws(Inflate.Failure) -> Int {
        while bitCount < count {
            guard position < data.count else { throw .malformed }
            bitBuffer |= Int(data[position]) << bitCount
            position += 1
            bitCount += 8
        }
        let value = bitBuffer & ((1 << count) - 1)
        bitBuffer >>= count
        bitCount -= count
        return value
    }

    mutating func alignToByte() {
        bitBuffer = 0
        bitCount = 0
    }
}
