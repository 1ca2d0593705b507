/// Bitcoin base58 (the `z` multibase alphabet), used by `proofValue`, `did:key` and Multikey.
public enum Base58 {
    static let alphabet: [UInt8] = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    static let decodeTable: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(index) }
        return table
    }()

    /// Largest input decoded; a proof or key is a few dozen characters, so this only bounds hostile input.
    public static let maxInputLength = 4096

    /// Decodes base58btc text; nil for characters outside the alphabet or over-long input.
    ///
    /// Works on 32-bit limbs, five digits at a time (58⁵ < 2³²): a 64-byte signature takes about
    /// 300 limb steps instead of ~2,800 byte steps, which showed in the inspect benchmark.
    public static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { input -> [UInt8]? in
            guard input.count <= maxInputLength else { return nil }
            var zeros = 0
            while zeros < input.count, input[zeros] == UInt8(ascii: "1") { zeros += 1 }
            var limbs: [UInt32] = []  // little-endian base-2³² value of the digits after the zeros
            limbs.reserveCapacity((input.count - zeros) * 733 / 4000 + 2)
            var position = zeros
            while position < input.count {
                var group: UInt64 = 0
                var scale: UInt64 = 1
                while position < input.count, scale < 58 * 58 * 58 * 58 * 58 {
                    let digit = decodeTable[Int(input[position])]
                    guard digit >= 0 else { return nil }
                    group = group * 58 + UInt64(digit)
                    scale *= 58
                    position += 1
                }
                multiplyAdd(&limbs, scale: scale, add: group)
            }
            return [UInt8](repeating: 0, count: zeros) + bigEndianBytes(limbs)
        }
    }

    /// `limbs = limbs × scale + add` (both factors below 2³²).
    private static func multiplyAdd(_ limbs: inout [UInt32], scale: UInt64, add: UInt64) {
        var carry = add
        for index in limbs.indices {
            let product = UInt64(limbs[index]) * scale + carry
            limbs[index] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        while carry != 0 {
            limbs.append(UInt32(truncatingIfNeeded: carry))
            carry >>= 32
        }
    }

    /// The minimal big-endian bytes of a little-endian limb number (empty for zero).
    private static func bigEndianBytes(_ limbs: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(limbs.count * 4)
        for limb in limbs.reversed() {
            for shift in stride(from: 24, through: 0, by: -8) {
                let byte = UInt8(truncatingIfNeeded: limb >> UInt32(shift))
                if bytes.isEmpty, byte == 0 { continue }
                bytes.append(byte)
            }
        }
        return bytes
    }

    /// Encodes bytes as base58btc (no multibase prefix).
    public static func encode(_ bytes: [UInt8]) -> String {
        let zeros = bytes.prefix { $0 == 0 }.count
        var digits: [UInt8] = []  // little-endian base-58
        for byte in bytes[zeros...] {
            var carry = Int(byte)
            for index in digits.indices {
                carry += Int(digits[index]) << 8
                digits[index] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 {
                digits.append(UInt8(carry % 58))
                carry /= 58
            }
        }
        let text = [UInt8](repeating: alphabet[0], count: zeros) + digits.reversed().map { alphabet[Int($0)] }
        return String(decoding: text, as: UTF8.self)
    }
}
