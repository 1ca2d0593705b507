/// Safety limits for reading an untrusted zip archive entirely in memory.
///
/// Why these numbers: a bundle of 50 credentials with a transcript is well under 5 MB; the
/// limits leave two orders of magnitude of room while keeping memory bounded (at most
/// `maxArchiveBytes + maxTotalBytes`) and refusing zip bombs before inflating them.
public struct ZipLimits: Equatable, Sendable {
    /// Largest archive file accepted.
    public var maxArchiveBytes: Int
    /// Most members (files and directories) accepted.
    public var maxEntries: Int
    /// Largest uncompressed member.
    public var maxMemberBytes: Int
    /// Largest sum of uncompressed members.
    public var maxTotalBytes: Int
    /// Largest uncompressed/compressed ratio for members bigger than `ratioThreshold`.
    public var maxCompressionRatio: Int
    /// Members at most this large are exempt from the ratio check (small JSON compresses well).
    public var ratioThreshold: Int
    /// Longest member name, in bytes.
    public var maxPathBytes: Int

    public init(
        maxArchiveBytes: Int = 64 << 20, maxEntries: Int = 1_000, maxMemberBytes: Int = 16 << 20,
        maxTotalBytes: Int = 128 << 20, maxCompressionRatio: Int = 100, ratioThreshold: Int = 1 << 20,
        maxPathBytes: Int = 255
    ) {
        self.maxArchiveBytes = maxArchiveBytes
        self.maxEntries = maxEntries
        self.maxMemberBytes = maxMemberBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioThreshold = ratioThreshold
        self.maxPathBytes = maxPathBytes
    }

    /// The defaults used for bundles.
    public static let bundle = ZipLimits()
}
