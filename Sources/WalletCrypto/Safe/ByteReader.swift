/// Reads big-endian integers and fixed-size fields from a byte array, failing cleanly on truncation.
public struct ByteReader {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// True when every byte has been read.
    public var isAtEnd: Bool { offset == bytes.count }

    /// The next `count` bytes.
    public mutating func read(_ count: Int) throws(CryptoError) -> [UInt8] {
        guard count >= 0, bytes.count - offset >= count else { throw .malformed("truncated") }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// The next byte.
    public mutating func readUInt8() throws(CryptoError) -> UInt8 {
        try read(1)[0]
    }

    /// The next two bytes as a big-endian integer.
    public mutating func readUInt16() throws(CryptoError) -> UInt16 {
        let raw = try read(2)
        return UInt16(raw[0]) << 8 | UInt16(raw[1])
    }

    /// The next four bytes as a big-endian integer.
    public mutating func readUInt32() throws(CryptoError) -> UInt32 {
        let raw = try read(4)
        return raw.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }
}

extension Array where Element == UInt8 {
    /// Appends a big-endian 16-bit integer.
    public mutating func appendUInt16(_ value: UInt16) {
        append(contentsOf: [UInt8(value >> 8), UInt8(value & 0xff)])
    }

    /// Appends a big-endian 32-bit integer.
    public mutating func appendUInt32(_ value: UInt32) {
        append(contentsOf: (0..<4).reversed().map { UInt8((value >> (8 * UInt32($0))) & 0xff) })
    }
}
