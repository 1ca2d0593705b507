import Foundation

/// `[[requirement]]`: one node of the requirement tree.
public struct Requirement: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case pool, course, group, overlay, milestone
    }

    public var id: String
    public var kind: Kind
    public var label: String
    public var advice: String?
    public var match: Predicate
    /// Credit thresholds in hundredths (maximums apply to whole credentials).
    public var creditMin: Int?
    public var creditMax: Int?
    public var countMin: Int?
    public var countMax: Int?
    public var distinct: Distinct?
    /// Keys every counted credential must share ("track", "issuer", "subject").
    public var same: [String]
    public var prefer: [String]
    /// Group: all of these (`all`), or `choose` of `of`.
    public var children: [String]
    public var choose: Int?
    /// False: the requirement does not consume; it re-reads credit counted elsewhere (like an overlay).
    public var exclusive: Bool

    /// Whether allocation places credentials here.
    var consumes: Bool { kind != .group && kind != .overlay && exclusive }
}

/// `distinct = { by, min }`: counted credentials from at least `min` different values of `by`.
public struct Distinct: Sendable, Equatable {
    public var by: String
    public var min: Int
}

/// `[[constraint]]`: a rule over every credential counted in the pathway that matches `over`.
public struct PathwayConstraint: Sendable, Equatable {
    public var id: String
    public var label: String
    public var over: Predicate
    public var creditMin: Int?
    public var creditMax: Int?
    /// `max_share_of_programme`, in hundredths of one (0.5 → 50).
    public var maxShare: Int?
    public var countMin: Int?
    public var countMax: Int?
    public var avgGrade: AverageGrade?
    public var issuedWithin: Recency?
    /// `per = { by = "issuer", max_ects }`.
    public var perIssuerMax: Int?
    public var mode: CapMode

    /// Whether it has a condition that can be unmet (a minimum or an average), not only caps.
    var isSoft: Bool { creditMin != nil || countMin != nil || avgGrade != nil }
}

/// `avg_grade = { min, scale }`.
public struct AverageGrade: Sendable, Equatable {
    public var min: Double
    public var minText: String
    public var scale: String
}

/// `[[transfer_value]]`: block recognition (CTDL TransferValueProfile-like).
public struct TransferValue: Sendable, Equatable {
    public var id: String
    public var label: String
    public var from: Predicate
    /// True when the block's component credentials cannot also count separately.
    public var partsConsumed: Bool
    public var validFrom: Date?
    public var validUntil: Date?
    public var grants: [Grant]
}

/// One derived credential granted by a transfer value.
public struct Grant: Sendable, Equatable {
    public var credit: Int
    public var eqf: Int?
    public var tags: [String]
    public var into: String?
}
