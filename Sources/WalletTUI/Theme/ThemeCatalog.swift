import Foundation

/// The themes available to the app: the built-in ones, then `*.toml` files from theme directories
/// (the repo's `themes/`, an installed copy, `$XDG_CONFIG_HOME/cairn/themes/`), later ones winning.
public struct ThemeCatalog: Equatable, Sendable {
    public private(set) var themes: [Theme]
    /// Problems met while loading; each names the file and key. Shown once in the status line.
    public private(set) var errors: [ThemeError]

    /// The built-in themes only (dark, light, high-contrast, monochrome).
    public static let builtin: ThemeCatalog = {
        var catalog = ThemeCatalog(themes: [], errors: [])
        for source in BuiltinThemes.sources {
            catalog.add(text: source.toml, source: "\(source.name) (built in)")
        }
        if catalog.themes.isEmpty { catalog.themes = [Theme.fallback] }
        return catalog
    }()

    init(themes: [Theme], errors: [ThemeError]) {
        self.themes = themes
        self.errors = errors
    }

    /// The default theme (dark).
    public var defaultTheme: Theme { themes.first ?? Theme.fallback }

    /// The built-in themes plus every readable `*.toml` file in `directories`.
    public static func load(directories: [String]) -> ThemeCatalog {
        var catalog = builtin
        for directory in directories {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where name.hasSuffix(".toml") {
                let path = (directory as NSString).appendingPathComponent(name)
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    catalog.errors.append(ThemeError(source: path, key: nil, reason: "cannot be read as UTF-8"))
                    continue
                }
                catalog.add(text: text, source: path)
            }
        }
        return catalog
    }

    /// Parses one theme and adds it, replacing a theme of the same name; records errors instead of throwing.
    public mutating func add(text: String, source: String) {
        do {
            let theme = try ThemeParser.parse(text, source: source, base: themes.first)
            if let index = themes.firstIndex(where: { $0.name == theme.name }) {
                themes[index] = theme
            } else {
                themes.append(theme)
            }
        } catch let error as ThemeError {
            errors.append(error)
        } catch {
            errors.append(ThemeError(source: source, key: nil, reason: "\(error)"))
        }
    }

    /// The theme called `name`; the default (and an error to show) when there is none.
    public func theme(named name: String?) -> (theme: Theme, error: ThemeError?) {
        guard let name else { return (defaultTheme, nil) }
        if let theme = themes.first(where: { $0.name == name }) { return (theme, nil) }
        let known = themes.map(\.name).joined(separator: ", ")
        return (defaultTheme, ThemeError(source: name, key: nil, reason: "no such theme (have \(known)); using \(defaultTheme.name)"))
    }

    /// `$XDG_CONFIG_HOME/cairn/themes` (default `~/.config/cairn/themes`).
    public static func userDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".config")
        return (config as NSString).appendingPathComponent("cairn/themes")
    }
}
