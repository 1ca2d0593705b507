import Crypto
import Foundation

/// The age payload: ChaCha20-Poly1305 STREAM over 64 KiB chunks.
///
/// Each chunk's nonce is an 11-byte big-endian counter and a final byte that is 1 only on the
/// last chunk, so truncating, reordering or extending the payload makes decryption fail.
enum AgePayloadStream {
    static let chunkSize = 64 * 1024
    static let tagSize = 16

    static func seal(_ plaintext: [UInt8], key: SymmetricKey) throws(AgeError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(plaintext.count + (plaintext.count / chunkSize + 1) * tagSize)
        var start = 0
        var counter: UInt64 = 0
        repeat {
            let end = min(start + chunkSize, plaintext.count)
            let last = end == plaintext.count
            do {
                let box = try ChaChaPoly.seal(
                    plaintext[start..<end], using: key, nonce: try nonce(counter, last: last))
                out += box.ciphertext
                out += box.tag
            } catch {
                throw .crypto("payload encryption failed: \(error)")
            }
            start = end
            counter += 1
        } while start < plaintext.count
        return out
    }

    static func open(_ payload: ArraySlice<UInt8>, key: SymmetricKey) throws(AgeError) -> [UInt8] {
        guard !payload.isEmpty else { throw .payloadCorrupted("the payload is missing (truncated file)") }
        let sealedChunk = chunkSize + tagSize
        var out: [UInt8] = []
        out.reserveCapacity(payload.count)
        var start = payload.startIndex
        var counter: UInt64 = 0
        while start < payload.endIndex {
            let end = min(start + sealedChunk, payload.endIndex)
            let last = end == payload.endIndex
            let chunk = payload[start..<end]
            guard chunk.count >= tagSize else { throw .payloadCorrupted("chunk \(counter) is truncated") }
            let plain = try openChunk(chunk, key: key, counter: counter, last: last)
            if last, plain.isEmpty, counter > 0 {
                throw .payloadCorrupted("the last chunk is empty, which age forbids")
            }
            out += plain
            start = end
            counter += 1
        }
        return out
    }

    private static func openChunk(
        _ chunk: ArraySlice<UInt8>, key: SymmetricKey, counter: UInt64, last: Bool
    ) throws(AgeError) -> [UInt8] {
        do {
            let box = try ChaChaPoly.SealedBox(
                nonce: try nonce(counter, last: last), ciphertext: chunk.dropLast(tagSize), tag: chunk.suffix(tagSize))
            return Array(try ChaChaPoly.open(box, using: key))
        } catch {
            throw .payloadCorrupted("chunk \(counter) does not authenticate (tampered or truncated)")
        }
    }

    private static func nonce(_ counter: UInt64, last: Bool) throws -> ChaChaPoly.Nonce {
        var bytes = [UInt8](repeating: 0, count: 12)
        for index in 0..<8 { bytes[10 - index] = UInt8(truncatingIfNeeded: counter >> (8 * UInt64(index))) }
        bytes[11] = last ? 1 : 0
        return try ChaChaPoly.Nonce(data: bytes)
    }
}
