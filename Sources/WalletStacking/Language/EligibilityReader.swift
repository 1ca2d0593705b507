/// Compiles `[eligibility]`.
enum EligibilityReader {
    static func read(_ table: TableReader?) -> Eligibility {
        var result = Eligibility(
            eqfMin: nil, eqfMax: nil, assessment: [], identityVerified: false, qualityAssurance: [],
            issuedWithin: nil, settingIn: [], issuerTypeIn: [], verifiedOnly: false, requireValid: true,
            statusIn: [.earned, .pending, .planned])
        guard let table else { return result }
        table.checkKeys([
            "eqf", "assessment", "identity_verified", "quality_assurance", "issued_within", "setting_in",
            "issuer_type_in", "verified_only", "require_valid", "status_in",
        ])
        if let eqf = table.table("eqf") {
            eqf.checkKeys(["min", "max"])
            result.eqfMin = eqf.int("min")
            result.eqfMax = eqf.int("max")
            for (key, level) in [("min", result.eqfMin), ("max", result.eqfMax)] {
                if let level, !(1...8).contains(level) { eqf.log.error(eqf.keyPath(key), "EQF levels run from 1 to 8, found \(level)") }
            }
            if let low = result.eqfMin, let high = result.eqfMax, low > high {
                eqf.log.error(eqf.keyPath("min"), "the EQF band \(low)–\(high) is empty: nothing can count")
            }
        }
        result.assessment = table.strings("assessment") ?? []
        result.identityVerified = table.bool("identity_verified") ?? false
        result.qualityAssurance = table.strings("quality_assurance") ?? []
        result.issuedWithin = recency(table, key: "issued_within")
        result.settingIn = table.strings("setting_in") ?? []
        result.issuerTypeIn = table.strings("issuer_type_in") ?? []
        result.verifiedOnly = table.bool("verified_only") ?? false
        result.requireValid = table.bool("require_valid") ?? true
        if let statuses = table.strings("status_in") {
            result.statusIn = statuses.compactMap { text in
                guard let status = CredentialStatus(rawValue: text), status != .revoked else {
                    table.log.error(table.keyPath("status_in"), "unknown status \"\(text)\"; use earned, pending, planned")
                    return nil
                }
                return status
            }
        }
        return result
    }

    static func recency(_ table: TableReader, key: String) -> Recency? {
        guard let spec = table.table(key) else { return nil }
        spec.checkKeys(["years", "months"])
        let years = spec.int("years") ?? 0
        let months = spec.int("months") ?? 0
        if years < 0 || months < 0 || years + months == 0 {
            spec.log.error(spec.keyPath("years"), "the window must be a positive number of years or months")
        }
        return Recency(years: years, months: months)
    }
}
