/// Why a theme file could not be used; the message names the file and the offending key.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var source: String
    public var key: String?
    public var reason: String

    public init(source: String, key: String?, reason: String) {
        self.source = source
        self.key = key
        self.reason = reason
    }

    public var description: String {
        if let key { return "theme \(source): \(key): \(reason)" }
        return "theme \(source): \(reason)"
    }
}
