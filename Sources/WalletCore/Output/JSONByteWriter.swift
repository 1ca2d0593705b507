import Foundation

/// Streams JSON straight into bytes, in the same layout as `JSONWriter(indent: 2)`.
///
/// Why: `list --json` writes ~10 MB for 10,000 credentials; building `JSONValue` trees and
/// appending scalar by scalar to a `String` cost ~0.25 ms per credential, over the 150 ms budget.
///
/// The output goes to a `ByteBuffer` the writer owns (pass the writer `inout`; do not copy it).
struct JSONByteWriter {
    let bytes: ByteBuffer
    /// One entry per open container: whether it has no member yet.
    private var empty: [Bool] = []
    /// Reused for dates and integers, which are produced back to front or through `[UInt8]`.
    private var scratch: [UInt8] = []

    init(capacity: Int) {
        bytes = ByteBuffer(capacity: capacity)
        scratch.reserveCapacity(32)
    }

    /// A writer for a run of elements inside an already-open top-level array, whose output is
    /// spliced after `[` (and after earlier runs when `insideArrayAfterFirst`).
    init(capacity: Int, insideArrayAfterFirst: Bool) {
        self.init(capacity: capacity)
        empty = [!insideArrayAfterFirst]
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member; follow with exactly one value.
    ///
    /// Member names are literals of plain ASCII letters (no escapes needed), so their bytes are
    /// copied straight in; escaping-checking them cost a tenth of `list --json`.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Starts an array element; follow with exactly one value.
    mutating func element() { separate() }

    mutating func string(_ text: String?) {
        guard let text else { return null() }
        quoted(text)
    }

    mutating func number(_ value: Double?) {
        guard let value else { return null() }
        if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int64(value))
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    /// An ISO 8601 UTC date string, or null.
    mutating func date(_ value: Date?) {
        guard let value else { return null() }
        scratch.removeAll(keepingCapacity: true)
        ISODate.append(value, to: &scratch)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: scratch)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Decimal digits without an intermediate String (same text as `String(Int64)`): written
    /// least significant first, then reversed in place.
    private mutating func appendInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        scratch.removeAll(keepingCapacity: true)
        repeat {
            scratch.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        scratch.reverse()
        bytes.append(contentsOf: scratch)
    }

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        empty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        if empty.popLast() == false { newline(level: empty.count) }
        bytes.append(bracket)
    }

    private mutating func separate() {
        if empty.last == false { bytes.append(UInt8(ascii: ",")) }
        if !empty.isEmpty { empty[empty.count - 1] = false }
        newline(level: empty.count)
    }

    /// A newline and 2 spaces per level, copied from one prepared run (appending a
    /// `repeatElement` sequence byte by byte was the top cost of `list --json`).
    private mutating func newline(level: Int) {
        let length = 1 + 2 * level
        if length <= Self.indentation.count {
            bytes.append(contentsOf: Self.indentation[0..<length])
        } else {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
        }
    }

    private static let indentation: [UInt8] = [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// A JSON string literal with the minimal escapes of RFC 8785 (as `JSONWriter`).
    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let plain = text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard !buffer.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            bytes.append(contentsOf: buffer)
            return true
        }
        if plain == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xf)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
