import Foundation
import TermUI
import WalletModel
import WalletTUI

/// `cairn-bench tui`: 10,000 credentials on an 80×24 headless terminal.
///
/// Measures (1) the first frame after unlock (load overviews, sort, render, diff; no KDF — the
/// client's unlock is instant) and (2) key press → next frame (update + render + diff + paint)
/// for cursor moves, search typing and sort changes. Goals: ≤ 200 ms and ≤ 8 ms median.
enum TUIBenchmark {
    static func run() throws {
        let overviews = makeOverviews(10_000)
        var client = WalletClient.preview()
        client.unlock = { _ in }
        client.overviews = { overviews }
        var firstFrames: [Double] = []
        var moves: [Double] = []
        var typing: [Double] = []
        var sorts: [Double] = []
        var coldSorts: [Double] = []
        var firstSearch: [Double] = []
        for _ in 0..<5 {
            let terminal = HeadlessTerminal(size: Size(width: 80, height: 24))
            var runtime = Runtime(state: AppState(size: terminal.size), terminal: terminal, client: client)
            try runtime.start()
            firstFrames.append(try time { try runtime.send(.unlocked) })
            for index in 0..<200 {
                moves.append(try time { try runtime.send(.event(.key(index % 50 < 40 ? .char("j") : .pageDown))) })
            }
            try runtime.send(.event(.key(.char("/"))))
            firstSearch.append(try time { try runtime.send(.event(.key(.char("c")))) })
            for character in "ourse 12" { typing.append(try time { try runtime.send(.event(.key(.char(character)))) }) }
            try runtime.send(.event(.key(.escape)))
            for _ in 0..<4 { coldSorts.append(try time { try runtime.send(.event(.key(.char("s")))) }) }
            for _ in 0..<8 { sorts.append(try time { try runtime.send(.event(.key(.char("s")))) }) }
        }
        report("first frame after unlock (10,000 credentials)", firstFrames, goal: 200)
        report("key press → frame, cursor moves", moves, goal: 8)
        report("key press → frame, first search key (builds the search index)", firstSearch, goal: 50)
        report("key press → frame, search typing (refilters 10,000)", typing, goal: 8)
        report("key press → frame, first sort by each key (builds its ranks)", coldSorts, goal: 50)
        report("key press → frame, sort change (resorts 10,000)", sorts, goal: 8)
    }

    static func time(_ body: () throws -> Void) throws -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    static func report(_ name: String, _ samples: [Double], goal: Double) {
        let sorted = samples.sorted()
        let median = sorted[sorted.count / 2]
        let p95 = sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
        let verdict = median <= goal ? "ok" : "OVER GOAL"
        print(String(format: "tui: %@: median %.2f ms, p95 %.2f ms (goal ≤ %.0f ms) %@", name, median, p95, goal, verdict))
    }

    static func makeOverviews(_ count: Int) -> [CredentialOverview] {
        let issuers = ["TU Delft", "Politechnika Łódzka", "Université Paris-Saclay", "東京大学", "Hochschule München"]
        let statuses: [VerificationStatus] = [.verified, .verified, .unverifiable, .selfAsserted, .failed]
        return (0..<count).map { n in
            var bytes = [UInt8](repeating: 0, count: 16)
            bytes[14] = UInt8(n >> 8 & 0xFF)
            bytes[15] = UInt8(n & 0xFF)
            bytes[13] = UInt8(n >> 16 & 0xFF)
            return CredentialOverview(
                id: CredentialID(bytes: bytes), format: .openBadges3, title: "Course \(n) in data and society",
                awardingBody: Organisation(name: issuers[n % issuers.count], country: "EU"),
                issued: Date(timeIntervalSince1970: Double(1_600_000_000 + n * 3_600)), validUntil: nil,
                workload: [Workload(value: Double(1 + n % 10), unit: .ects)], eqfLevel: 4 + n % 4,
                verificationStatus: statuses[n % statuses.count], fieldsOfStudy: ["Data science"])
        }
    }
}
