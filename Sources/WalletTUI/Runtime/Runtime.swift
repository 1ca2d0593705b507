import TermUI
import WalletModel

/// The loop around the pure core: event → `update` → effects via the client → `render` → diff → paint.
///
/// The only impure part of the terminal UI. Effects run synchronously between frames, and a frame
/// is drawn after every action, so the import progress bar moves file by file and tests driving
/// `send` are idle after each call by construction (lazygit's "wait till idle", without waiting).
public struct Runtime {
    public private(set) var state: AppState
    let terminal: any Terminal
    let client: WalletClient
    let keys: KeyMap
    var renderer = DiffRenderer()

    public init(state: AppState, terminal: any Terminal, client: WalletClient, keys: KeyMap = .default) {
        self.state = state
        self.terminal = terminal
        self.client = client
        self.keys = keys
    }

    /// Draws the first frame and, when already unlocked, loads the credentials.
    public mutating func start() throws {
        state.size = terminal.size
        try draw()
        if state.route == .list { try send(.unlocked) }
    }

    /// Waits for events until the user quits. Blocks in the terminal between events: no busy loop.
    public mutating func run() throws {
        try start()
        while !state.isQuitting {
            guard let event = try terminal.nextEvent(timeout: .seconds(3600)) else { continue }
            try send(.event(event))
        }
    }

    /// Handles one action and every action its effects produce, drawing after each.
    public mutating func send(_ action: Action) throws {
        var pending = [action]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            let effects = update(&state, next, keys: keys)
            try draw()
            for effect in effects {
                if let result = try perform(effect) { pending.append(result) }
            }
        }
    }

    /// Renders the state and paints only what changed.
    public mutating func draw() throws {
        let screen = render(state, keys: keys)
        try terminal.apply(renderer.changes(to: screen), cursor: screen.cursor)
    }

    /// Runs one effect against the client; the outcome comes back as an action.
    mutating func perform(_ effect: Effect) throws -> Action? {
        switch effect {
        case .unlock(let passphrase):
            do {
                try client.unlock(passphrase)
                return .unlocked
            } catch {
                return .unlockFailed(Runtime.describe(error))
            }
        case .loadOverviews:
            return Runtime.attempt({ .overviewsLoaded(try client.overviews()) }, else: Action.overviewsFailed)
        case .loadCredential(let id):
            return Runtime.attempt({ .credentialLoaded(try client.credential(id)) }, else: { .credentialFailed(id, $0) })
        case .loadStacking:
            return Runtime.attempt({ .stackingLoaded(try client.stackingSummary()) }, else: Action.stackingFailed)
        case .export(let ids, let options):
            return Runtime.attempt({ .exported(try client.export(ids, options)) }, else: Action.exportFailed)
        case .complete(let path):
            return .completionsFound(client.completions(path))
        case .findImportCandidates(let paths):
            return .importCandidatesFound(client.importCandidates(paths))
        case .importFile(let path):
            let result = client.importFiles([path]).first
            return .fileImported(result ?? ImportFileResult(file: path, status: .rejected, message: "no result"))
        case .suspend:
            terminal.suspend()
            renderer.invalidate()
            return .event(.resize(terminal.size))
        case .quit:
            return nil
        }
    }

    static func attempt(_ body: () throws -> Action, else failure: (String) -> Action) -> Action {
        do { return try body() } catch { return failure(describe(error)) }
    }

    /// The message a user sees for an error: its description, never a type dump.
    static func describe(_ error: any Error) -> String {
        String(describing: error)
    }
}
