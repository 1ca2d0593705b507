extension ProblemBuilder {
    /// One node per requirement, then one per constraint, in file order.
    func addNodes(_ problem: inout Problem, units: inout [Unit], leafOf: [Int?]) {
        let requirementCount = pathway.requirements.count
        var index: [String: Int] = [:]
        for (i, requirement) in pathway.requirements.enumerated() { index[requirement.id] = index[requirement.id] ?? i }
        for (j, constraint) in pathway.constraints.enumerated() { index[constraint.id] = index[constraint.id] ?? requirementCount + j }
        let waived = Dictionary(pathway.waivers.map { ($0.requirement, $0.withCredit) }, uniquingKeysWith: { a, _ in a })
        let bonus = pathway.waivers.filter(\.withCredit).compactMap { waiver in
            index[waiver.requirement].map { ProgrammeSize.minimum(of: $0, in: pathway) }
        }.reduce(0, +)
        problem.waivedCredit = bonus
        for (i, requirement) in pathway.requirements.enumerated() {
            if waived[requirement.id] != nil { problem.nodes.append(.waived); continue }
            if let leaf = leafOf[i] { problem.nodes.append(.leaf(leaf)); continue }
            if requirement.kind == .group {
                let children = requirement.children.compactMap { index[$0] }
                problem.nodes.append(.group(children, choose: requirement.choose))
                continue
            }
            let inside = units.indices.filter { requirement.match.holds(for: PredicateSubject(credential: units[$0].facts, credit: units[$0].credit)) }
            problem.minimums.append(Minimum(node: i, creditMin: requirement.creditMin ?? 0, countMin: requirement.countMin ?? 0))
            for u in inside { units[u].overlays.append(problem.minimums.count - 1) }
            problem.nodes.append(.minimum(problem.minimums.count - 1))
        }
        for (j, constraint) in pathway.constraints.enumerated() {
            if waived[constraint.id] != nil { problem.nodes.append(.waived); continue }
            guard constraint.isSoft else { problem.nodes.append(.always); continue }
            let everything = constraint.over.isAlways
            problem.minimums.append(Minimum(
                node: requirementCount + j, creditMin: constraint.creditMin ?? 0, countMin: constraint.countMin ?? 0,
                avgGrade: constraint.avgGrade, bonus: everything ? bonus : 0))
            for u in units.indices where constraint.over.holds(for: PredicateSubject(credential: units[u].facts, credit: units[u].credit)) {
                units[u].softs.append(problem.minimums.count - 1)
            }
            problem.nodes.append(.minimum(problem.minimums.count - 1))
        }
        problem.root = pathway.root.compactMap { index[$0] }
    }

    /// Keys for `distinct`/`same`, grades, pins and the contested flag.
    func annotate(_ units: inout [Unit], problem: Problem) {
        let keyNames = Set(problem.leaves.flatMap { ($0.distinct.map { [$0.by] } ?? []) + $0.same })
        let usesGrades = problem.minimums.contains { $0.avgGrade != nil }
        let requirementIDs = pathway.requirements.map(\.id)
        for u in units.indices {
            let facts = units[u].facts
            for name in keyNames { units[u].keys[name] = Self.keyValue(facts, name) }
            if usesGrades { units[u].grade = GradeScale.numeric(facts.grade) }
            units[u].contested = context.contested.contains(units[u].source)
            if let pin = context.pins[units[u].source], let requirement = requirementIDs.firstIndex(of: pin) {
                units[u].pinned = problem.leaves.firstIndex { $0.requirement == requirement } ?? -2
            }
        }
    }

    static func keyValue(_ c: StackingCredential, _ name: String) -> String? {
        switch name {
        case "track": return c.track
        case "issuer": return c.issuerID
        case "setting": return c.setting
        case "type": return c.credentialType
        default: return c.subjects.first.map { SubjectCode.key($0, by: name) }
        }
    }
}
