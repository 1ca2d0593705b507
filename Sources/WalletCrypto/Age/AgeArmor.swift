import Foundation

/// age's ASCII armor: strict PEM-style standard base64 (padded, 64 columns) between fixed lines.
enum AgeArmor {
    static let begin = "-----BEGIN AGE ENCRYPTED FILE-----"
    static let end = "-----END AGE ENCRYPTED FILE-----"

    static func armor(_ bytes: [UInt8]) -> String {
        let text = Data(bytes).base64EncodedString()
        var lines: [Substring] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 64, limitedBy: text.endIndex) ?? text.endIndex
            lines.append(text[index..<next])
            index = next
        }
        return ([begin] + lines.map(String.init) + [end]).joined(separator: "\n") + "\n"
    }

    /// True when the data (after leading whitespace) starts with the armor's begin line.
    static func isArmored(_ data: Data) -> Bool {
        let head = data.prefix(100).drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return head.starts(with: Array(begin.utf8))
    }

    static func dearmor(_ data: Data) throws(AgeError) -> [UInt8] {
        guard let text = String(data: data, encoding: .utf8) else { throw .invalidArmor("not UTF-8 text") }
        var lines = text.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(begin), lines.last == Substring(end), lines.count >= 3 else {
            throw .invalidArmor("missing BEGIN/END lines")
        }
        lines = Array(lines.dropFirst().dropLast())
        for (index, line) in lines.enumerated() {
            let isLast = index == lines.count - 1
            guard isLast ? (1...64).contains(line.count) : line.count == 64 else {
                throw .invalidArmor("line \(index + 2) has \(line.count) columns; armor lines are 64 wide")
            }
        }
        let joined = lines.joined()
        guard let decoded = Data(base64Encoded: joined), decoded.base64EncodedString() == joined else {
            throw .invalidArmor("the body is not canonical base64")
        }
        return [UInt8](decoded)
    }
}
