import Foundation
import WalletModel
import WalletStacking

/// `cairn-bench stacking`: a full `stack` (300 credentials, built-in catalogue + 100 generated
/// pathways) must take ≤ 100 ms; one pathway on a 50-credential wallet ≤ 5 ms median.
func stackingBenchmark() throws {
    var rng = BenchRandom(seed: 42)
    let wallet = (0..<300).map { benchCredential($0, &rng) }
    let builtIn = try PathwayCatalogue.builtIn()
    let generated = try (0..<100).map { try PathwayCatalogue.parse(benchPathway($0, &rng), origin: "generated") }
    let engine = StackingEngine(catalogue: builtIn.merging(PathwayCatalogue(pathways: generated)))
    let date = Date(timeIntervalSince1970: 1_750_000_000)
    if ProcessInfo.processInfo.environment["CAIRN_BENCH_PROFILE"] != nil {
        stackingProfile(engine, wallet: wallet, at: date)
    }
    var results: [PathwayResult] = []
    let cpuBefore = processCPUSeconds()
    let full = measure(runs: 15) { results = engine.evaluate(wallet, at: date) }
    let cpu = (processCPUSeconds() - cpuBefore) / 15 * 1000
    let provisional = results.filter(\.provisional).count
    let nodes = results.map(\.searchNodes).reduce(0, +)
    print("stacking: full stack, 300 credentials × \(engine.catalogue.pathways.count) pathways: median \(ms(full.median)) ms, max \(ms(full.max)) ms (goal ≤ 100 ms); \(results.filter(\.complete).count) complete, \(provisional) provisional; CPU \(ms(cpu)) ms per stack on \(ProcessInfo.processInfo.activeProcessorCount) cores, \(nodes) search nodes")
    let small = Array(wallet.prefix(50))
    for id in ["urn:example:pathway:microdegree:applied-data-science", "urn:example:pathway:msc:data-science-90", "cairn:ladder:bachelor-180"] {
        let one = measure(runs: 200) { _ = engine.evaluate(small, at: date, only: id) }
        print("stacking: one pathway (\(id)), 50 credentials: median \(ms(one.median)) ms, max \(ms(one.max)) ms (goal ≤ 5 ms median)")
    }
    denseWallets(builtIn: builtIn, at: date)
}

/// Not a goal of the issue, a watch: wallets concentrated in the MSc's three data-science fields
/// are the hardest allocation problems found so far, and some MSc answers there hit the node budget
/// (labelled provisional). Prints how many, so a change to the search can be judged by it.
private func denseWallets(builtIn: PathwayCatalogue, at date: Date) {
    let engine = StackingEngine(catalogue: builtIn)
    var rng = BenchRandom(seed: 7)
    var provisional: [String] = []
    var times: [Double] = []
    let sizes = [40, 60, 80, 100, 120]
    for size in sizes {
        let wallet = (0..<size).map { benchCredential($0, &rng, subjects: ["0613", "0542", "0688"]) }
        let start = DispatchTime.now().uptimeNanoseconds
        let results = engine.evaluate(wallet, at: date)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        provisional += results.filter(\.provisional).map { "\($0.id) (\(size) credentials)" }
    }
    print("stacking: dense wallets (40–120 credentials in three data-science fields) × built-in catalogue: \(times.map(ms).joined(separator: " / ")) ms; \(provisional.count) of \(sizes.count * builtIn.pathways.count) answers provisional\(provisional.isEmpty ? "" : ": " + provisional.joined(separator: ", "))")
}

private func measure(runs: Int, _ body: () -> Void) -> (median: Double, max: Double) {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    return (times[times.count / 2], times.last ?? 0)
}

/// User + system CPU time of this process so far: wall time alone hides how well the work spreads
/// over cores, and is inflated when another job shares the machine.
private func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}

private func ms(_ value: Double) -> String { String(format: "%.2f", value) }

/// SplitMix64, so the benchmark wallet is the same on every run.
struct BenchRandom: RandomNumberGenerator {
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

private let subjects = ["0613", "0542", "0688", "0413", "0311", "0714", "0222"]
private let issuers = ["urn:org:uni-a", "urn:org:uni-b", "urn:org:uoc", "urn:org:mitx", "urn:org:academy"]

private func benchCredential(_ index: Int, _ rng: inout BenchRandom, subjects: [String] = subjects) -> StackingCredential {
    let sizes: [Double] = [1, 2, 2, 3, 4, 4, 5, 5, 5, 6, 6, 10, 15]
    let ects = sizes.randomElement(using: &rng) ?? 5
    let subject = subjects.randomElement(using: &rng) ?? "0613"
    return StackingCredential(
        id: String(format: "%032x", index * 7919 + 17), title: "Credential \(index)",
        workload: [Workload(value: ects, unit: .ects)], eqfLevel: Int.random(in: 5...7, using: &rng),
        summativeAssessment: Int.random(in: 0..<10, using: &rng) > 0, identityVerified: Bool.random(using: &rng),
        qualityAssurance: ["esg-agency"], subjects: ["isced-f:\(subject)"],
        tags: [["data", "nlp", "vision", "supply-chain", "ml"].randomElement(using: &rng) ?? "data"],
        issuerID: issuers.randomElement(using: &rng), issuerType: Bool.random(using: &rng) ? "hei" : "non-hei",
        setting: Int.random(in: 0..<3, using: &rng) == 0 ? "non-formal" : "formal",
        credentialType: "micro-credential", issued: Date(timeIntervalSince1970: Double.random(in: 1.5e9...1.74e9, using: &rng)),
        status: Int.random(in: 0..<10, using: &rng) == 0 ? .pending : .earned, grade: ["A", "B", "C", "D"].randomElement(using: &rng),
        track: "t\(Int.random(in: 0..<5, using: &rng))")
}

private func benchPathway(_ index: Int, _ rng: inout BenchRandom) -> String {
    var text = "schema = \"stackability.pathway/0.1\"\nid = \"bench:\(index)\"\nkind = \"generated\"\ntitle = \"Generated \(index)\"\n"
    let pools = Int.random(in: 2...5, using: &rng)
    for p in 0..<pools {
        let subject = subjects.randomElement(using: &rng) ?? "0613"
        let eqf = Int.random(in: 5...7, using: &rng)
        let minimum = [5, 6, 10, 12, 15, 20, 30].randomElement(using: &rng) ?? 10
        text += "[[requirement]]\nid = \"r\(p)\"\ntype = \"pool\"\nmatch = { subject_any = [\"isced-f:\(subject)\"], eqf_min = \(eqf) }\nects = { min = \(minimum) }\n"
    }
    if Bool.random(using: &rng) {
        text += "[[constraint]]\nid = \"nf\"\nover = { setting_in = [\"non-formal\"] }\nects = { max = 10 }\n"
    }
    return text
}
