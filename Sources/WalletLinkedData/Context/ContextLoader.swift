import WalletJSON

/// Supplies remote context documents by URL. cairn's `ContextStore` serves bundled and user
/// contexts and never touches the network; tests supply their own loaders.
public protocol ContextLoader: Sendable {
    /// The whole context document (an object with an `@context` member) for `url`, or
    /// `JSONLDError.Code.unknownContext` naming the URL.
    func loadContext(_ url: String) throws(JSONLDError) -> JSONValue
}
