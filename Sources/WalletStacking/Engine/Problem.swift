/// One allocatable item: a credential, or a credit block granted by a transfer value.
struct Unit {
    /// Position in the canonical order.
    var index: Int
    /// The wallet credential it comes from, and its position in the wallet the problem was built
    /// from (the builder's and the explainer's per-credential arrays are indexed by it).
    var source: String
    let sourceIndex: Int
    /// The facts predicates see (a grant overrides EQF, tags and credit). Boxed: units are copied,
    /// filtered and sorted several times per pathway, and a credential is a large struct whose
    /// every copy retained a score of strings and arrays.
    private let factsBox: CredentialBox
    var facts: StackingCredential {
        // A read accessor: `unit.facts.hasPart` then reads through the box without copying the credential.
        _read { yield factsBox.credential }
    }
    /// `sourceIndex`, or -1 for a grant: its facts differ from the credential's, so shared match
    /// verdicts do not apply.
    var credentialIndex: Int { grantOf == nil ? sourceIndex : -1 }
    var credit: Int
    var statusRank: Int
    /// The transfer value it was granted by, if any.
    var grantOf: String?
    /// Consuming leaves it may be placed in (indices into `Problem.leaves`).
    var leaves: [Int] = []
    /// (conflict group, side): units of different sides of one group never count together.
    var conflicts: [(group: Int, side: Int)] = []
    var caps: [Int] = []
    var truncations: [Int] = []
    var softs: [Int] = []
    var overlays: [Int] = []
    var contested = false
    var grade: Double?
    /// Values read by `distinct` / `same` keys.
    var keys: [String: String] = [:]
    /// Forced leaf (a learner pin).
    var pinned: Int?
    /// Equivalence class signature for symmetry breaking; equal → interchangeable.
    var classKey = ""

    /// The value a `same` key reads: a credential without the key is its own track, so alone it is
    /// coherent and with others it is not. (The evaluator and the transposition table must agree.)
    func sameKey(_ name: String) -> String {
        keys[name] ?? "~" + source
    }

    init(index: Int, source: String, sourceIndex: Int, facts: StackingCredential, credit: Int, statusRank: Int, grantOf: String? = nil) {
        self.index = index
        self.source = source
        self.sourceIndex = sourceIndex
        self.factsBox = CredentialBox(facts)
        self.credit = credit
        self.statusRank = statusRank
        self.grantOf = grantOf
    }
}

/// One credential behind a reference, so copying a `Unit` retains one object.
final class CredentialBox {
    let credential: StackingCredential

    init(_ credential: StackingCredential) {
        self.credential = credential
    }
}

/// A consuming requirement (pool, course or milestone).
struct Leaf {
    var requirement: Int
    var need: Int
    var countNeed: Int
    var maxCredit: Int?
    var maxCount: Int?
    var distinct: Distinct?
    var same: [String]
    /// Specificity weight: narrower requirements get higher weight, so gaps land in broad ones (S21).
    var weight: Int = 1
}

/// A hard limit: never exceeded by the allocation.
struct Cap {
    var id: String
    var text: String
    var maxCredit: Int?
    var maxCount: Int?
}

/// A minimum over counted credentials matching a predicate (soft constraints and overlays).
struct Minimum {
    var node: Int
    var creditMin: Int
    var countMin: Int
    var avgGrade: AverageGrade?
    /// Credit added by `waive_with_credit` waivers (only for "everything" constraints).
    var bonus: Int = 0
}

/// How a requirement-tree node is evaluated.
enum NodeRule {
    case leaf(Int)
    case minimum(Int)
    case group([Int], choose: Int?)
    /// A constraint with only caps (always met: caps are enforced).
    case always
    case waived
}

/// A pathway compiled against one wallet: the search space of the allocation.
struct Problem {
    var pathway: Pathway
    var units: [Unit]
    var leaves: [Leaf]
    var caps: [Cap]
    var truncations: [Cap]
    /// Soft constraints and overlays.
    var minimums: [Minimum]
    var nodes: [NodeRule]
    var root: [Int]
    var conflicts: [ConflictInfo]
    /// Programme size in hundredths (declared or derived).
    var total: Int
    /// Credit granted by `waive_with_credit` (reported as counted).
    var waivedCredit: Int
    /// Per unit: true when it is interchangeable with the previous unit.
    var sameAsPrevious: [Bool] = []
    /// Per leaf: true when the root needs it through all-of links only (no choice).
    var requiredLeaves: [Bool] = []
    var maxLeafWeight = 1
    /// Per leaf: true when a `.leaf` node evaluates it (false for waived requirements).
    var leafHasNode: [Bool] = []
    /// Whether any node is a group (else node values need no tree walk).
    var hasGroups = true

    /// The first of `unit`'s caps that limits credit: the one the flow relaxation and the
    /// reachable-credit bound charge the unit's credit to.
    func firstCreditCap(of unit: Unit) -> Int? {
        unit.caps.first { caps[$0].maxCredit != nil }
    }
}
