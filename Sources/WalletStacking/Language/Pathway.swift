import Foundation

/// One compiled pathway file (schema `stackability.pathway/0.1`, stacking.md § 3).
public struct Pathway: Sendable, Equatable {
    public var id: String
    public var version: String?
    public var kind: String
    public var title: String
    public var source: String?
    public var issuer: String?
    /// Evaluation order between pathways with sharing limits: higher first, then catalogue order.
    public var priority: Int
    public var units: Units
    public var evaluation: Evaluation
    public var eligibility: Eligibility
    public var entry: Entry?
    public var defaults: Defaults
    public var requirements: [Requirement]
    public var constraints: [PathwayConstraint]
    public var transferValues: [TransferValue]
    public var equivalences: [[String]]
    public var waivers: [Waiver]
    public var sharing: Sharing
    public var repeats: RepeatPolicy
    public var root: [String]
    /// The programme size in hundredths, when the file states `total_ects`; else derived.
    public var declaredTotal: Int?
    /// Where the file came from: "built-in" or a path.
    public var origin: String
}

/// `[units]`: the pathway's credit unit and the only conversions it accepts.
public struct Units: Sendable, Hashable {
    /// "ECTS", "hours", or another declared system name.
    public var credit: String
    /// Hours per credit, in hundredths of an hour (e.g. 2500 = 25 h); nil = no hours conversion.
    public var hoursPerCredit: Int?
    /// Other systems: credits of this pathway per one unit of the named system, in hundredths.
    public var conversions: [String: Int]
}

/// `[evaluation]`: the date recency and expiry are judged at.
public enum Evaluation: Sendable, Hashable {
    case auditDate
    /// Judged at the application date, with lapses between now and then reported.
    case applicationDate(Date)
    case fixed(Date)
}

/// `[eligibility]`: filters every counted credential must pass.
public struct Eligibility: Sendable, Hashable {
    public var eqfMin: Int?
    public var eqfMax: Int?
    /// Accepted assessment kinds; "summative" requires a summative assessment.
    public var assessment: [String]
    public var identityVerified: Bool
    public var qualityAssurance: [String]
    public var issuedWithin: Recency?
    public var settingIn: [String]
    public var issuerTypeIn: [String]
    public var verifiedOnly: Bool
    /// Whether a credential past its `validUntil` is rejected (default true).
    public var requireValid: Bool
    public var statusIn: [CredentialStatus]
}

/// A calendar window: a credential counts if issued on or after `as_of` minus this span.
public struct Recency: Sendable, Hashable {
    public var years: Int
    public var months: Int
}

/// `[entry]`: admission conditions evaluated separately from allocation.
public struct Entry: Sendable, Equatable {
    public var requires: [Predicate]
    /// KMK "doppelte Anrechnung": may a credential used for entry also earn credit?
    public var mayAlsoCount: Bool
}

/// `[defaults]`.
public struct Defaults: Sendable, Equatable {
    public var exclusive: Bool
    public var splittable: Bool
    public var capMode: CapMode
}

/// What happens to a credential that would cross a cap.
public enum CapMode: String, Sendable, Equatable {
    /// It does not count at all.
    case exclude
    /// It counts up to the cap (uAchieve "Max Hours").
    case truncate
}

/// `[sharing]`: how credentials counted here may also count in other pathways.
public struct Sharing: Sendable, Equatable {
    public var forbiddenByDefault: Bool
    public var limits: [SharingLimit]
}

/// `[[sharing.limit]]`: at most so much in common with another pathway.
public struct SharingLimit: Sendable, Equatable {
    public var with: String
    public var maxCredit: Int?
    public var maxCount: Int?
}

/// `[[waiver]]`: an exception record; its type must be explicit (stacking.md S22).
public struct Waiver: Sendable, Equatable {
    public var requirement: String
    /// `waive_with_credit` also credits the requirement's size toward totals.
    public var withCredit: Bool
}

/// `repeats`: which attempt of the same achievement counts.
public enum RepeatPolicy: String, Sendable, Equatable {
    case bestAttempt = "best-attempt"
    case latest
}
