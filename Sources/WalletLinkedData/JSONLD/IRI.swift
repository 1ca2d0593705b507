/// IRI helpers: the scheme test JSON-LD uses for "absolute IRI" and RFC 3986 § 5.2 reference
/// resolution (for `@base` and document-relative IRIs).
enum IRI {
    /// True when `value` starts with a scheme (`ALPHA *(ALPHA / DIGIT / "+" / "-" / ".") ":"`).
    static func isAbsolute(_ value: String) -> Bool {
        var first = true
        for byte in value.utf8 {
            if byte == UInt8(ascii: ":") { return !first }
            let alpha = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let other = (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            if !(alpha || (!first && other)) { return false }
            first = false
        }
        return false
    }

    /// True for a blank-node identifier `_:label`.
    static func isBlank(_ value: String) -> Bool { value.hasPrefix("_:") }

    /// An absolute IRI that may appear in RDF: a scheme and no characters N-Quads cannot carry.
    static func isWellFormed(_ value: String) -> Bool {
        guard isAbsolute(value) else { return false }
        var hashes = 0
        for byte in value.utf8 {
            if byte == UInt8(ascii: "#") { hashes += 1 }
            if byte <= 0x20 || hashes > 1 { return false }
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
                return false
            default: continue
            }
        }
        return true
    }

    /// True when `value` looks like a keyword (`@` followed by letters only): such terms are ignored.
    static func looksLikeKeyword(_ value: String) -> Bool {
        let bytes = value.utf8
        guard bytes.count > 1, bytes.first == UInt8(ascii: "@") else { return false }
        return bytes.dropFirst().allSatisfy { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
    }

    /// Resolves `reference` against `base` (RFC 3986 § 5.2.2).
    static func resolve(_ reference: String, against base: String) -> String {
        if isAbsolute(reference) { return reference }
        let baseParts = Parts(base)
        let ref = Parts(reference)
        var result = Parts()
        if ref.authority != nil {
            result.authority = ref.authority
            result.path = removeDotSegments(ref.path)
            result.query = ref.query
        } else {
            result.authority = baseParts.authority
            if ref.path.isEmpty {
                result.path = baseParts.path
                result.query = ref.query ?? baseParts.query
            } else {
                result.path = removeDotSegments(ref.path.hasPrefix("/") ? ref.path : merge(baseParts, ref.path))
                result.query = ref.query
            }
        }
        result.scheme = baseParts.scheme
        result.fragment = ref.fragment
        return result.text
    }

    private static func merge(_ base: Parts, _ path: String) -> String {
        if base.authority != nil, base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    static func removeDotSegments(_ path: String) -> String {
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") { input = input.dropFirst(3) } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") { input = input.dropFirst(2) } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") || input == "/.." {
                input = input == "/.." ? "/" : input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." { input = "" } else {
                let start = input.first == "/" ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }

    /// The five components of an IRI reference.
    struct Parts {
        var scheme: String?
        var authority: String?
        var path = ""
        var query: String?
        var fragment: String?

        init() {}

        init(_ text: String) {
            var rest = Substring(text)
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            if let question = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: question)...])
                rest = rest[..<question]
            }
            if IRI.isAbsolute(String(rest)), let colon = rest.firstIndex(of: ":") {
                scheme = String(rest[..<colon])
                rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let end = rest.firstIndex(of: "/") ?? rest.endIndex
                authority = String(rest[..<end])
                rest = rest[end...]
            }
            path = String(rest)
        }

        var text: String {
            var out = ""
            if let scheme { out += scheme + ":" }
            if let authority { out += "//" + authority }
            out += path
            if let query { out += "?" + query }
            if let fragment { out += "#" + fragment }
            return out
        }
    }
}
