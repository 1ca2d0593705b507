import TOMLKit
import TermUI

/// Reads a theme from TOML: a `name`, then one table per role with `fg`, `bg` and attribute flags.
///
/// ```toml
/// name = "dark"
/// [title]
/// fg = "bright-white"
/// bg = "blue"
/// bold = true
/// ```
/// Colours are names (`red`, `bright-blue`, `default`), `#rrggbb`, or an index 0–255. Roles the
/// file leaves out are taken from `base` (the default theme), so a user theme can override a few.
public enum ThemeParser {
    static let attributeKeys: [String: Attributes] = [
        "bold": .bold, "dim": .dim, "reverse": .reverse, "underline": .underline, "italic": .italic,
    ]

    /// Parses `text`; `source` names the file in errors.
    public static func parse(_ text: String, source: String, base: Theme? = nil) throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(source: source, key: nil, reason: "not valid TOML (\(error.debugDescription))")
        }
        guard let name = table["name"]?.string, !name.isEmpty else {
            throw ThemeError(source: source, key: "name", reason: "missing; add name = \"…\"")
        }
        var styles = base?.styles ?? [:]
        for key in table.keys where key != "name" {
            guard let role = ThemeRole(rawValue: key) else {
                let known = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(source: source, key: key, reason: "unknown style; known styles: \(known)")
            }
            guard let roleTable = table[key]?.table else {
                throw ThemeError(source: source, key: key, reason: "must be a table like [\(key)]")
            }
            styles[role] = try style(roleTable, key: key, source: source)
        }
        return Theme(name: name, styles: styles)
    }

    static func style(_ table: TOMLTable, key: String, source: String) throws -> Style {
        var style = Style()
        for field in table.keys {
            let path = "\(key).\(field)"
            switch field {
            case "fg", "bg":
                guard let value = table[field], let color = color(value) else {
                    throw ThemeError(
                        source: source, key: path,
                        reason: "not a colour; use a name (red, bright-blue, default), #rrggbb or 0-255")
                }
                if field == "fg" { style.fg = color } else { style.bg = color }
            default:
                guard let flag = attributeKeys[field] else {
                    throw ThemeError(source: source, key: path, reason: "unknown key; use fg, bg, bold, dim, reverse, underline, italic")
                }
                guard let on = table[field]?.bool else {
                    throw ThemeError(source: source, key: path, reason: "must be true or false")
                }
                if on { style.attrs.insert(flag) }
            }
        }
        return style
    }

    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func color(_ value: any TOMLValueConvertible) -> Color? {
        if let index = value.int { return (0...255).contains(index) ? .indexed(UInt8(index)) : nil }
        guard let text = value.string?.lowercased() else { return nil }
        if text == "default" { return .default }
        if let index = colorNames.firstIndex(of: text) { return .indexed(UInt8(index)) }
        if text.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(text.dropFirst(7))) {
            return .indexed(UInt8(index + 8))
        }
        if text == "gray" || text == "grey" { return .brightBlack }
        guard text.hasPrefix("#"), text.count == 7, let rgb = UInt32(text.dropFirst(), radix: 16) else { return nil }
        return .rgb(UInt8(rgb >> 16 & 0xFF), UInt8(rgb >> 8 & 0xFF), UInt8(rgb & 0xFF))
    }
}
