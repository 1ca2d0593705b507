import Foundation
import WalletModel

/// Lowercased UTF-8 bytes: compared and searched bytewise, which is fast and locale-independent.
struct ByteKey: Comparable, Sendable {
    var bytes: [UInt8]

    init(_ text: String) { bytes = ByteKey.lowercasedBytes(text) }

    /// The search text of an overview, built straight into bytes (no joined `String`).
    init(searchTextOf overview: CredentialOverview) {
        var raw: [UInt8] = []
        raw.reserveCapacity(96)
        func add(_ text: String?) {
            guard let text, !text.isEmpty else { return }
            if !raw.isEmpty { raw.append(0x20) }
            raw.append(contentsOf: text.utf8)
        }
        add(overview.title)
        add(overview.awardingBody?.name)
        for field in overview.fieldsOfStudy { add(field) }
        add(overview.format.label)
        add(overview.awardingBody?.country)
        bytes = ByteKey.lowercasedBytes(raw)
    }

    /// ASCII is lowercased bytewise (the common case, and far faster than `lowercased()` on
    /// Linux); other text is case- and accent-folded, so "Łódź" sorts with "Lodz" (not after "Z")
    /// and typing "lodz" finds it.
    static func lowercasedBytes(_ text: String) -> [UInt8] { lowercasedBytes(Array(text.utf8)) }

    static func lowercasedBytes(_ utf8: [UInt8]) -> [UInt8] {
        var bytes = utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return Array(folded(String(decoding: utf8, as: UTF8.self)).utf8) }
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 0x20 }
        return bytes
    }

    /// Latin letters with diacritics (Latin-1 Supplement and Extended-A) and the letters readers
    /// file under a Latin base (ł, ø, ß, æ…), folded to that base.
    private static let latinFold: [UInt32: String] = {
        let groups: [(String, String)] = [
            ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"), ("c", "ÇçĆćĈĉĊċČč"), ("d", "ĎďĐđÐð"), ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"),
            ("g", "ĜĝĞğĠġĢģ"), ("h", "ĤĥĦħ"), ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı"), ("j", "Ĵĵ"), ("k", "Ķķ"),
            ("l", "ĹĺĻļĽľĿŀŁł"), ("n", "ÑñŃńŅņŇň"), ("o", "ÒÓÔÕÖØòóôõöøŌōŎŏŐő"), ("r", "ŔŕŖŗŘř"),
            ("s", "ŚśŜŝŞşŠš"), ("t", "ŢţŤťŦŧ"), ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"), ("w", "Ŵŵ"), ("y", "ÝýÿŶŷŸ"),
            ("z", "ŹźŻżŽž"), ("ss", "ß"), ("ae", "Ææ"), ("oe", "Œœ"), ("th", "Þþ"),
        ]
        var table: [UInt32: String] = [:]
        for (base, letters) in groups { for scalar in letters.unicodeScalars { table[scalar.value] = base } }
        return table
    }()

    /// Case- and accent-folded text: ASCII lowercased, accented Latin letters to their base,
    /// combining marks dropped, other scripts lowercased (CJK unchanged). A scalar loop, not
    /// Foundation's `folding`, which made building the search index for 10,000 titles 3× slower.
    static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else if let base = latinFold[value] {
                out.append(contentsOf: base.unicodeScalars)
            } else if (0x300...0x36F).contains(value) {
                continue
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    /// For text that is already lowercased.
    init(lowercased text: String) { bytes = Array(text.utf8) }

    static func < (lhs: ByteKey, rhs: ByteKey) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    /// Whether `needle` occurs in these bytes (a plain substring search over UTF-8).
    func contains(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        var start = 0
        let last = bytes.count - needle.count
        while start <= last {
            if bytes[start] == first {
                var matched = 1
                while matched < needle.count, bytes[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}

/// Search text and sort keys of every overview, built on first use and kept until the next load.
///
/// Why: sorting or searching 10,000 overviews through `String` comparisons and copies of each
/// overview took tens of milliseconds per key press; plain bytes and doubles keep it to a few.
struct ListIndex: Equatable, Sendable {
    private(set) var haystacks: [ByteKey]?
    /// For each sort key, every overview's rank in ascending order (-1 = value missing).
    private var ranks: [ListState.SortKey: [Int32]] = [:]

    static func == (lhs: ListIndex, rhs: ListIndex) -> Bool { true }

    mutating func searchText(_ all: [CredentialOverview]) -> [ByteKey] {
        if let haystacks { return haystacks }
        let built = all.map { ByteKey(searchTextOf: $0) }
        haystacks = built
        return built
    }

    /// Sorts `indexes` by `key`; missing values last whatever the direction, ties in load order.
    mutating func sort(_ indexes: inout [Int], by key: ListState.SortKey, descending: Bool, _ all: [CredentialOverview]) {
        let ranks = rank(key, all)
        indexes.sort { lhs, rhs in
            let a = ranks[lhs]
            let b = ranks[rhs]
            if a == b { return lhs < rhs }
            if a < 0 { return false }
            if b < 0 { return true }
            return descending ? a > b : a < b
        }
    }

    /// Ranks are computed once per key and load, so later sorts compare integers only.
    private mutating func rank(_ key: ListState.SortKey, _ all: [CredentialOverview]) -> [Int32] {
        if let cached = ranks[key] { return cached }
        let built: [Int32]
        switch key {
        case .date: built = ListIndex.ranks(all.map { $0.issued?.timeIntervalSinceReferenceDate })
        case .title: built = ListIndex.ranks(all.map { $0.title.map { ByteKey($0) } })
        case .issuer: built = ListIndex.ranks(all.map { $0.awardingBody?.name.map { ByteKey($0) } })
        case .workload: built = ListIndex.ranks(all.map { $0.ects ?? $0.workload.first?.value })
        }
        ranks[key] = built
        return built
    }

    /// Dense ranks of `values` (equal values share a rank), -1 where the value is missing.
    static func ranks<T: Comparable>(_ values: [T?]) -> [Int32] {
        let present = values.indices.filter { values[$0] != nil }
        let order = present.sorted { lhs, rhs in
            guard let a = values[lhs], let b = values[rhs] else { return false }
            return a < b
        }
        var ranks = [Int32](repeating: -1, count: values.count)
        var rank: Int32 = 0
        for (position, index) in order.enumerated() {
            if position > 0, let previous = values[order[position - 1]], let current = values[index], previous < current {
                rank += 1
            }
            ranks[index] = rank
        }
        return ranks
    }
}
