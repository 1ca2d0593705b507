import Foundation
@testable import WalletStacking

/// A seeded generator (SplitMix64) so every generated instance is reproducible from its seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A small random stacking instance, kept as plain data so a brute force can evaluate it on its own.
struct SmallInstance {
    struct Pool {
        var id: String
        var min: Int
        var max: Int?
        var subject: String?
        var eqfMin: Int?
    }

    struct Item {
        var id: String
        var credit: Int
        var subject: String
        var eqf: Int
        var nonFormal: Bool
        var pending: Bool
    }

    var pools: [Pool]
    /// A choose-k group over some pools.
    var group: (children: [Int], choose: Int)?
    /// Exclude-mode cap on non-formal credit.
    var cap: Int?
    /// Soft minimum of counted credit at EQF ≥ 7.
    var levelMin: Int?
    var items: [Item]

    static func make(_ rng: inout SeededRandom, items count: Int) -> SmallInstance {
        let poolCount = Int.random(in: 2...3, using: &rng)
        let pools = (0..<poolCount).map { i in
            Pool(id: "P\(i)", min: [300, 500, 600, 800, 1000].randomElement(using: &rng) ?? 500,
                 max: Bool.random(using: &rng) && Bool.random(using: &rng) ? 1000 : nil,
                 subject: Bool.random(using: &rng) ? ["a", "b"].randomElement(using: &rng) : nil,
                 eqfMin: Int.random(in: 0...3, using: &rng) == 0 ? 7 : nil)
        }
        var group: (children: [Int], choose: Int)?
        if poolCount == 3 && Bool.random(using: &rng) { group = ([1, 2], 1) }
        let cap: Int? = Bool.random(using: &rng) ? [400, 600].randomElement(using: &rng) : nil
        let levelMin: Int? = Int.random(in: 0...3, using: &rng) == 0 ? 500 : nil
        let items = (0..<count).map { i in
            Item(id: "c\(i)", credit: [200, 300, 400, 500, 600].randomElement(using: &rng) ?? 500,
                 subject: ["a", "b"].randomElement(using: &rng) ?? "a", eqf: Int.random(in: 6...7, using: &rng),
                 nonFormal: Int.random(in: 0...2, using: &rng) == 0, pending: Int.random(in: 0...4, using: &rng) == 0)
        }
        return SmallInstance(pools: pools, group: group, cap: cap, levelMin: levelMin, items: items)
    }

    var toml: String {
        var text = "schema = \"stackability.pathway/0.1\"\nid = \"gen\"\nkind = \"test\"\ntitle = \"generated\"\n"
        for pool in pools {
            var match: [String] = []
            if let subject = pool.subject { match.append("subject_any = [\"\(subject)\"]") }
            if let eqf = pool.eqfMin { match.append("eqf_min = \(eqf)") }
            let ects = "min = \(Credit.text(pool.min))" + (pool.max.map { ", max = \(Credit.text($0))" } ?? "")
            text += "[[requirement]]\nid = \"\(pool.id)\"\ntype = \"pool\"\nmatch = { \(match.joined(separator: ", ")) }\nects = { \(ects) }\n"
        }
        var root = pools.indices.filter { i in !(group?.children.contains(i) ?? false) }.map { pools[$0].id }
        if let group {
            text += "[[requirement]]\nid = \"G\"\ntype = \"group\"\nchoose = \(group.choose)\nof = [\(group.children.map { "\"\(pools[$0].id)\"" }.joined(separator: ", "))]\n"
            root.append("G")
        }
        if let cap {
            text += "[[constraint]]\nid = \"cap\"\nover = { setting_in = [\"non-formal\"] }\nects = { max = \(Credit.text(cap)) }\n"
            root.append("cap")
        }
        if let levelMin {
            text += "[[constraint]]\nid = \"level\"\nover = { eqf_min = 7 }\nects = { min = \(Credit.text(levelMin)) }\n"
            root.append("level")
        }
        return text + "[root]\nall = [\(root.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
    }

    var credentials: [StackingCredential] {
        items.map { item in
            Fixture.credential(item.id, Credit.double(item.credit), eqf: item.eqf, subjects: [item.subject],
                               setting: item.nonFormal ? "non-formal" : "formal", status: item.pending ? .pending : .earned)
        }
    }
}
