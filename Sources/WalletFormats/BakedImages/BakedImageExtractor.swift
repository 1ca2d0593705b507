import Foundation

/// Takes the credential out of a baked badge image (PNG or SVG, Open Badges 2.0 or 3.0).
///
/// The dispatcher calls it first: nil means "not an image, try the other formats"; an error means
/// "an image, but no usable credential inside" and says why.
public enum BakedImageExtractor {
    /// Largest image accepted (10 MB, the import limit).
    public static let maxBytes = 10 * 1024 * 1024

    /// The baked credential, nil when `data` is neither a PNG nor an SVG.
    public static func extract(_ data: Data) throws(BakedImageError) -> BakedCredential? {
        let bytes = [UInt8](data)
        let container: BakedCredential.Container
        if PNGBadgeReader.isPNG(bytes) {
            container = .png
        } else if SVGBadgeReader.isSVG(bytes) {
            container = .svg
        } else {
            return nil
        }
        guard bytes.count <= maxBytes else {
            throw .limitExceeded("\(bytes.count) bytes; images over \(maxBytes) bytes are refused")
        }
        let hit = container == .png ? try PNGBadgeReader.extract(bytes) : try SVGBadgeReader.extract(bytes)
        guard let hit else {
            let marker = container == .png ? "no openbadges/openbadgecredential text chunk" : "no openbadges element"
            throw .noBadge(marker)
        }
        let text = String(decoding: hit.text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("http://") || text.hasPrefix("https://") { throw .hostedReference(text) }
        guard !text.isEmpty else { throw .noBadge("the badge text is empty") }
        return BakedCredential(
            credential: Data(text.utf8), image: data, container: container, openBadgesVersion: hit.version)
    }
}
