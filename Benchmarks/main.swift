// cairn-bench: prints performance figures (release build: swift build -c release --product cairn-bench,
// then .build/release/cairn-bench NAME). The first argument names the benchmark to run; none runs all.
import Foundation

let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("store", runStoreBenchmark),
    ("inspect-jcs", InspectJCSBenchmark.run),
    ("rdfc", { RDFCBenchmark.run() }),
    ("inspect-rdfc", InspectRDFCBenchmark.run),
    ("bundle", { bundleBenchmark() }),
    ("tui", { try TUIBenchmark.run() }),
    ("baked", { BakedImageBenchmark.run() }),
    ("stacking", stackingBenchmark),
    ("demo", DemoBenchmark.run),
]

let wanted = CommandLine.arguments.dropFirst().first
let selected = benchmarks.filter { wanted == nil || $0.name == wanted }
if selected.isEmpty {
    print("unknown benchmark \(wanted ?? ""); available: \(benchmarks.map(\.name).joined(separator: ", "))")
    exit(2)
}
for benchmark in selected {
    do {
        try benchmark.run()
    } catch {
        print("\(benchmark.name): failed: \(error)")
        exit(1)
    }
}
