/// The built-in themes, embedded so the binary works from any directory.
///
/// Generated from the top-level `themes/*.toml` files; `ThemeTests` fails when they differ.
enum BuiltinThemes {
    /// (file name, TOML text), default first.
    static let sources: [(name: String, toml: String)] = [
        ("dark", #"""
# cairn's default theme: light text on the terminal's dark background.
name = "dark"

[base]
fg = "default"

[title]
fg = "bright-white"
bg = "blue"
bold = true

[header]
fg = "bright-cyan"
bold = true
underline = true

[selected]
fg = "black"
bg = "cyan"

[marked]
fg = "bright-yellow"
bold = true

[status]
fg = "black"
bg = "white"

[dim]
fg = "bright-black"

[label]
fg = "cyan"

[accent]
fg = "bright-cyan"
bold = true

[error]
fg = "bright-red"
bold = true

[warning]
fg = "yellow"

[verified]
fg = "bright-green"

[failed]
fg = "bright-red"

[unverifiable]
fg = "yellow"

[self-asserted]
fg = "bright-black"

[border]
fg = "blue"

[dialog]
fg = "bright-white"
bg = "black"

[progress]
fg = "green"

[progress-empty]
fg = "bright-black"

[not-stated]
fg = "yellow"
italic = true

[group]
fg = "bright-magenta"
bold = true

[input]
fg = "bright-white"
underline = true
"""#),
        ("light", #"""
# For light terminal backgrounds: dark text, muted accents.
name = "light"

[base]
fg = "default"

[title]
fg = "bright-white"
bg = "blue"
bold = true

[header]
fg = "blue"
bold = true
underline = true

[selected]
fg = "bright-white"
bg = "blue"

[marked]
fg = "magenta"
bold = true

[status]
fg = "bright-white"
bg = "black"

[dim]
fg = "bright-black"

[label]
fg = "blue"

[accent]
fg = "blue"
bold = true

[error]
fg = "red"
bold = true

[warning]
fg = "#af5f00"

[verified]
fg = "green"

[failed]
fg = "red"

[unverifiable]
fg = "#af5f00"

[self-asserted]
fg = "bright-black"

[border]
fg = "blue"

[dialog]
fg = "black"
bg = "white"

[progress]
fg = "green"

[progress-empty]
fg = "bright-black"

[not-stated]
fg = "#af5f00"
italic = true

[group]
fg = "magenta"
bold = true

[input]
fg = "black"
underline = true
"""#),
        ("high-contrast", #"""
# Maximum contrast: pure black and white with bright, bold signal colours.
name = "high-contrast"

[base]
fg = "bright-white"
bg = "black"

[title]
fg = "black"
bg = "bright-yellow"
bold = true

[header]
fg = "bright-white"
bg = "black"
bold = true
underline = true

[selected]
fg = "black"
bg = "bright-white"
bold = true

[marked]
fg = "bright-yellow"
bg = "black"
bold = true

[status]
fg = "black"
bg = "bright-white"
bold = true

[dim]
fg = "white"
bg = "black"

[label]
fg = "bright-cyan"
bg = "black"
bold = true

[accent]
fg = "bright-yellow"
bg = "black"
bold = true

[error]
fg = "bright-white"
bg = "red"
bold = true

[warning]
fg = "bright-yellow"
bg = "black"
bold = true

[verified]
fg = "bright-green"
bg = "black"
bold = true

[failed]
fg = "bright-red"
bg = "black"
bold = true

[unverifiable]
fg = "bright-yellow"
bg = "black"
bold = true

[self-asserted]
fg = "bright-white"
bg = "black"

[border]
fg = "bright-white"
bg = "black"

[dialog]
fg = "bright-white"
bg = "black"

[progress]
fg = "bright-green"
bg = "black"

[progress-empty]
fg = "white"
bg = "black"

[not-stated]
fg = "bright-yellow"
bg = "black"
underline = true

[group]
fg = "bright-magenta"
bg = "black"
bold = true

[input]
fg = "bright-white"
bg = "black"
underline = true
"""#),
        ("monochrome", #"""
# No colours at all, only attributes: used automatically when NO_COLOR is set.
name = "monochrome"

[base]
fg = "default"

[border]
bold = false

[title]
reverse = true
bold = true

[header]
bold = true
underline = true

[selected]
reverse = true

[marked]
bold = true

[status]
reverse = true

[dim]
dim = true

[label]
bold = true

[accent]
bold = true

[error]
bold = true
underline = true

[warning]
underline = true

[verified]
bold = true

[failed]
bold = true
underline = true

[unverifiable]
underline = true

[self-asserted]
dim = true

[dialog]
bold = false

[progress]
bold = true

[progress-empty]
dim = true

[not-stated]
italic = true

[group]
bold = true

[input]
underline = true
"""#),
    ]
}
