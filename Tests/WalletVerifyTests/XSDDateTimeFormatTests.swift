import Foundation
import Testing
import WalletFormats

/// `XSDDateTime.format` is cairn's one date-time writer for messages and bundles: it must write
/// exactly what `ISO8601DateFormatter` (internet date-time, UTC) writes, without building one.
@Suite struct XSDDateTimeFormatTests {
    @Test("matches ISO8601DateFormatter, truncating to the second, across centuries and leap days")
    func matchesFoundation() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        let instants: [TimeInterval] = [
            0, 0.5, -1.5, 951_782_400, 951_868_799.999, 1_795_000_000.7, 4_102_444_800, -2_208_988_800,
        ]  // not before 1582: Foundation switches to the Julian calendar there, ISO 8601 (and cairn) stay Gregorian
        for seconds in instants {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(XSDDateTime.format(date) == formatter.string(from: date), "\(seconds)")
        }
    }

    @Test("civil(fromDays:) inverts daysFromCivil")
    func civilRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let (year, month, day) = XSDDateTime.civil(fromDays: days)
            #expect(XSDDateTime.parse(String(format: "%04d-%02d-%02dT00:00:00Z", year, month, day))
                == Date(timeIntervalSince1970: TimeInterval(days) * 86_400) || year < 0 || year > 9999, "\(days)")
        }
    }
}
