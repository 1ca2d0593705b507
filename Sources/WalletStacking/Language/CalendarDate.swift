import Foundation

/// Calendar arithmetic in UTC (stacking.md S7: recency is calendar-based, never 365.25-day based).
public enum CalendarDate {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    /// Midnight UTC of a calendar day; nil for impossible dates.
    public static func make(year: Int, month: Int, day: Int) -> Date? {
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == year && back.month == month && back.day == day ? date : nil
    }

    /// Parses "YYYY-MM-DD".
    public static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        return make(year: year, month: month, day: day)
    }

    /// "YYYY-MM-DD" in UTC.
    public static func text(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 0
        let month = parts.month ?? 0
        let day = parts.day ?? 0
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The start of the (UTC) day containing `date`. Plain arithmetic: the reference date is a UTC
    /// midnight and UTC days are 86,400 s, and this runs for every credential in every pathway with a
    /// recency window (`Calendar.startOfDay` was 3 % of a full stack).
    static func day(_ date: Date) -> Date {
        Date(timeIntervalSinceReferenceDate: (date.timeIntervalSinceReferenceDate / 86_400).rounded(.down) * 86_400)
    }

    /// The earliest issue day that still counts: `asOf` minus the window, by calendar.
    static func cutoff(_ asOf: Date, window: Recency) -> Date {
        let components = DateComponents(year: -window.years, month: -window.months)
        return calendar.date(byAdding: components, to: day(asOf)) ?? asOf
    }
}
