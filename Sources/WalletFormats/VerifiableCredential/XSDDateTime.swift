import Foundation

/// Parses XSD `dateTime` / `dateTimeStamp` values as VCs use them: `Z` or `±hh:mm`, optional
/// fractional seconds. A value without a time zone is read as UTC only when `requireZone` is false
/// (VC 1.1); VC 2.0 requires the zone.
public enum XSDDateTime {
    /// The instant, or nil when `text` is not a date-time (or lacks a required zone).
    public static func parse(_ text: String, requireZone: Bool = false) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, bytes.count <= 40 else { return nil }
        guard let year = number(bytes, 0, 4), bytes[4] == 0x2D, let month = number(bytes, 5, 2), bytes[7] == 0x2D,
            let day = number(bytes, 8, 2), bytes[10] == 0x54 || bytes[10] == 0x74,
            let hour = number(bytes, 11, 2), bytes[13] == 0x3A, let minute = number(bytes, 14, 2), bytes[16] == 0x3A,
            let second = number(bytes, 17, 2)
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                fraction += Double(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard let offset = zoneOffset(bytes[index...], requireZone: requireZone) else { return nil }
        guard (1...12).contains(month), (1...31).contains(day), hour <= 24, minute < 60, second < 61 else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second) + fraction - Double(offset)
        return Date(timeIntervalSince1970: seconds)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm):
    /// pure arithmetic, because `Calendar` is slow enough to show in the inspect benchmark.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day count since 1970-01-01 (the inverse of `daysFromCivil`; H. Hinnant's
    /// algorithm). The one calendar conversion every date writer in cairn uses.
    public static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `YYYY-MM-DDThh:mm:ssZ` in UTC, truncated to whole seconds (what `ISO8601DateFormatter`
    /// writes with `.withInternetDateTime`, without building one per call).
    public static func format(_ date: Date) -> String {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = (0...999).contains(year) ? String(String(year + 10_000).dropFirst()) : "\(year)"
        return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }

    /// Seconds east of UTC for `Z`, `±hh:mm` or (when allowed) nothing.
    private static func zoneOffset(_ rest: ArraySlice<UInt8>, requireZone: Bool) -> Int? {
        let zone = Array(rest)
        if zone.isEmpty { return requireZone ? nil : 0 }
        if zone == [0x5A] || zone == [0x7A] { return 0 }
        guard zone.count == 6, zone[0] == 0x2B || zone[0] == 0x2D, zone[3] == 0x3A,
            let hours = number(zone, 1, 2), let minutes = number(zone, 4, 2), hours <= 14, minutes < 60
        else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return zone[0] == 0x2D ? -seconds : seconds
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + length)] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// A date-only value (`2024-01-01`) as midnight UTC, for display dates like `dateOfBirth`.
    public static func parseDateOrDateTime(_ text: String) -> Date? {
        if let date = parse(text) { return date }
        return text.utf8.count == 10 ? parse(text + "T00:00:00Z") : nil
    }
}
