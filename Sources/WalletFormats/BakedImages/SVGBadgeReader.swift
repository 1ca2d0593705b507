import Foundation

/// Finds the Open Badges element in an SVG, by namespace URI (never by prefix or regex):
/// `assertion` in `http://openbadges.org` (2.0) or `credential` in `https://purl.imsglobal.org/ob/v3p0` (3.0).
///
/// The credential is the element's text/CDATA body when present, else its `verify` attribute when
/// that holds a compact JWS; a `verify` URL with no body is a hosted reference, not a credential.
enum SVGBadgeReader {
    static let ob2Namespace = "http://openbadges.org"
    static let ob3Namespace = "https://purl.imsglobal.org/ob/v3p0"
    static let maxDepth = 256

    struct Found {
        var version: Int
        var verify: String?
        var body = ""
    }

    /// True when the bytes look like an SVG document (an `<svg` root near the start).
    static func isSVG(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        return head.contains("<svg")
    }

    static func extract(_ bytes: [UInt8]) throws(BakedImageError) -> (text: Data, version: Int)? {
        var scanner = XMLScanner(bytes)
        var scopes: [[String: String]] = []
        var found: [Found] = []
        var captureDepth: Int?
        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                var scope = scopes.last ?? [:]
                for (key, value) in attributes where key.hasPrefix("xmlns") {
                    if key == "xmlns" { scope[""] = value } else if key.hasPrefix("xmlns:") { scope[String(key.dropFirst(6))] = value }
                }
                if let version = badgeVersion(name, scope: scope) {
                    guard captureDepth == nil else { throw .invalidXML("a badge element nested in another") }
                    found.append(Found(version: version, verify: attributes.first { $0.0 == "verify" }?.1))
                    if !selfClosing { captureDepth = scopes.count + 1 }
                }
                if !selfClosing { scopes.append(scope) }
                guard scopes.count <= maxDepth else { throw .limitExceeded("SVG nesting deeper than \(maxDepth)") }
            case .end:
                guard !scopes.isEmpty else { throw .invalidXML("an end tag without a start tag") }
                if captureDepth == scopes.count { captureDepth = nil }
                scopes.removeLast()
            case .text(let text):
                if captureDepth != nil, !found.isEmpty { found[found.count - 1].body += text }
            }
        }
        guard scopes.isEmpty else { throw .truncated("the SVG ends inside an open element") }
        guard found.count <= 1 else { throw .multipleBadges("\(found.count) badge elements") }
        guard let badge = found.first else { return nil }
        return (try credentialText(badge), badge.version)
    }

    static func badgeVersion(_ qualifiedName: String, scope: [String: String]) -> Int? {
        // Cheap filter first: almost every element of an image is neither kind of badge element.
        guard qualifiedName.hasSuffix("assertion") || qualifiedName.hasSuffix("credential") else { return nil }
        let parts = qualifiedName.split(separator: ":", maxSplits: 1).map(String.init)
        let (prefix, local) = parts.count == 2 ? (parts[0], parts[1]) : ("", parts[0])
        switch (scope[prefix], local) {
        case (ob2Namespace, "assertion"): return 2
        case (ob3Namespace, "credential"): return 3
        default: return nil
        }
    }

    static func credentialText(_ badge: Found) throws(BakedImageError) -> Data {
        let body = badge.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if !body.isEmpty { return Data(body.utf8) }
        let verify = badge.verify?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if verify.isEmpty { throw .noBadge("the badge element is empty") }
        if verify.hasPrefix("http://") || verify.hasPrefix("https://") { throw .hostedReference(verify) }
        return Data(verify.utf8)
    }
}
