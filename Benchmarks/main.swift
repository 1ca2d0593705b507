// cairn-bench: prints performance figures (release build: swift run -c release cairn-bench [name]).
let selected = CommandLine.arguments.dropFirst().first
if selected == nil || selected == "baked" { BakedImageBenchmark.run() }
