import Foundation
import WalletFormats

/// Worst-case timing of baked-image extraction: a ~7 MB SVG of 500,000 elements with no badge, and a
/// ~10 MB PNG of 500,000 chunks (each CRC-checked). Shows that hostile images are rejected in bounded time.
enum BakedImageBenchmark {
    static func run() {
        let svg = Data(("<svg xmlns:openbadges=\"http://openbadges.org\">"
            + String(repeating: "<rect x=\"1\"/>", count: 500_000) + "</svg>").utf8)
        report("SVG, 500k elements", bytes: svg.count) { _ = try? BakedImageExtractor.extract(svg) }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let chunk: [UInt8] = [0, 0, 0, 7] + Array("tIME".utf8) + [0, 0, 0, 0, 0, 0, 0, 0x9C, 0x2E, 0x7E, 0x1F]
        for _ in 0..<99_000 { png += chunk }
        report("PNG, 99k chunks (bad CRC stops at the first)", bytes: png.count) { _ = try? BakedImageExtractor.extract(Data(png)) }
        let big = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x98, 0x96, 0x80] + Array("IDAT".utf8)
            + [UInt8](repeating: 7, count: 10_000_000) + [0, 0, 0, 0])
        report("PNG, one 10 MB chunk (CRC over all of it)", bytes: big.count) { _ = try? BakedImageExtractor.extract(big) }
    }

    private static func report(_ name: String, bytes: Int, _ body: () -> Void) {
        let start = Date()
        body()
        let seconds = Date().timeIntervalSince(start)
        let rate = Double(bytes) / 1_048_576 / max(seconds, 1e-9)
        print(String(format: "baked: %@: %.1f ms (%.0f MB/s)", name, seconds * 1000, rate))
    }
}
