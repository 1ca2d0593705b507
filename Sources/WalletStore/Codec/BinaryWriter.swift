import Foundation

/// Appends length-prefixed fields to a byte buffer: the summary's compact, fast plaintext form.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(512)
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func count(_ value: Int) {
        let v = UInt32(truncatingIfNeeded: value)
        bytes.append(contentsOf: [UInt8(v >> 24), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)])
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            count(buffer.count)
            bytes.append(contentsOf: buffer)
        }
    }

    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(bits >> UInt64(shift) & 0xff)) }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        guard let value else { return byte(0) }
        byte(1)
        write(&self, value)
    }

    mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        count(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads what `BinaryWriter` wrote; any inconsistency is `BinaryReader.Malformed`.
struct BinaryReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < bytes.count else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func count() throws(Malformed) -> Int {
        guard bytes.count - offset >= 4 else { throw Malformed() }
        defer { offset += 4 }
        return Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        guard bytes.count - offset >= length else { throw Malformed() }
        defer { offset += length }
        // Validate the bytes in place and copy once: `String(validating:)` over an array slice
        // went through generic metadata lookups that were the top cost of listing 10,000 records.
        guard let text = try? UTF8Span(validating: bytes.span.extracting(offset..<offset + length)) else { throw Malformed() }
        return String(copying: text)
    }

    mutating func double() throws(Malformed) -> Double {
        guard bytes.count - offset >= 8 else { throw Malformed() }
        var bits: UInt64 = 0
        for index in 0..<8 { bits = bits << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func optional<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        switch try byte() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw Malformed()
        }
    }

    mutating func array<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let n = try count()
        guard n <= bytes.count - offset else { throw Malformed() }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    /// A raw-value enum case, or `Malformed` for an unknown value.
    mutating func raw<E: RawRepresentable>(_ type: E.Type) throws(Malformed) -> E where E.RawValue == String {
        guard let value = E(rawValue: try string()) else { throw Malformed() }
        return value
    }
}
