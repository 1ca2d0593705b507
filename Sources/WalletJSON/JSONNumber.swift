/// A JSON number: its exact source text and its IEEE 754 double value.
public struct JSONNumber: Equatable, Hashable, Sendable {
    /// The number as written in the source (or as produced by `init(_:)`).
    public let text: String
    /// The nearest double to `text`.
    public let value: Double

    /// Creates a number from JSON source text already validated by the parser.
    public init(text: String, value: Double) {
        self.text = text
        self.value = value
    }

    /// Creates a number from a double (for documents cairn builds itself).
    public init(_ value: Double) {
        self.value = value
        if value == value.rounded(), abs(value) < 1e15 {
            self.text = String(Int64(value))
        } else {
            self.text = "\(value)"
        }
    }

    /// Creates a number from an integer.
    public init(_ value: Int) {
        self.value = Double(value)
        self.text = String(value)
    }

    /// True when the source text has no fraction or exponent (JSON-LD maps these to xsd:integer
    /// only when the value is integral; callers decide).
    public var isIntegerLiteral: Bool { !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
