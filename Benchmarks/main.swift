// cairn-bench: prints performance figures (release build: swift run -c release cairn-bench).
print("cairn benchmarks: none yet")
