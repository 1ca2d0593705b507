import Foundation

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
        let (year, month, day) = civil(fromDays: days)
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

    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
