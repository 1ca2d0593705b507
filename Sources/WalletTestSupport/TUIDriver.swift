import TermUI
import WalletTUI

/// Drives the real runtime on a headless terminal: the app is idle after every call, no sleeps.
public struct TUIDriver {
    public let terminal: HeadlessTerminal
    public private(set) var runtime: Runtime

    /// Starts the app at `size` on `client`, as `TUIApp.run` would, and draws the first frame.
    public init(size: Size = Size(width: 80, height: 24), client: WalletClient, options: TUIOptions = TUIOptions()) throws {
        terminal = HeadlessTerminal(size: size)
        runtime = Runtime(state: TUIApp.initialState(size: size, options: options), terminal: terminal, client: client)
        try runtime.start()
    }

    public var state: AppState { runtime.state }
    /// What the terminal shows now (after applying every diff the runtime sent).
    public var screen: Screen { terminal.screen }

    /// Presses keys one after another.
    public mutating func press(_ keys: Key...) throws {
        for key in keys { try runtime.send(.event(.key(key))) }
    }

    /// Types text character by character.
    public mutating func type(_ text: String) throws {
        for character in text { try runtime.send(.event(.key(.char(character)))) }
    }

    /// Resizes the terminal (as SIGWINCH would).
    public mutating func resize(_ size: Size) throws {
        terminal.queuedEvents.append(.resize(size))
        if let event = try terminal.nextEvent(timeout: .zero) { try runtime.send(.event(event)) }
    }

    /// Unlocks with `passphrase` (the driver of most tests' first step).
    public mutating func unlock(_ passphrase: String) throws {
        try type(passphrase)
        try press(.enter)
    }
}
