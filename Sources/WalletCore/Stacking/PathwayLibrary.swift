import Foundation
import WalletStacking

/// Where pathways come from: the built-in catalogue, the user's `$XDG_CONFIG_HOME/cairn/pathways/`,
/// and any `--pathways DIR`, later sources replacing earlier ones with the same id.
public enum PathwayLibrary {
    /// The user's pathway directory (`$XDG_CONFIG_HOME/cairn/pathways`, default `~/.config/cairn/pathways`).
    public static func userDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config")
        return base.appendingPathComponent("cairn/pathways")
    }

    /// The catalogue: built-in pathways, then the user directory, then `extraDirectories` in order.
    public static func catalogue(
        extraDirectories: [URL] = [], environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(CatalogueError) -> PathwayCatalogue {
        var catalogue = try PathwayCatalogue.builtIn()
        for directory in [userDirectory(environment: environment)] + extraDirectories {
            catalogue = catalogue.merging(try PathwayCatalogue.load(directory: directory))
        }
        return catalogue
    }
}
