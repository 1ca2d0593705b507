/// The counted credit per grade value under each `avg_grade` constraint, kept incrementally for
/// the transposition table.
///
/// Integer credit per distinct grade (not a running floating-point sum) so that equal keys mean
/// exactly the same graded credit, whatever order the units were placed in.
final class GradeSumTracker {
    /// Per unit: (minimum slot, grade id) pairs it adds its credit to.
    private let entries: [[(slot: Int, grade: Int)]]
    private let credit: [Int]
    private var weight: [[Int]]

    init(problem: Problem) {
        let graded = problem.minimums.indices.filter { problem.minimums[$0].avgGrade != nil }
        let slotOf = Dictionary(uniqueKeysWithValues: graded.enumerated().map { ($1, $0) })
        var gradeIDs: [Double: Int] = [:]
        var entries: [[(slot: Int, grade: Int)]] = []
        for unit in problem.units {
            guard unit.credit > 0, let grade = unit.grade else { entries.append([]); continue }
            let id = gradeIDs[grade] ?? gradeIDs.count
            gradeIDs[grade] = id
            entries.append(unit.softs.compactMap { m in slotOf[m].map { (slot: $0, grade: id) } })
        }
        self.entries = entries
        credit = problem.units.map(\.credit)
        weight = Array(repeating: Array(repeating: 0, count: gradeIDs.count), count: graded.count)
    }

    func apply(_ u: Int, sign: Int) {
        for entry in entries[u] { weight[entry.slot][entry.grade] += sign * credit[u] }
    }

    func appendKey(to key: inout [Int]) {
        for row in weight { key += row }
    }
}
