import Foundation
import WalletStacking

/// `CAIRN_BENCH_PROFILE=1 cairn-bench stacking`: the slowest pathways of the full stack, one by one,
/// with their objective and (when provisional) bound — where the solver spends its time.
func stackingProfile(_ engine: StackingEngine, wallet: [StackingCredential], at date: Date) {
    var rows: [(ms: Double, line: String)] = []
    var nodes = 0
    for pathway in engine.catalogue.pathways {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = engine.evaluate(wallet, at: date, only: pathway.id)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        guard let one = result.first else { continue }
        nodes += one.searchNodes
        let line = "\(pathway.id): \(String(format: "%.2f", elapsed)) ms, \(one.searchNodes) nodes\(one.provisional ? " PROVISIONAL bound \(one.bound)" : "") objective \(one.objective)"
        rows.append((elapsed, line))
        if one.provisional {
            let big = StackingEngine(catalogue: engine.catalogue, budget: SolveBudget(maxNodes: 3_000_000))
            let again = big.evaluate(wallet, at: date, only: pathway.id)
            print("  \(pathway.id) with 3M nodes: \(again.first?.searchNodes ?? 0) nodes, provisional \(again.first?.provisional ?? true), objective \(again.first?.objective ?? [])")
        }
    }
    let sorted = rows.map(\.ms).sorted()
    print("stacking profile: total \(String(format: "%.1f", sorted.reduce(0, +))) ms, \(nodes) search nodes; per pathway median \(String(format: "%.2f", sorted[sorted.count / 2])) ms, min \(String(format: "%.2f", sorted.first ?? 0)) ms")
    for row in rows.sorted(by: { $0.ms > $1.ms }).prefix(15) { print("  \(row.line)") }
}
