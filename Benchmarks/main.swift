// cairn-bench: prints performance figures (release build: swift run -c release cairn-bench NAME).
import Foundation

/// Benchmarks by name; `cairn-bench NAME` runs one, no argument runs all.
let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("inspect-jcs", InspectJCSBenchmark.run),
]

let requested = CommandLine.arguments.dropFirst().first
let selected = benchmarks.filter { requested == nil || $0.name == requested }
if selected.isEmpty {
    print("unknown benchmark \(requested ?? ""); available: \(benchmarks.map(\.name).joined(separator: ", "))")
    exit(2)
}
for benchmark in selected {
    do {
        try benchmark.run()
    } catch {
        print("\(benchmark.name) failed: \(error)")
        exit(1)
    }
}
