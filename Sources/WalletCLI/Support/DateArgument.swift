import ArgumentParser
import Foundation

/// Parses date options (`--at`, `--expires`): `2026-01-31`, `2026-01-31T12:00:00Z`, with or
/// without fractional seconds.
enum DateArgument {
    /// Parses an `--at` value.
    static func parse(_ text: String) throws -> Date {
        try parse(text, option: "--at")
    }

    /// Parses the value of `option`; the error names that option, so the user knows which to fix.
    static func parse(_ text: String, option: String) throws -> Date {
        let full = ISO8601DateFormatter()
        if let date = full.date(from: text) { return date }
        full.formatOptions.insert(.withFractionalSeconds)
        if let date = full.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        if let date = day.date(from: text) { return date }
        throw ValidationError("\(option) \"\(text)\" is not an ISO 8601 date (2026-01-31) or date-time (2026-01-31T12:00:00Z)")
    }
}
