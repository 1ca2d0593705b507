import Foundation

/// A wallet passphrase: bytes that must never reach a log, an error message or argv.
///
/// Why a dedicated type: a `String` prints itself everywhere (string interpolation, `dump`,
/// debugger). This type's `description` is redacted (Bitwarden's `test_debug` rule), so an
/// accidental `print(passphrase)` leaks nothing.
public struct Passphrase: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The UTF-8 bytes of the passphrase, exactly as typed (no normalisation, no trimming).
    public let bytes: [UInt8]

    /// Creates a passphrase from text (its UTF-8 bytes).
    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Creates a passphrase from raw bytes (for example read from a file).
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// True when the passphrase has no bytes at all.
    public var isEmpty: Bool { bytes.isEmpty }

    public var description: String { "Passphrase(redacted)" }
    public var debugDescription: String { "Passphrase(redacted)" }
}
