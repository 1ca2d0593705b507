import Foundation
import Testing
@testable import WalletStacking

/// `CalendarDate.day` is plain arithmetic for speed; it must agree with the UTC calendar's start of
/// day everywhere, before and after the reference date, and on exact midnights.
@Suite struct CalendarDateTests {
    @Test("day(_:) equals the UTC calendar's startOfDay on 2,000 seeded instants from 1950 to 2100")
    func dayMatchesCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        var rng = SeededRandom(seed: 86_400)
        let from = -1_609_459_200.0, to = 3_155_760_000.0
        for index in 0..<2_000 {
            var instant = Double.random(in: from...to, using: &rng)
            if index % 10 == 0 { instant = (instant / 86_400).rounded(.down) * 86_400 }
            let date = Date(timeIntervalSinceReferenceDate: instant)
            #expect(CalendarDate.day(date) == calendar.startOfDay(for: date), "\(date)")
        }
    }
}
