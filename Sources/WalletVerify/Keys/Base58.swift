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
    public static func decode(_ text: String) -> [UInt8]? {
        let input = Array(text.utf8)
        guard input.count <= maxInputLength else { return nil }
        let zeros = input.prefix { $0 == UInt8(ascii: "1") }.count
        // Big-endian base-256 accumulator sized for the worst case (log(58)/log(256) ≈ 0.733).
        var number = [UInt8](repeating: 0, count: (input.count - zeros) * 733 / 1000 + 1)
        var used = 0  // significant bytes at the end of `number`
        for byte in input[zeros...] {
            let digit = decodeTable[Int(byte)]
            guard digit >= 0 else { return nil }
            var carry = Int(digit)
            var index = number.count - 1
            var processed = 0
            while carry != 0 || processed < used {
                carry += Int(number[index]) * 58
                number[index] = UInt8(carry & 0xFF)
                carry >>= 8
                index -= 1
                processed += 1
            }
            used = processed
        }
        return [UInt8](repeating: 0, count: zeros) + number[(number.count - used)...]
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
