import Foundation
import WalletFormats

/// XSD dateTimeStamp text for bundle dates: UTC, second precision (`2026-11-23T11:33:33Z`).
public enum BundleDate {
    public static func format(_ date: Date) -> String {
        XSDDateTime.format(date)
    }

    /// Parses an ISO 8601 date-time with `Z` or an offset, with or without fractional seconds;
    /// a bare date (`2026-12-31`) means the last second of that day in UTC.
    public static func parse(_ text: String) -> Date? {
        if let date = formatter([.withInternetDateTime]).date(from: text) { return date }
        if let date = formatter([.withInternetDateTime, .withFractionalSeconds]).date(from: text) { return date }
        if text.count == 10, let day = formatter([.withFullDate]).date(from: text) { return day.addingTimeInterval(86_399) }
        return nil
    }

    private static func formatter(_ options: ISO8601DateFormatter.Options) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = options
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }
}
