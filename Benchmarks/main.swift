// cairn-bench: prints performance figures (release build: swift run -c release cairn-bench [name]).
let selected = CommandLine.arguments.dropFirst().first
func shouldRun(_ name: String) -> Bool { selected == nil || selected == name }

if shouldRun("tui") { try TUIBenchmark.run() }
