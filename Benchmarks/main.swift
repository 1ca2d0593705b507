// cairn-bench: prints performance figures (release build: swift build -c release --product cairn-bench,
// then .build/release/cairn-bench NAME). With no NAME every benchmark runs.
let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("stacking", stackingBenchmark),
]

let wanted = CommandLine.arguments.dropFirst().first
let selected = benchmarks.filter { wanted == nil || $0.name == wanted }
if selected.isEmpty { print("cairn-bench: unknown benchmark \(wanted ?? ""); known: \(benchmarks.map(\.name).joined(separator: ", "))") }
for benchmark in selected {
    do { try benchmark.run() } catch { print("\(benchmark.name): failed: \(error)") }
}
