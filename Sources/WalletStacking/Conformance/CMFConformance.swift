import WalletModel

/// The Common Microcredential Framework rules (domain.md § 3.1) checked on one credential.
public struct CMFConformance: Codable, Equatable, Sendable {
    /// One rule's verdict.
    public struct Check: Codable, Equatable, Sendable {
        public enum Verdict: String, Codable, Sendable {
            case meets, fails
            /// The credential does not state what the rule needs.
            case notStated = "not-stated"
        }

        /// The rule number as in domain.md (R1–R7, R9).
        public var rule: String
        public var title: String
        public var verdict: Verdict
        public var why: String
    }

    public var credential: String
    public var checks: [Check]
    /// The EQF band the checks used.
    public var band: ClosedRange<Int>

    /// True only when every rule is met (a "not stated" is not a pass).
    public var conforms: Bool { checks.allSatisfy { $0.verdict == .meets } }

    /// The rules that fail or cannot be checked.
    public var gaps: [Check] { checks.filter { $0.verdict != .meets } }
}

/// Which EQF band a CMF check uses: the 2021 recommendations (5–8, default) or the 2020 text.
public enum CMFBand: String, Sendable, CaseIterable {
    /// EMC-LM Policy Recommendations, 15 December 2021: EQF 5–8.
    case policy2021 = "2021"
    /// EMC-LM D1.2 (2020): EQF 6–7, or 4–5 in combination with ECTS.
    case report2020 = "2020"
}
