/// Formats doubles exactly as ECMAScript `Number.prototype.toString(10)` does, as RFC 8785 requires.
///
/// Why not `Double.description`: it yields the right (shortest round-trip) digits but the wrong
/// layout (`1e-07`, `1e+16`, `100.0`, `-0.0`). We take its digits and exponent and lay them out
/// with the four ECMAScript cases; verified against the 100,000-line es6 number corpus.
public enum ECMAScriptNumber {
    /// The ECMAScript string for `value`, or nil for NaN and ±Infinity (which JSON cannot carry).
    public static func string(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == 0 { return "0" }
        if value == value.rounded(.towardZero), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        let (digits, exponent) = shortestDigits(of: abs(value))
        let body = layout(digits: digits, pointPosition: exponent)
        return value < 0 ? "-" + body : body
    }

    /// The shortest round-trip digit string (no leading or trailing zeros) and `n`, such that
    /// the value is `0.d1d2…dk × 10^n`.
    static func shortestDigits(of magnitude: Double) -> (digits: [UInt8], pointPosition: Int) {
        let text = Array(magnitude.description.utf8)
        var mantissa = text[...]
        var exponent = 0
        if let eIndex = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissa = text[..<eIndex]
            exponent = Int(String(decoding: text[(eIndex + 1)...], as: UTF8.self)) ?? 0
        }
        var digits: [UInt8] = []
        var integerCount = 0
        var seenPoint = false
        for byte in mantissa {
            if byte == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            digits.append(byte)
            if !seenPoint { integerCount += 1 }
        }
        var pointPosition = integerCount + exponent
        while let first = digits.first, first == UInt8(ascii: "0") {
            digits.removeFirst()
            pointPosition -= 1
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, pointPosition)
    }

    /// Lays out `0.digits × 10^n` with the rules of ECMA-262 Number::toString.
    static func layout(digits: [UInt8], pointPosition n: Int) -> String {
        let k = digits.count
        var out: [UInt8] = []
        out.reserveCapacity(k + 8)
        if k <= n, n <= 21 {
            out += digits
            out += [UInt8](repeating: UInt8(ascii: "0"), count: n - k)
        } else if 0 < n, n <= 21 {
            out += digits[..<n]
            out.append(UInt8(ascii: "."))
            out += digits[n...]
        } else if -6 < n, n <= 0 {
            out += Array("0.".utf8)
            out += [UInt8](repeating: UInt8(ascii: "0"), count: -n)
            out += digits
        } else {
            out.append(digits[0])
            if k > 1 {
                out.append(UInt8(ascii: "."))
                out += digits[1...]
            }
            let e = n - 1
            out += Array(("e" + (e >= 0 ? "+" : "-") + String(abs(e))).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
