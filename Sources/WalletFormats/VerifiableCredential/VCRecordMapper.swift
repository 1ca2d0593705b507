import Foundation
import WalletJSON
import WalletModel

/// Maps a W3C VC (1.1 or 2.0) — including Open Badges 3.0 AchievementCredential, EndorsementCredential
/// and CLR 2.0 — to the EU Annex I elements, keeping the JSON path of every value (standards.md § 11).
///
/// Pure and total: a value the credential does not state stays nil, and nothing is guessed
/// (OB `creditsAvailable` has no unit, so it maps to `WorkloadUnit.unspecified`, never ECTS).
public enum VCRecordMapper {
    /// The normalised record for an unsecured or secured credential (the proof is ignored).
    public static func record(from credential: JSONObject) -> CredentialRecord {
        var builder = RecordBuilder(credential: credential)
        builder.mapCredentialFacts()
        builder.mapSubject()
        if let achievement = builder.subject["achievement"]?.objectValue {
            builder.mapAchievement(achievement, path: "$.credentialSubject.achievement")
        }
        builder.mapClr()
        if var assessment = builder.record.assessment, assessment.summative == nil {
            assessment.summative = SummativeEvidence.infer(
                type: assessment.type, description: assessment.description, graded: builder.record.grade != nil)
            builder.record.assessment = assessment
        }
        return builder.record
    }
}
