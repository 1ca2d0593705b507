import ArgumentParser

/// The `cairn` root command: with no subcommand it opens the wallet in the terminal UI.
struct CairnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cairn",
        abstract: "A terminal wallet for learner-owned micro-credentials.",
        version: "0.1.0",
        subcommands: [
            InitCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, RemoveCommand.self,
            PasswdCommand.self, BackupCommand.self, RestoreCommand.self, DemoCommand.self, CheckCommand.self,
            InspectCommand.self, VerifyCommand.self, IssuersCommand.self, StatusCommand.self, StackCommand.self, PathwaysCommand.self, TUICommand.self, TUIPreviewCommand.self,
            KeyCommand.self, ExportCommand.self, VerifyBundleCommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )

    /// `cairn --wallet PATH …`: the wallet for the TUI (and, placed before a subcommand, for it).
    @OptionGroup var options: WalletOptions
}
