import Foundation

/// Strict, canonical, unpadded standard base64 as the age header uses it.
///
/// Why strict: two spellings of the same header must not both verify, so non-canonical encodings
/// (non-zero trailing bits, padding, whitespace) are rejected, as the reference implementation does.
enum AgeBase64 {
    static func encode(_ bytes: [UInt8]) -> String {
        var text = Data(bytes).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }

    /// Decodes canonical unpadded base64, or nil.
    static func decode(_ text: Substring) -> [UInt8]? {
        guard !text.contains("=") else { return nil }
        var padded = String(text)
        switch padded.utf8.count % 4 {
        case 2: padded += "=="
        case 3: padded += "="
        case 1: return nil
        default: break
        }
        guard let data = Data(base64Encoded: padded) else { return nil }
        let bytes = [UInt8](data)
        return encode(bytes) == text ? bytes : nil
    }
}
