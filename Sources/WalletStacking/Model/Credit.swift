import Foundation

/// Fixed-point credit arithmetic: every credit value is an integer number of hundredths.
///
/// Why: IEEE doubles sum 1.2 + 1.4 + 1.4 to 3.9999999999999996, which would fail a 4.0 threshold
/// (stacking.md S12). Credentials state at most two decimals in practice, so hundredths are exact.
public enum Credit {
    /// Hundredths per credit.
    public static let scale = 100

    /// Converts a stated decimal value to hundredths, rounding half away from zero.
    public static func hundredths(_ value: Double) -> Int {
        Int((value * Double(scale)).rounded(.toNearestOrAwayFromZero))
    }

    /// The value as a Double (for JSON output only; never used for arithmetic).
    public static func double(_ hundredths: Int) -> Double {
        Double(hundredths) / Double(scale)
    }

    /// A short decimal text without trailing zeros: 400 → "4", 384 → "3.84", 250 → "2.5".
    public static func text(_ hundredths: Int) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / scale
        let fraction = magnitude % scale
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
