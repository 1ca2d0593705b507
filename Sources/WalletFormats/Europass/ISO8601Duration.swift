/// Reads `xsd:duration` values (ISO 8601 `PnYnMnDTnHnMnS`) as hours, for ELM `volumeOfLearning`.
///
/// Only the time and day parts convert exactly (1 day = 24 h). Years and months have no fixed length
/// in hours, so a duration using them gives nil rather than a guessed number of hours.
public enum ISO8601Duration {
    /// Hours in `text`, nil when it is malformed or uses years/months.
    public static func hours(_ text: String) -> Double? {
        guard text.hasPrefix("P"), text.count <= 64 else { return nil }
        var total = 0.0
        var number = ""
        var inTime = false
        var sawValue = false
        for char in text.dropFirst() {
            if char == "T" { guard !inTime else { return nil }; inTime = true; continue }
            if char.isNumber || char == "." || char == "," { number.append(char == "," ? "." : char); continue }
            guard let value = Double(number) else { return nil }
            number = ""
            sawValue = true
            switch (inTime, char) {
            case (false, "W"): total += value * 7 * 24
            case (false, "D"): total += value * 24
            case (true, "H"): total += value
            case (true, "M"): total += value / 60
            case (true, "S"): total += value / 3600
            default: return nil  // years, months, or a stray designator
            }
        }
        return number.isEmpty && sawValue ? total : nil
    }
}
