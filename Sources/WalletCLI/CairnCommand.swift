import ArgumentParser

/// The `cairn` root command: with no subcommand it opens the wallet in the terminal UI.
struct CairnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cairn",
        abstract: "A terminal wallet for learner-owned micro-credentials.",
        version: "0.1.0",
        subcommands: [TUIPreviewCommand.self]
    )
}
