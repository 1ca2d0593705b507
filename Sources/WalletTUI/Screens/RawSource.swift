import Foundation
import TermUI
import WalletModel

/// The credential's original document: JSON pretty-printed in its own key order, or the raw text.
enum RawSource {
    static func lines(_ credential: Credential, theme: Theme, width: Int) -> [Line] {
        guard let text = String(data: credential.original, encoding: .utf8) else {
            return [Line("The original is \(credential.original.count) bytes of binary data.", style: theme[.dim])]
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let pretty = trimmed.hasPrefix("{") || trimmed.hasPrefix("[") ? indent(trimmed) : trimmed
        return pretty.split(separator: "\n", omittingEmptySubsequences: false).flatMap { row in
            let indent = String(row.prefix { $0 == " " }.prefix(max(0, width / 2)))
            return TextWrap.wrap(String(row.dropFirst(indent.count)), width: max(1, width - indent.count))
                .map { Line(indent + $0, style: theme[.base]) }
        }
    }

    /// Re-indents JSON text by two spaces per level without reordering or re-encoding anything.
    ///
    /// Why not JSONSerialization: it reorders keys and rewrites numbers and escapes, and the raw
    /// view must show what the issuer signed.
    static func indent(_ json: String) -> String {
        var out = ""
        var depth = 0
        var inString = false
        var escaped = false
        let newline = { (level: Int) in "\n" + String(repeating: "  ", count: max(0, level)) }
        for character in json {
            if inString {
                out.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"": inString = true; out.append(character)
            case "{", "[": depth += 1; out.append(character); out += newline(depth)
            case "}", "]": depth -= 1; out += newline(depth); out.append(character)
            case ",": out.append(character); out += newline(depth)
            case ":": out += ": "
            case " ", "\n", "\t", "\r": break
            default: out.append(character)
            }
        }
        return out
    }
}
