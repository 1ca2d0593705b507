/// A one-off line for the status bar; errors are drawn in the error style.
public struct StatusMessage: Equatable, Sendable, ExpressibleByStringInterpolation {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// A problem the user should notice (a disabled key's reason, a failed load).
    public static func error(_ text: String) -> StatusMessage { StatusMessage(text, isError: true) }
}
