/// (g) A notional workload in one unit, exactly as the credential states it.
///
/// Units are never converted silently: 25 hours is not 1 ECTS unless a pathway declares that rate.
public struct Workload: Codable, Equatable, Sendable, Hashable {
    public var value: Double
    public var unit: WorkloadUnit

    public init(value: Double, unit: WorkloadUnit) {
        self.value = value
        self.unit = unit
    }
}

/// The unit of a workload value.
public enum WorkloadUnit: Codable, Equatable, Sendable, Hashable, CustomStringConvertible {
    /// European Credit Transfer and Accumulation System credits.
    case ects
    /// Hours of learning.
    case hours
    /// Another declared credit system (e.g. "US credit hours", "CATS").
    case other(String)
    /// The credential states a number without a unit (OB 3.0 `creditsAvailable`).
    case unspecified

    /// The unit as written in JSON output: `ECTS`, `hours`, the declared name, or `unspecified`.
    public var description: String {
        switch self {
        case .ects: "ECTS"
        case .hours: "hours"
        case .other(let name): name
        case .unspecified: "unspecified"
        }
    }

    /// Parses the JSON form written by `description`.
    public init(text: String) {
        switch text.lowercased() {
        case "ects": self = .ects
        case "hours", "hour", "h": self = .hours
        case "unspecified", "": self = .unspecified
        default: self = .other(text)
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(text: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
