import TermUI

/// One key binding: the keys, what they do, a help sentence, and when (and why) they are disabled.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var intent: Intent
    public var help: String
    public var context: KeyContext
    /// Why the binding does nothing in this state; nil when it is enabled (lazygit's `GetDisabledReason`).
    public var disabledReason: @Sendable (AppState) -> String?

    public init(
        _ keys: [Key], _ intent: Intent, _ help: String, in context: KeyContext,
        disabledReason: @escaping @Sendable (AppState) -> String? = { _ in nil }
    ) {
        self.keys = keys
        self.intent = intent
        self.help = help
        self.context = context
        self.disabledReason = disabledReason
    }

    /// The keys as the help overlay spells them, e.g. "j/↓".
    public var keyLabel: String { keys.map(\.description).joined(separator: "/") }
}

/// The key bindings as data: they drive `update` and generate the help overlay and docs/keys.
public struct KeyMap: Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The binding for `key` on the current screen (screen bindings before global ones).
    public func binding(for key: Key, in state: AppState) -> KeyBinding? {
        let context = KeyContext(state.route)
        return bindings.first { $0.context == context && $0.keys.contains(key) }
            ?? bindings.first { $0.context == .global && $0.keys.contains(key) }
    }

    /// The bindings the help overlay lists for the current screen: the screen's, then global ones.
    public func helpEntries(for state: AppState) -> [(binding: KeyBinding, disabledReason: String?)] {
        let context = KeyContext(state.route)
        return (bindings.filter { $0.context == context } + bindings.filter { $0.context == .global })
            .map { ($0, $0.disabledReason(state)) }
    }

    /// Every binding as a Markdown table, grouped by screen (the README's key reference).
    public var markdown: String {
        var out = ""
        for context in KeyContext.allCases {
            let rows = bindings.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            out += "### \(context.title)\n\n| Keys | Action |\n|---|---|\n"
            out += rows.map { "| `\($0.keyLabel)` | \($0.help) |" }.joined(separator: "\n") + "\n\n"
        }
        return out
    }
}
