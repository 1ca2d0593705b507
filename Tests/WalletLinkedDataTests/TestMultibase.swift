import Crypto
import Foundation

/// Test-only multibase/multikey decoding (the product decoder lives in WalletCrypto/WalletVerify).
enum TestMultibase {
    static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)

    struct Invalid: Error {}

    /// Decodes base58btc (without the `z`).
    static func base58(_ text: Substring) throws -> [UInt8] {
        var bytes: [UInt8] = []
        for character in text.utf8 {
            guard let digit = alphabet.firstIndex(of: character) else { throw Invalid() }
            var carry = digit
            for index in bytes.indices.reversed() {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.insert(UInt8(carry & 0xFF), at: 0)
                carry >>= 8
            }
        }
        let zeros = text.utf8.prefix { $0 == UInt8(ascii: "1") }.count
        return Array(repeating: 0, count: zeros) + bytes
    }

    /// Decodes a `z…` multibase value.
    static func decode(_ value: String) throws -> [UInt8] {
        guard value.first == "z" else { throw Invalid() }
        return try base58(value.dropFirst())
    }

    /// The raw key of a Multikey `publicKeyMultibase` (2-byte multicodec prefix dropped).
    static func multikey(_ value: String) throws -> [UInt8] {
        Array(try decode(value).dropFirst(2))
    }

    static func hex(_ text: String) -> [UInt8] {
        let clean = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        return stride(from: 0, to: clean.count - 1, by: 2).compactMap {
            UInt8(String(decoding: clean[$0...$0 + 1], as: UTF8.self), radix: 16)
        }
    }

    /// Verifies `signature` over `message` with a multikey of any supported curve.
    static func verify(signature: [UInt8], message: [UInt8], publicKeyMultibase: String) throws -> Bool {
        let key = try multikey(publicKeyMultibase)
        switch key.count {
        case 32:
            return try Curve25519.Signing.PublicKey(rawRepresentation: key).isValidSignature(signature, for: message)
        case 33:
            let publicKey = try P256.Signing.PublicKey(compressedRepresentation: key)
            let parsed = try P256.Signing.ECDSASignature(rawRepresentation: signature)
            return publicKey.isValidSignature(parsed, for: Data(message))
        case 49:
            let publicKey = try P384.Signing.PublicKey(compressedRepresentation: key)
            let parsed = try P384.Signing.ECDSASignature(rawRepresentation: signature)
            return publicKey.isValidSignature(parsed, for: Data(message))
        default:
            throw Invalid()
        }
    }
}
