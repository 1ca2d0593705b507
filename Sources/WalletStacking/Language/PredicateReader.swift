/// Compiles `match` / `over` / `from` tables into predicates.
enum PredicateReader {
    static let stringListKeys: [String: @Sendable ([String]) -> Predicate] = [
        "subject_any": Predicate.subjectAny, "subject_broad_any": Predicate.subjectBroadAny,
        "tags_any": Predicate.tagsAny, "issuer_in": Predicate.issuerIn, "issuer_not_in": Predicate.issuerNotIn,
        "issuer_type_in": Predicate.issuerTypeIn, "setting_in": Predicate.settingIn,
        "credential_type_in": Predicate.credentialTypeIn, "credential_type_not_in": Predicate.credentialTypeNotIn,
        "id_in": Predicate.idIn, "skills_any": Predicate.skillsAny, "status_in": Predicate.statusIn,
        "track_in": Predicate.trackIn,
    ]
    static let otherKeys: Set<String> = [
        "all_of", "any_of", "not", "eqf_min", "eqf_max", "ects_min", "ects_max", "equivalent_to", "graded",
        "credential_type",
    ]

    static func read(_ table: TableReader) -> Predicate {
        table.checkKeys(Set(stringListKeys.keys).union(otherKeys))
        var parts: [Predicate] = []
        for key in stringListKeys.keys.sorted() {
            if let values = table.strings(key), let make = stringListKeys[key] {
                if values.isEmpty { table.log.warning(table.keyPath(key), "is empty, so nothing can match") }
                if key.hasPrefix("subject"), let empty = values.first(where: { SubjectCode.normalised($0).isEmpty }) {
                    table.log.error(table.keyPath(key), "\"\(empty)\" names no subject field (it would match every ISCED-F code); write a code such as \"isced-f:0613\"")
                }
                parts.append(make(values))
            }
        }
        parts += levelParts(table)
        if let type = table.string("credential_type") { parts.append(.credentialTypeIn([type])) }
        if let target = table.string("equivalent_to") { parts.append(.equivalentTo(target)) }
        if let graded = table.bool("graded") { parts.append(.graded(graded)) }
        if let inner = table.table("not") { parts.append(.not(read(inner))) }
        if table.has("all_of") { parts.append(.allOf(table.tables("all_of").map(read))) }
        if table.has("any_of") { parts.append(.anyOf(table.tables("any_of").map(read))) }
        if parts.isEmpty { return .always }
        return parts.count == 1 ? parts[0] : .allOf(parts)
    }

    private static func levelParts(_ table: TableReader) -> [Predicate] {
        var parts: [Predicate] = []
        let low = table.int("eqf_min")
        let high = table.int("eqf_max")
        for (key, level) in [("eqf_min", low), ("eqf_max", high)] {
            if let level, !(1...8).contains(level) { table.log.error(table.keyPath(key), "EQF levels run from 1 to 8, found \(level)") }
        }
        if let low, let high, low > high { table.log.error(table.keyPath("eqf_min"), "eqf_min \(low) is above eqf_max \(high): nothing can match") }
        if let low { parts.append(.eqfMin(low)) }
        if let high { parts.append(.eqfMax(high)) }
        if let value = table.credit("ects_min") { parts.append(.creditMin(value)) }
        if let value = table.credit("ects_max") { parts.append(.creditMax(value)) }
        return parts
    }

    /// Reads `key` as a predicate table; absent means "everything".
    static func read(_ table: TableReader, key: String) -> Predicate {
        guard let inner = table.table(key) else { return .always }
        return read(inner)
    }
}
