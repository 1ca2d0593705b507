/// Whether a stated assessment was summative, from what the credential itself says.
///
/// The CMF rules (and pathways built on them) count only summatively assessed learning, but no
/// credential format has a "summative" flag. cairn reads two kinds of evidence and nothing else:
/// the assessment's own type text naming it ("summative" / "formative"), and a result the
/// learner was awarded — a grade on the credential is the outcome of an assessment *of* learning,
/// which is what summative means. Without either the answer stays `nil` ("not stated"), and a
/// pathway demanding a summative assessment says so instead of guessing.
public enum SummativeEvidence {
    /// `true` / `false` when the type names it or a grade was awarded; `nil` otherwise.
    public static func infer(type: String?, description: String? = nil, graded: Bool) -> Bool? {
        let text = [type, description].compactMap { $0?.lowercased() }.joined(separator: " ")
        let saysSummative = text.contains("summative")
        let saysFormative = text.contains("formative") && !saysSummative
        if saysFormative { return false }
        if saysSummative || graded { return true }
        return nil
    }
}
