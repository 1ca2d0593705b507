/// Whole-file checks after compiling: references, duplicates, cycles, impossible groups.
enum PathwaySemantics {
    static func check(_ pathway: Pathway, log: IssueLog) {
        let requirementIDs = pathway.requirements.map(\.id)
        let constraintIDs = pathway.constraints.map(\.id)
        let known = Set(requirementIDs + constraintIDs)
        checkDuplicates(requirementIDs + constraintIDs, log: log)
        for (index, id) in pathway.root.enumerated() where !known.contains(id) {
            log.error("root.all[\(index)]", "refers to \"\(id)\", which no requirement or constraint defines")
        }
        for (index, requirement) in pathway.requirements.enumerated() {
            checkRequirement(requirement, index: index, known: known, log: log)
        }
        checkCycles(pathway, log: log)
        checkGrants(pathway, log: log)
        for (index, waiver) in pathway.waivers.enumerated() where !known.contains(waiver.requirement) {
            log.error("waiver[\(index)].requirement", "refers to \"\(waiver.requirement)\", which is not defined")
        }
        for (index, limit) in pathway.sharing.limits.enumerated() where limit.with == pathway.id {
            log.error("sharing.limit[\(index)].with", "a pathway cannot limit sharing with itself")
        }
        if !["ECTS", "hours"].contains(pathway.units.credit) && pathway.units.conversions.isEmpty {
            log.warning("units.credit", "\"\(pathway.units.credit)\" is counted only from workloads stated in that unit; declare conversions to accept others")
        }
    }

    private static func checkDuplicates(_ ids: [String], log: IssueLog) {
        var seen: Set<String> = []
        for id in ids where !id.isEmpty {
            if !seen.insert(id).inserted { log.error("requirement", "the id \"\(id)\" is defined more than once") }
        }
    }

    private static func checkRequirement(_ requirement: Requirement, index: Int, known: Set<String>, log: IssueLog) {
        let path = "requirement[\(index)]"
        switch requirement.kind {
        case .group:
            if requirement.children.isEmpty { log.error(path, "a group needs `all = [...]` or `choose = k` with `of = [...]`") }
            for child in requirement.children where !known.contains(child) {
                log.error("\(path).of", "refers to \"\(child)\", which is not defined")
            }
            if let k = requirement.choose, k < 1 || k > requirement.children.count {
                log.error("\(path).choose", "choose = \(k) but the group has \(requirement.children.count) options")
            }
        case .overlay:
            if requirement.creditMin == nil && requirement.countMin == nil {
                log.warning(path, "an overlay without `count` or `ects` minimum is always met")
            }
        case .pool, .course, .milestone:
            if requirement.creditMin == nil && requirement.countMin == nil {
                log.warning(path, "no `ects` or `count` minimum: the requirement is met with nothing counted")
            }
            if !requirement.exclusive && (requirement.creditMax != nil || requirement.countMax != nil) {
                log.warning(path, "maximums have no effect on a non-exclusive requirement")
            }
        }
    }

    private static func checkCycles(_ pathway: Pathway, log: IssueLog) {
        let groups = Dictionary(pathway.requirements.map { ($0.id, $0.children) }, uniquingKeysWith: { first, _ in first })
        for requirement in pathway.requirements where requirement.kind == .group {
            var stack = requirement.children
            var seen: Set<String> = []
            while let next = stack.popLast() {
                if next == requirement.id {
                    log.error("requirement", "group \"\(requirement.id)\" contains itself")
                    break
                }
                if seen.insert(next).inserted { stack += groups[next] ?? [] }
            }
        }
    }

    private static func checkGrants(_ pathway: Pathway, log: IssueLog) {
        let consuming = Set(pathway.requirements.filter(\.consumes).map(\.id))
        for (index, value) in pathway.transferValues.enumerated() {
            for (grantIndex, grant) in value.grants.enumerated() {
                guard let into = grant.into else { continue }
                if !consuming.contains(into) {
                    log.error("transfer_value[\(index)].grant[\(grantIndex)].into", "\"\(into)\" is not a pool, course or milestone of this pathway")
                }
            }
            if let from = value.validFrom, let until = value.validUntil, from > until {
                log.error("transfer_value[\(index)].valid", "`from` is after `until`")
            }
        }
    }
}
