import Foundation

/// Where the wallet file lives: `--wallet PATH`, else `$CAIRN_WALLET`, else
/// `$XDG_DATA_HOME/cairn/wallet.db` (default `~/.local/share/cairn/wallet.db`).
public struct WalletLocation: Sendable, Equatable {
    /// Which rule chose the path (shown in messages such as "no wallet at …").
    public enum Source: String, Sendable {
        case flag = "--wallet"
        case environment = "CAIRN_WALLET"
        case defaultPath = "default"
    }

    public let url: URL
    public let source: Source

    /// Resolves the wallet path from the flag and the environment.
    public init(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let flag, !flag.isEmpty {
            url = Self.absolute(flag)
            source = .flag
        } else if let path = environment["CAIRN_WALLET"], !path.isEmpty {
            url = Self.absolute(path)
            source = .environment
        } else {
            url = Self.dataDirectory(environment: environment).appendingPathComponent("wallet.db")
            source = .defaultPath
        }
    }

    /// `$XDG_DATA_HOME/cairn`, or `~/.local/share/cairn` when unset or not absolute (XDG spec).
    public static func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("cairn")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/cairn")
    }

    private static func absolute(_ path: String) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        return URL(fileURLWithPath: expanded).standardizedFileURL
    }
}
