/// RFC 8785 JSON Canonicalization Scheme: the exact bytes that `eddsa-jcs-2022` and
/// `ecdsa-jcs-2019` hash.
///
/// Written against `JSONValue` (not Foundation) because JCS needs three things Foundation gets
/// wrong: member order by UTF-16 code units, ECMAScript number formatting, and minimal string
/// escapes (no `\/`). Output is UTF-8 bytes; strings are never Unicode-normalised.
public enum JCS {
    /// The canonical UTF-8 bytes of `value`.
    public static func canonicalize(_ value: JSONValue) throws(JCSError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        try write(value, into: &out)
        return out
    }

    /// The canonical form of `value` as a string.
    public static func canonicalString(_ value: JSONValue) throws(JCSError) -> String {
        String(decoding: try canonicalize(value), as: UTF8.self)
    }

    /// Parses I-JSON bytes strictly (duplicate keys rejected) and canonicalises them.
    public static func canonicalize(json bytes: [UInt8]) throws(JCSError) -> [UInt8] {
        let value: JSONValue
        do {
            value = try JSONParser().parse(bytes)
        } catch {
            throw .invalidJSON(error)
        }
        return try canonicalize(value)
    }

    /// Appends the canonical form of `value` to `out`.
    public static func write(_ value: JSONValue, into out: inout [UInt8]) throws(JCSError) {
        switch value {
        case .null: out += [0x6E, 0x75, 0x6C, 0x6C]
        case .bool(let flag): out += flag ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65]
        case .number(let number):
            guard let text = ECMAScriptNumber.string(number.value) else { throw .nonFiniteNumber }
            out += text.utf8
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                try write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object): try writeObject(object, into: &out)
        }
    }

    private static func writeObject(_ object: JSONObject, into out: inout [UInt8]) throws(JCSError) {
        out.append(UInt8(ascii: "{"))
        let members = object.members
        for (position, index) in canonicalOrder(members).enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            writeString(members[index].key, into: &out)
            out.append(UInt8(ascii: ":"))
            try write(members[index].value, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Member offsets in RFC 8785 order (`utf16Precedes`). The keys are copied once into one byte
    /// buffer and the offsets sorted over it, so comparisons touch raw bytes with no String
    /// retain/release; sorting the member tuples themselves was half the cost of JCS.
    static func canonicalOrder(_ members: [(key: String, value: JSONValue)]) -> [Int] {
        guard members.count > 1 else { return Array(members.indices) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(members.count * 16)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(members.count)
        for member in members {
            let start = bytes.count
            bytes.append(contentsOf: member.key.utf8)
            ranges.append(start..<bytes.count)
        }
        var order = Array(members.indices)
        bytes.withUnsafeBufferPointer { buffer in
            order.sort { left, right in
                let l = ranges[left]
                let r = ranges[right]
                for step in 0..<min(l.count, r.count) where buffer[l.lowerBound + step] != buffer[r.lowerBound + step] {
                    let a = buffer[l.lowerBound + step]
                    let b = buffer[r.lowerBound + step]
                    guard a < 0xEE, b < 0xEE else { return members[left].key.utf16.lexicographicallyPrecedes(members[right].key.utf16) }
                    return a < b
                }
                return l.count < r.count
            }
        }
        return order
    }

    /// RFC 8785 § 3.2.3 order: keys compared as arrays of unsigned UTF-16 code units.
    /// (Swift `String <` uses canonical equivalence and scalar order; both are wrong here.)
    /// UTF-8 byte order equals code point order, which equals UTF-16 order except where a
    /// supplementary character meets U+E000–U+FFFF; so bytes decide unless the first difference
    /// involves a lead byte ≥ 0xEE, where the UTF-16 views decide.
    public static func utf16Precedes(_ lhs: String, _ rhs: String) -> Bool {
        var left = lhs
        var right = rhs
        let byteOrder: Bool? = left.withUTF8 { l in
            right.withUTF8 { r in
                for index in 0..<min(l.count, r.count) where l[index] != r[index] {
                    return l[index] >= 0xEE || r[index] >= 0xEE ? nil : l[index] < r[index]
                }
                return l.count < r.count
            }
        }
        return byteOrder ?? lhs.utf16.lexicographicallyPrecedes(rhs.utf16)
    }

    /// A JSON string literal with exactly the escapes RFC 8785 allows; other bytes pass through raw.
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let clean = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            out.append(contentsOf: bytes)
            return true
        } ?? false
        if clean {
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x00..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
