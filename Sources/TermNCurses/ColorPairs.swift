import CNCurses
import TermUI

/// Allocates ncurses colour pairs on first use for each (foreground, background) combination.
struct ColorPairs {
    private struct Key: Hashable {
        var fg: Int32
        var bg: Int32
    }

    private var pairs: [Key: Int32] = [:]
    private let available: Int
    private let colors: Int

    init(available: Int, colors: Int) {
        self.available = min(available, 32767)
        self.colors = colors
    }

    /// The pair number for `fg`/`bg`; 0 (the terminal default) when pairs run out.
    mutating func pair(fg: Color, bg: Color) -> Int32 {
        let key = Key(fg: index(fg), bg: index(bg))
        if key.fg == -1, key.bg == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let next = Int32(pairs.count + 1)
        guard Int(next) < available else { return 0 }
        init_pair(Int16(next), Int16(key.fg), Int16(key.bg))
        pairs[key] = next
        return next
    }

    /// A colour index the terminal can show (-1 = default), folding 256 colours down to 8 or 16.
    private func index(_ color: Color) -> Int32 {
        guard let value = color.paletteIndex else { return -1 }
        if value < colors { return Int32(value) }
        if value < 16 { return Int32(value % 8) }
        return 7
    }
}
