import Foundation
import WalletCore

/// `cairn-bench demo`: creating the demo wallet (sign 9 templates, verify and store 15
/// credentials, scrypt log2 N = 12) must take < 1 s even in a debug build; reopening it, less.
enum DemoBenchmark {
    static func run() throws {
        var fresh: [Double] = []
        var reopen: [Double] = []
        var documents: [Double] = []
        for _ in 0..<5 {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-demo-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let url = directory.appendingPathComponent("demo.db")
            documents.append(try time { _ = try DemoWallet.documents() })
            fresh.append(try time { _ = try DemoWallet.openOrCreate(at: url) })
            reopen.append(try time { _ = try DemoWallet.openOrCreate(at: url) })
        }
        print("demo: build the 15 documents (signing included): median \(median(documents)) ms")
        print("demo: create the demo wallet: median \(median(fresh)) ms (goal < 1000 ms in debug)")
        print("demo: reopen it (everything a duplicate): median \(median(reopen)) ms")
    }

    private static func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    private static func median(_ values: [Double]) -> String {
        String(format: "%.1f", values.sorted()[values.count / 2])
    }
}
