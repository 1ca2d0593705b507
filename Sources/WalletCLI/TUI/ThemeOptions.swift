import ArgumentParser

/// The `--theme` and `--themes-dir` options of every command that opens the terminal UI.
struct ThemeOptions: ParsableArguments {
    @Option(help: "Colour theme: dark, light, high-contrast, monochrome, or a user theme's name.")
    var theme: String?

    @Option(help: "A directory of *.toml themes (may be repeated).")
    var themesDir: [String] = []
}
