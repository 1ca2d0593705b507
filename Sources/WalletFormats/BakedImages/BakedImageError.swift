/// Why a baked badge image could not give up its credential. Every case names what to do next.
public enum BakedImageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file ends before a complete structure (chunk, tag, CDATA section).
    case truncated(String)
    /// A PNG chunk's CRC-32 does not match its content.
    case checksumMismatch(chunk: String, offset: Int)
    /// The image is well formed but carries no Open Badges credential.
    case noBadge(String)
    /// More than one badge chunk or element (the baking specifications allow exactly one).
    case multipleBadges(String)
    /// The badge text is zlib-compressed, which the Open Badges baking specification forbids.
    case compressedText
    /// The image only points at a hosted assertion URL; the credential itself is not inside.
    case hostedReference(String)
    /// The image breaks a safety limit (size, chunk count, nesting, entity declarations).
    case limitExceeded(String)
    /// The SVG is not well-formed XML.
    case invalidXML(String)

    public var description: String {
        switch self {
        case .truncated(let what): "the image is truncated: \(what)"
        case .checksumMismatch(let chunk, let offset):
            "the PNG chunk \(chunk) at byte \(offset) fails its CRC check: the file is damaged"
        case .noBadge(let what): "the image carries no Open Badges credential: \(what)"
        case .multipleBadges(let what): "the image carries more than one badge (\(what)); baking allows exactly one"
        case .compressedText:
            "the badge text in the PNG is compressed, which the Open Badges baking rules do not allow; re-bake it uncompressed"
        case .hostedReference(let url):
            "the image only references a hosted badge at \(url); the credential is not inside the image and cannot be fetched offline"
        case .limitExceeded(let what): "the image exceeds a safety limit: \(what)"
        case .invalidXML(let what): "the SVG is not well-formed XML: \(what)"
        }
    }
}
