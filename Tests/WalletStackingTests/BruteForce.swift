/// An independent exact method: enumerates every placement of every credential and evaluates the
/// stacking.md § 4.3 objective directly from the instance data (no engine code).
struct BruteForce {
    let instance: SmallInstance

    func eligible(_ item: SmallInstance.Item, _ pool: SmallInstance.Pool) -> Bool {
        (pool.subject.map { $0 == item.subject } ?? true) && (pool.eqfMin.map { item.eqf >= $0 } ?? true)
    }

    func best() -> [Int] {
        let items = instance.items
        let options = items.map { item in [-1] + instance.pools.indices.filter { eligible(item, instance.pools[$0]) } }
        var choice = Array(repeating: 0, count: items.count)
        var best: [Int]?
        while true {
            let assign = items.indices.map { options[$0][choice[$0]] }
            if let value = objective(assign), best.map({ greater(value, $0) }) ?? true { best = value }
            var i = 0
            while i < items.count {
                choice[i] += 1
                if choice[i] < options[i].count { break }
                choice[i] = 0
                i += 1
            }
            if i == items.count { break }
        }
        return best ?? []
    }

    func greater(_ a: [Int], _ b: [Int]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x > y }
        return false
    }

    /// Nil when a hard limit (pool maximum, non-formal cap) is exceeded.
    func objective(_ assign: [Int]) -> [Int]? {
        let pools = instance.pools
        var credit = Array(repeating: 0, count: pools.count)
        var nonFormal = 0, level = 0, status = 0, used = 0
        for (i, item) in instance.items.enumerated() where assign[i] >= 0 {
            credit[assign[i]] += item.credit
            if item.nonFormal { nonFormal += item.credit }
            if item.eqf >= 7 { level += item.credit }
            if item.pending { status += 1 }
            used += 1
        }
        for (p, pool) in pools.enumerated() { if let max = pool.max, credit[p] > max { return nil } }
        if let cap = instance.cap, nonFormal > cap { return nil }
        let poolMet = pools.indices.map { credit[$0] >= pools[$0].min }
        var met = poolMet.filter { $0 }.count
        var rootMet = pools.indices.filter { !(instance.group?.children.contains($0) ?? false) }.allSatisfy { poolMet[$0] }
        if let group = instance.group {
            let groupMet = group.children.filter { poolMet[$0] }.count >= group.choose
            if groupMet { met += 1 }
            rootMet = rootMet && groupMet
        }
        if instance.cap != nil { met += 1 }
        if let levelMin = instance.levelMin {
            if level >= levelMin { met += 1 } else { rootMet = false }
        }
        let eligibleCount = pools.map { pool in instance.items.filter { eligible($0, pool) }.count }
        var capped = 0, weighted = 0, excess = 0
        for (p, pool) in pools.enumerated() {
            let weight = 1 + eligibleCount.filter { $0 > eligibleCount[p] }.count
            capped += min(credit[p], pool.min)
            weighted += weight * min(credit[p], pool.min)
            excess += max(0, credit[p] - pool.min)
        }
        return [rootMet ? 1 : 0, met, capped, 0, weighted, -status, -excess, 0, -used]
    }
}
