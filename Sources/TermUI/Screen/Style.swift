/// A terminal colour: the terminal's default, one of the 256 indexed colours, or a true colour.
///
/// Backends map `rgb` to the nearest indexed colour when the terminal cannot show it.
public enum Color: Hashable, Sendable, CustomStringConvertible {
    case `default`
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.indexed(0)
    public static let red = Color.indexed(1)
    public static let green = Color.indexed(2)
    public static let yellow = Color.indexed(3)
    public static let blue = Color.indexed(4)
    public static let magenta = Color.indexed(5)
    public static let cyan = Color.indexed(6)
    public static let white = Color.indexed(7)
    public static let brightBlack = Color.indexed(8)
    public static let brightWhite = Color.indexed(15)

    public var description: String {
        switch self {
        case .default: "default"
        case .indexed(let n): "\(n)"
        case .rgb(let r, let g, let b):
            "#" + [r, g, b].map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        }
    }

    /// The nearest of the 256 indexed colours (xterm cube and grey ramp), for terminals without true colour.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .indexed(let n): return Int(n)
        case .rgb(let r, let g, let b):
            let level = { (v: UInt8) -> Int in v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
            return 16 + 36 * level(r) + 6 * level(g) + level(b)
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Text attributes that every terminal cairn supports.
public struct Attributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1)
    public static let dim = Attributes(rawValue: 2)
    public static let reverse = Attributes(rawValue: 4)
    public static let underline = Attributes(rawValue: 8)
    public static let italic = Attributes(rawValue: 16)

    public var description: String {
        let names: [(Attributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.reverse, "reverse"), (.underline, "underline"), (.italic, "italic"),
        ]
        return names.filter { contains($0.0) }.map(\.1).joined(separator: "+")
    }
}

/// Foreground, background and attributes of a cell.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    public var fg: Color
    public var bg: Color
    public var attrs: Attributes

    public init(fg: Color = .default, bg: Color = .default, attrs: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attrs = attrs
    }

    /// The terminal's own colours with no attributes.
    public static let plain = Style()

    /// A copy with extra attributes added.
    public func adding(_ extra: Attributes) -> Style {
        var copy = self
        copy.attrs.formUnion(extra)
        return copy
    }

    /// A compact description used by style-run snapshots, e.g. `fg:15 bg:4 bold`.
    public var description: String {
        var parts: [String] = []
        if fg != .default { parts.append("fg:\(fg)") }
        if bg != .default { parts.append("bg:\(bg)") }
        if !attrs.isEmpty { parts.append(attrs.description) }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
