/// Compiles `[[requirement]]`, `[[constraint]]` and `[[transfer_value]]` tables.
enum RequirementReader {
    static let requirementKeys: Set<String> = [
        "id", "type", "label", "advice", "match", "ects", "count", "distinct", "same", "prefer", "choose", "of",
        "all", "exclusive",
    ]

    static func read(_ table: TableReader, defaults: Defaults) -> Requirement {
        table.checkKeys(requirementKeys)
        let typeText = table.string("type", required: true) ?? "pool"
        let kind = Requirement.Kind(rawValue: typeText) ?? {
            table.log.error(table.keyPath("type"), "must be one of pool, course, group, overlay, milestone; found \"\(typeText)\"")
            return .pool
        }()
        let (creditMin, creditMax) = range(table, key: "ects", credit: true)
        let (countMin, countMax) = range(table, key: "count", credit: false)
        var distinct: Distinct?
        if let spec = table.table("distinct") {
            spec.checkKeys(["by", "min"])
            distinct = Distinct(by: spec.string("by", required: true) ?? "subject", min: spec.int("min") ?? 2)
        }
        let all = table.strings("all") ?? []
        let of = table.strings("of") ?? []
        return Requirement(
            id: table.string("id", required: true) ?? "", kind: kind, label: table.string("label") ?? "",
            advice: table.string("advice"), match: PredicateReader.read(table, key: "match"),
            creditMin: creditMin, creditMax: creditMax, countMin: countMin, countMax: countMax,
            distinct: distinct, same: table.strings("same") ?? [], prefer: table.strings("prefer") ?? [],
            children: all.isEmpty ? of : all, choose: table.int("choose"),
            exclusive: table.bool("exclusive") ?? defaults.exclusive)
    }

    /// Reads `{ min, max }` (credits in hundredths, or plain counts).
    static func range(_ table: TableReader, key: String, credit: Bool) -> (Int?, Int?) {
        guard let spec = table.table(key) else { return (nil, nil) }
        spec.checkKeys(credit ? ["min", "max", "max_share_of_programme"] : ["min", "max"])
        let low = credit ? spec.credit("min") : spec.int("min")
        let high = credit ? spec.credit("max") : spec.int("max")
        if let low, let high, low > high {
            table.log.error(spec.keyPath("min"), "min is above max: the requirement can never be met")
        }
        return (low, high)
    }

    static func readConstraint(_ table: TableReader, defaults: Defaults) -> PathwayConstraint {
        table.checkKeys(["id", "label", "over", "ects", "count", "avg_grade", "issued_within", "per", "mode"])
        let (creditMin, creditMax) = range(table, key: "ects", credit: true)
        let (countMin, countMax) = range(table, key: "count", credit: false)
        let share = table.table("ects")?.number("max_share_of_programme")
        if let share, !(0...1).contains(share) {
            table.log.error(table.keyPath("ects.max_share_of_programme"), "must be between 0 and 1, found \(share)")
        }
        var perIssuer: Int?
        if let per = table.table("per") {
            per.checkKeys(["by", "max_ects"])
            if let by = per.string("by"), by != "issuer" { per.log.error(per.keyPath("by"), "only \"issuer\" is supported") }
            perIssuer = per.credit("max_ects")
        }
        return PathwayConstraint(
            id: table.string("id", required: true) ?? "", label: table.string("label") ?? "",
            over: PredicateReader.read(table, key: "over"), creditMin: creditMin, creditMax: creditMax,
            maxShare: share.map { Int(($0 * 100).rounded()) }, countMin: countMin, countMax: countMax,
            avgGrade: averageGrade(table), issuedWithin: EligibilityReader.recency(table, key: "issued_within"),
            perIssuerMax: perIssuer, mode: PathwayCompiler.capMode(table, key: "mode") ?? defaults.capMode)
    }

    private static func averageGrade(_ table: TableReader) -> AverageGrade? {
        guard let spec = table.table("avg_grade") else { return nil }
        spec.checkKeys(["min", "scale"])
        let scale = spec.string("scale") ?? "numeric"
        var text: String?
        if case .string = spec.entries["min"] { text = spec.string("min") } else if let number = spec.number("min") { text = String(number) }
        guard let text, let value = GradeScale.numeric(text) else {
            spec.log.error(spec.keyPath("min"), "must be a number or an ECTS letter grade A–E")
            return nil
        }
        return AverageGrade(min: value, minText: text, scale: scale)
    }

    static func readTransferValue(_ table: TableReader) -> TransferValue {
        table.checkKeys(["id", "label", "from", "parts", "valid", "grant"])
        let parts = table.string("parts") ?? "consumed"
        if parts != "consumed" && parts != "separate" {
            table.log.error(table.keyPath("parts"), "must be \"consumed\" or \"separate\", found \"\(parts)\"")
        }
        let valid = table.table("valid")
        valid?.checkKeys(["from", "until"])
        let grants = table.tables("grant").map { grant -> Grant in
            grant.checkKeys(["ects", "eqf", "tags", "into"])
            return Grant(credit: grant.credit("ects") ?? { grant.log.error(grant.keyPath("ects"), "is required"); return 0 }(),
                         eqf: grant.int("eqf"), tags: grant.strings("tags") ?? [], into: grant.string("into"))
        }
        if grants.isEmpty { table.log.error(table.keyPath("grant"), "a transfer value needs at least one grant") }
        return TransferValue(
            id: table.string("id", required: true) ?? "", label: table.string("label") ?? "",
            from: PredicateReader.read(table, key: "from"), partsConsumed: parts != "separate",
            validFrom: valid?.date("from"), validUntil: valid?.date("until"), grants: grants)
    }
}
