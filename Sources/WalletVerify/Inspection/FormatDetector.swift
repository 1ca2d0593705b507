import Foundation
import WalletFormats
import WalletJSON

/// Content sniffing: image signatures, compact JWS shape, then JSON object shape.
enum FormatDetector {
    /// The strict parser used for every JSON credential (10 MB, 64 levels, duplicate keys rejected).
    static let parser = JSONParser(maxDepth: 64, maxBytes: CredentialInspector.maxInputBytes, rejectDuplicateKeys: true)

    static func detect(_ bytes: [UInt8]) throws(InspectionError) -> DetectedFormat {
        if bytes.starts(with: DetectedFormat.pngSignature) { return .bakedPNG }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { throw .malformed("the file is empty") }
        switch bytes[start] {
        case UInt8(ascii: "<"): return .bakedSVG
        case UInt8(ascii: "{"): return try detectJSON(bytes)
        default:
            if let token = compactJWS(bytes[start...]) { return .jwt(token) }
            throw .unrecognisedFormat("neither JSON, a JWT, a PNG nor an SVG")
        }
    }

    static func detectJSON(_ bytes: [UInt8]) throws(InspectionError) -> DetectedFormat {
        let value: JSONValue
        do {
            value = try parser.parse(bytes)
        } catch {
            switch error.reason {
            case .tooDeep, .tooLarge: throw .tooLarge(error.description)
            default: throw .malformed(error.description)
            }
        }
        guard let object = value.objectValue else { throw .unrecognisedFormat("the JSON is not an object") }
        if SelfAssertedFormat.matches(value) { return .selfAsserted(value) }
        if object["payload"] != nil, object["signatures"] != nil { return .europass(object) }
        let contexts = (object["@context"]?.asList ?? []).compactMap(\.stringValue)
        if contexts.contains(where: { containsBytes($0, DetectedFormat.elmContextMarker) }) { return .europass(object) }
        if VCFormatDetector.format(of: object) != nil { return .w3cCredential(object) }
        let types = VCFormatDetector.types(of: object)
        if contexts.contains(where: { $0.hasPrefix("https://w3id.org/openbadges/v2") }) || types.contains("Assertion") {
            return .openBadges2(object)
        }
        throw .unrecognisedFormat("a JSON object that is not a Verifiable Credential, Open Badge or Europass credential")
    }

    /// Whether `needle` occurs in `text`, byte for byte. (Foundation's `String.contains` goes through
    /// CFString and cost more than the whole format detection in the inspect benchmark.)
    static func containsBytes(_ text: String, _ needle: String) -> Bool {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        guard pattern.count <= haystack.count else { return false }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<start + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }

    /// The token when the text is `header.payload.signature` in base64url (trailing whitespace allowed).
    static func compactJWS(_ bytes: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, text.hasPrefix("ey") else { return nil }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        guard parts.allSatisfy({ $0.utf8.allSatisfy(allowed.contains) }) else { return nil }
        return text
    }
}
