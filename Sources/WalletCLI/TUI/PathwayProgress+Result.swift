import WalletModel
import WalletStacking
import WalletTUI

extension PathwayProgress {
    /// The stacking screen's view of one evaluated pathway.
    init(result: PathwayResult) {
        let requirements = result.requirements.map { requirement in
            RequirementProgress(
                title: requirement.label, met: requirement.met,
                detail: "\(ECTSText.format(requirement.countedECTS)) of \(ECTSText.format(requirement.requiredECTS)) ECTS",
                credentialIDs: requirement.credentials.compactMap(CredentialID.init(rawValue:)),
                missing: result.missing.first { $0.requirement == requirement.id }?.text)
        }
        let notCounted = result.notCounted.compactMap { item in
            CredentialID(rawValue: item.credential).map { NotCountedCredential(id: $0, reason: item.text) }
        }
        var all = requirements
        if !notCounted.isEmpty {
            all.append(RequirementProgress(title: "Credentials not counted here (\(notCounted.count))", met: false, notCounted: notCounted))
        }
        self.init(
            id: result.id, title: result.title, countedECTS: result.progress.countedECTS,
            requiredECTS: result.progress.requiredECTS, requirementsMet: result.progress.requirementsMet,
            requirementsTotal: result.progress.requirementsTotal, requirements: all)
    }
}

/// ECTS values as people write them: "5", "2.5".
enum ECTSText {
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
