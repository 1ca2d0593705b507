import Foundation

/// Runs the built `cairn` binary in a subprocess with a private HOME and passphrase files.
final class CairnRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let directory: URL
    let wallet: URL
    var environment: [String: String]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        wallet = directory.appendingPathComponent("wallet.db")
        environment = [
            "HOME": directory.path, "XDG_DATA_HOME": directory.appendingPathComponent("data").path,
            "PATH": "/usr/bin:/bin", "CAIRN_WALLET": wallet.path,
        ]
        try setPassphrase("correct horse battery staple")
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The binary: `$CAIRN_BIN`, else `.build/debug/cairn` beside this package.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["CAIRN_BIN"] { return URL(fileURLWithPath: path) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/cairn")
    }

    /// Points CAIRN_PASSPHRASE_FILE at a file holding `passphrase`.
    func setPassphrase(_ passphrase: String, variable: String = "CAIRN_PASSPHRASE_FILE") throws {
        let file = directory.appendingPathComponent("\(variable).txt")
        try Data((passphrase + "\n").utf8).write(to: file)
        environment[variable] = file.path
    }

    /// Writes a file under the runner's directory.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    func run(_ arguments: String...) throws -> Result {
        try run(arguments)
    }

    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment
        let out = directory.appendingPathComponent("out-\(UUID().uuidString)")
        let err = directory.appendingPathComponent("err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(
            status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    static func selfAsserted(title: String, issuer: String) -> String {
        """
        {"type": "CairnSelfAssertedCredential", "version": 1, "title": "\(title)",
         "learner": {"name": "Aoife Murphy"},
         "awardingBody": {"name": "\(issuer)", "country": "IE"}, "issued": "2024-06-14",
         "workload": [{"value": 5, "unit": "ECTS"}], "eqfLevel": 6}
        """
    }
}
