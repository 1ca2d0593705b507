// cairn-bench: prints performance figures (release build: swift run -c release cairn-bench [name]).
// `cairn-bench <name>` runs one benchmark; no argument runs them all.
let benchmarkName = CommandLine.arguments.dropFirst().first

if benchmarkName == nil || benchmarkName == "rdfc" { RDFCBenchmark.run() }
