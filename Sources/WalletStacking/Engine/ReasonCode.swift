/// Why a credential does not count toward a pathway: exactly one per non-counted credential.
public enum ReasonCode: String, Codable, Sendable, CaseIterable {
    /// A filter or every requirement rejected it; the text names the failed clause.
    case ineligible = "INELIGIBLE"
    case assessmentNotSummative = "ASSESSMENT_NOT_SUMMATIVE"
    case identityNotVerified = "IDENTITY_NOT_VERIFIED"
    case tooOld = "TOO_OLD"
    case expired = "EXPIRED"
    case revoked = "REVOKED"
    /// The pathway counts only verified credentials and this one was not verified.
    case notVerified = "NOT_VERIFIED"
    /// No workload in the pathway's unit and no declared conversion.
    case noCreditValue = "NO_CREDIT_VALUE"
    /// Eligible, but not needed (or it would push a requirement past its maximum).
    case surplus = "SURPLUS"
    case excludedByCap = "EXCLUDED_BY_CAP"
    /// Another attempt or an equivalent credential counts instead.
    case duplicateOf = "DUPLICATE_OF"
    /// A container it is part of counts instead.
    case partOfCountedContainer = "PART_OF_COUNTED_CONTAINER"
    /// A recognised block (transfer value) it belongs to counts instead.
    case consumedByBlock = "CONSUMED_BY_BLOCK"
    /// Its parts count separately, so the container does not.
    case partsCounted = "PARTS_COUNTED"
    case reservedForEntry = "RESERVED_FOR_ENTRY"
}

/// Warnings about credentials that do count (or could), which the learner should see.
public enum NoteCode: String, Codable, Sendable {
    /// Declared ECTS and hours disagree at the pathway's rate; the declared ECTS wins.
    case unitInconsistency = "UNIT_INCONSISTENCY"
    /// Recent enough today, too old at the application date.
    case willLapseBeforeApplication = "WILL_LAPSE_BEFORE_APPLICATION"
    /// A learner pin costs a requirement (stacking.md S15).
    case pinConflict = "PIN_CONFLICT"
    /// A requirement is short although another has surplus that cannot be split (S4).
    case noSplit = "NO_SPLIT"
}
