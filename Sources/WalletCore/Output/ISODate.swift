import Foundation
import WalletFormats

/// Formats dates as ISO 8601 UTC (`2024-05-17T00:00:00Z`) with plain arithmetic.
///
/// Why not `ISO8601DateFormatter`: `list --json` formats tens of thousands of dates and the
/// formatter costs microseconds each; this is the days-from-civil algorithm (H. Hinnant).
public enum ISODate {
    /// The ISO 8601 UTC form of `date`, to the second.
    public static func string(from date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the ISO 8601 UTC form of `date` as ASCII bytes (no intermediate strings).
    static func append(_ date: Date, to bytes: inout [UInt8]) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = floorDiv(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let civil = XSDDateTime.civil(fromDays: Int(days))
        let (year, month, day) = (Int64(civil.year), Int64(civil.month), Int64(civil.day))
        if year < 0 || year > 9999 {
            bytes.append(contentsOf: (pad(year, 4) + "-").utf8)
        } else {
            digits(year, 4, &bytes)
            bytes.append(UInt8(ascii: "-"))
        }
        digits(month, 2, &bytes); bytes.append(UInt8(ascii: "-"))
        digits(day, 2, &bytes); bytes.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2, &bytes); bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay % 3600 / 60, 2, &bytes); bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay % 60, 2, &bytes); bytes.append(UInt8(ascii: "Z"))
    }

    private static func digits(_ value: Int64, _ width: Int, _ bytes: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
