import Foundation

/// Runs Debian's `age` tool for interoperability tests.
///
/// Tests that use it fail (never skip) when the binary is missing: CI installs the `age` package.
struct AgeCLI {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let executable: URL

    /// Finds `age` on PATH (or in /usr/bin), or explains how to install it.
    static func locate(_ name: String = "age") throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin"] {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure(description: "the `\(name)` binary is missing: install it with `apt-get install -y age`")
    }

    init() throws {
        executable = try Self.locate()
    }

    /// Runs a program with arguments and optional stdin; returns stdout, throws on a non-zero exit.
    @discardableResult
    static func run(_ program: URL, _ arguments: [String], stdin: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: err, as: UTF8.self)
            throw Failure(description: "\(program.lastPathComponent) \(arguments.joined(separator: " ")) failed: \(message)")
        }
        return out
    }

    func run(_ arguments: [String], stdin: Data? = nil) throws -> Data {
        try Self.run(executable, arguments, stdin: stdin)
    }

    /// Runs `age` under a pseudo-terminal (util-linux `script`), because age reads passphrases from
    /// the TTY only; `ttyInput` is typed into it.
    func runWithTTY(_ arguments: [String], ttyInput: String) throws {
        let script = try Self.locate("script")
        let command = ([executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        try Self.run(script, ["-qec", command, "/dev/null"], stdin: Data(ttyInput.utf8))
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-age-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
