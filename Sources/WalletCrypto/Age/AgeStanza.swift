/// One recipient stanza of an age header: `-> type args…` followed by a base64 body.
///
/// Recipients produce stanzas (wrapping the file key); identities read them back. Unknown stanza
/// types are kept and ignored, as the spec requires (they may belong to plugins or be "grease").
public struct AgeStanza: Equatable, Sendable {
    /// The stanza type, e.g. `X25519` or `scrypt`.
    public var type: String
    /// The arguments after the type.
    public var arguments: [String]
    /// The decoded body bytes.
    public var body: [UInt8]

    public init(type: String, arguments: [String], body: [UInt8]) {
        self.type = type
        self.arguments = arguments
        self.body = body
    }

    /// The stanza in header form: the argument line, then the body in 64-column unpadded base64,
    /// always ending with a line shorter than 64 characters (possibly empty).
    var encoded: String {
        var out = "->"
        for part in [type] + arguments { out += " " + part }
        out += "\n"
        let text = AgeBase64.encode(body)
        var index = text.startIndex
        while true {
            let end = text.index(index, offsetBy: 64, limitedBy: text.endIndex) ?? text.endIndex
            let line = text[index..<end]
            out += String(line) + "\n"
            if line.count < 64 { break }
            index = end
        }
        return out
    }
}
