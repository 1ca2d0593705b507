/// Why an eligible credential matches none of a pathway's requirements: "label: first failed
/// clause", and the not-counted reason worded from it.
///
/// Both texts are built together and remembered per (requirement label, predicate) and credential
/// in the run's `MatchMemo`: most of a wallet matches none of a pathway's requirements, sibling
/// pathways fail it on the same first requirement, and wording the two strings for each of 300
/// credentials in each of 119 pathways was a tenth of a full `stack`.
struct NearMiss {
    let text: String
    let rejection: Rejection

    init(_ text: String) {
        self.text = text
        rejection = Rejection(code: .ineligible, text: "matches no requirement — \(text)")
    }

    /// A credential whose units fit no requirement for a reason the matcher did not word.
    static let noRequirementAccepts = NearMiss("no requirement accepts it")

    /// What a memo entry's near-miss text depends on besides the credential.
    struct Key: Hashable {
        let label: String
        let predicate: Predicate
    }
}
