import Foundation
import Glibc
import TermUI
import WalletModel
import WalletTUI

/// `cairn-bench tui`: 10,000 credentials on an 80×24 headless terminal.
///
/// Measures (1) the first frame after unlock (load overviews, sort, render, diff; no KDF — the
/// client's unlock is instant) and (2) key press → next frame (update + render + diff + paint)
/// for cursor moves, search typing and sort changes. Goals: ≤ 200 ms and ≤ 8 ms median.
/// Wall time and this thread's CPU time are both printed: on a shared, oversubscribed machine the
/// CPU time is the better estimate of what a user's idle machine would see.
enum TUIBenchmark {
    static func run() throws {
        let overviews = makeOverviews(10_000)
        var client = WalletClient.preview()
        client.unlock = { _ in }
        client.overviews = { overviews }
        var firstFrames: [Sample] = []
        var moves: [Sample] = []
        var typing: [Sample] = []
        var sorts: [Sample] = []
        var coldSorts: [Sample] = []
        var firstSearch: [Sample] = []
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

    /// Milliseconds of wall time and of this thread's CPU time spent in `body`.
    static func time(_ body: () throws -> Void) throws -> Sample {
        let start = ContinuousClock.now
        let cpuStart = threadCPU()
        try body()
        let elapsed = ContinuousClock.now - start
        let wall = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return Sample(wall: wall, cpu: threadCPU() - cpuStart)
    }

    struct Sample {
        var wall: Double
        var cpu: Double
    }

    static func threadCPU() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1e6
    }

    static func report(_ name: String, _ samples: [Sample], goal: Double) {
        let wall = samples.map(\.wall).sorted()
        let cpu = samples.map(\.cpu).sorted()
        let median = wall[wall.count / 2]
        let p95 = wall[min(wall.count - 1, wall.count * 95 / 100)]
        let cpuMedian = cpu[cpu.count / 2]
        let verdict = cpuMedian <= goal ? "ok" : "OVER GOAL"
        print(String(
            format: "tui: %@: median %.2f ms wall (p95 %.2f), %.2f ms CPU (goal ≤ %.0f ms) %@",
            name, median, p95, cpuMedian, goal, verdict))
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
