import Foundation

/// Compiles the TOML text of one pathway into a `Pathway`, logging every problem with its key path.
///
/// The compiler never stops at the first problem, so `cairn pathways check` reports them all.
enum PathwayCompiler {
    static let schema = "stackability.pathway/0.1"
    static let topKeys: Set<String> = [
        "schema", "id", "version", "kind", "title", "source", "issuer", "priority", "total_ects", "repeats",
        "units", "evaluation", "eligibility", "entry", "defaults", "requirement", "constraint",
        "transfer_value", "equivalence", "waiver", "sharing", "root", "description",
    ]

    /// Compiles text; nil when the TOML itself does not parse (the issue is in `log`).
    static func compile(_ text: String, origin: String, log: IssueLog) -> Pathway? {
        let node: TOMLNode
        do {
            node = try TOMLNode.parse(text)
        } catch {
            log.error("(file)", error.description)
            return nil
        }
        guard case .table(let entries) = node else { return nil }
        return compile(TableReader(path: "", entries: entries, log: log), origin: origin)
    }

    static func compile(_ top: TableReader, origin: String) -> Pathway {
        top.checkKeys(topKeys)
        let schema = top.string("schema", required: true)
        if let schema, schema != Self.schema {
            top.log.error("schema", "unsupported schema \"\(schema)\"; expected \"\(Self.schema)\"")
        }
        let defaults = readDefaults(top.table("defaults"))
        let requirements = top.tables("requirement").map { RequirementReader.read($0, defaults: defaults) }
        let constraints = top.tables("constraint").map { RequirementReader.readConstraint($0, defaults: defaults) }
        var pathway = Pathway(
            id: top.string("id", required: true) ?? "", version: top.string("version"),
            kind: top.string("kind", required: true) ?? "", title: top.string("title", required: true) ?? "",
            source: top.string("source"), issuer: top.string("issuer"), priority: top.int("priority") ?? 0,
            units: readUnits(top.table("units"), log: top.log),
            evaluation: readEvaluation(top.table("evaluation")),
            eligibility: EligibilityReader.read(top.table("eligibility")),
            entry: readEntry(top.table("entry")), defaults: defaults,
            requirements: requirements, constraints: constraints,
            transferValues: top.tables("transfer_value").map(RequirementReader.readTransferValue),
            equivalences: top.tables("equivalence").map { table in
                table.checkKeys(["ids", "label"])
                return table.strings("ids") ?? []
            },
            waivers: top.tables("waiver").map(readWaiver), sharing: readSharing(top.table("sharing")),
            repeats: readRepeats(top), root: readRoot(top), declaredTotal: top.credit("total_ects"), origin: origin)
        if pathway.root.isEmpty { pathway.root = requirements.map(\.id) + constraints.map(\.id) }
        PathwaySemantics.check(pathway, log: top.log)
        return pathway
    }

    private static func readUnits(_ table: TableReader?, log: IssueLog) -> Units {
        guard let table else { return Units(credit: "ECTS", hoursPerCredit: nil, conversions: [:]) }
        table.checkKeys(["credit", "hours_per_credit", "precision", "conversions"])
        let credit = table.string("credit") ?? "ECTS"
        var conversions: [String: Int] = [:]
        if let rates = table.table("conversions") {
            for key in rates.entries.keys.sorted() { if let rate = rates.credit(key) { conversions[key] = rate } }
        }
        if let precision = table.number("precision"), precision < 0.01 {
            log.warning(table.keyPath("precision"), "arithmetic is exact to 0.01; finer precision is not used")
        }
        return Units(credit: credit, hoursPerCredit: table.credit("hours_per_credit"), conversions: conversions)
    }

    private static func readEvaluation(_ table: TableReader?) -> Evaluation {
        guard let table else { return .auditDate }
        table.checkKeys(["as_of", "application_date"])
        let asOf = table.string("as_of") ?? "audit-date"
        switch asOf {
        case "audit-date": return .auditDate
        case "application-date":
            // Without a stated application date the audit date stands in for it (the learner's
            // application date is per audit, not per pathway file).
            guard let date = table.date("application_date") else { return .auditDate }
            return .applicationDate(date)
        default:
            guard let date = CalendarDate.parse(asOf) else {
                table.log.error(table.keyPath("as_of"), "must be \"audit-date\", \"application-date\" or YYYY-MM-DD, found \"\(asOf)\"")
                return .auditDate
            }
            return .fixed(date)
        }
    }

    private static func readEntry(_ table: TableReader?) -> Entry? {
        guard let table else { return nil }
        table.checkKeys(["requires", "may_also_count"])
        return Entry(requires: table.tables("requires").map(PredicateReader.read), mayAlsoCount: table.bool("may_also_count") ?? false)
    }

    private static func readDefaults(_ table: TableReader?) -> Defaults {
        guard let table else { return Defaults(exclusive: true, splittable: false, capMode: .exclude) }
        table.checkKeys(["exclusive", "splittable", "cap_mode"])
        let splittable = table.bool("splittable") ?? false
        if splittable { table.log.warning(table.keyPath("splittable"), "splitting credentials is not supported; credentials count whole") }
        return Defaults(exclusive: table.bool("exclusive") ?? true, splittable: false, capMode: capMode(table, key: "cap_mode") ?? .exclude)
    }

    static func capMode(_ table: TableReader, key: String) -> CapMode? {
        guard let text = table.string(key) else { return nil }
        guard let mode = CapMode(rawValue: text) else {
            table.log.error(table.keyPath(key), "must be \"exclude\" or \"truncate\", found \"\(text)\"")
            return nil
        }
        return mode
    }

    private static func readWaiver(_ table: TableReader) -> Waiver {
        table.checkKeys(["requirement", "type", "reason"])
        let type = table.string("type", required: true) ?? "waive"
        if type != "waive" && type != "waive_with_credit" {
            table.log.error(table.keyPath("type"), "must be \"waive\" or \"waive_with_credit\", found \"\(type)\"")
        }
        return Waiver(requirement: table.string("requirement", required: true) ?? "", withCredit: type == "waive_with_credit")
    }

    private static func readSharing(_ table: TableReader?) -> Sharing {
        guard let table else { return Sharing(forbiddenByDefault: false, limits: []) }
        table.checkKeys(["default", "limit"])
        let mode = table.string("default") ?? "allowed"
        if mode != "allowed" && mode != "forbidden" {
            table.log.error(table.keyPath("default"), "must be \"allowed\" or \"forbidden\", found \"\(mode)\"")
        }
        let limits = table.tables("limit").map { limit in
            limit.checkKeys(["with", "max_ects", "max_count"])
            return SharingLimit(with: limit.string("with", required: true) ?? "", maxCredit: limit.credit("max_ects"), maxCount: limit.int("max_count"))
        }
        return Sharing(forbiddenByDefault: mode == "forbidden", limits: limits)
    }

    private static func readRepeats(_ top: TableReader) -> RepeatPolicy {
        guard let text = top.string("repeats") else { return .bestAttempt }
        guard let policy = RepeatPolicy(rawValue: text) else {
            top.log.error("repeats", "must be \"best-attempt\" or \"latest\", found \"\(text)\"")
            return .bestAttempt
        }
        return policy
    }

    private static func readRoot(_ top: TableReader) -> [String] {
        guard let root = top.table("root") else { return [] }
        root.checkKeys(["all"])
        return root.strings("all") ?? []
    }
}
