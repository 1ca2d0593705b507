/// Why a document is not acceptable JSON, with the byte offset where it went wrong.
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case notUTF8
        case unexpectedEnd
        case unexpectedCharacter(String)
        case invalidNumber
        case invalidEscape
        case loneSurrogate
        case controlCharacterInString
        case duplicateKey(String)
        case tooDeep(limit: Int)
        case trailingContent
        case tooLarge(limit: Int)
    }

    public let reason: Reason
    public let offset: Int

    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String {
        let what: String
        switch reason {
        case .notUTF8: what = "the file is not valid UTF-8"
        case .unexpectedEnd: what = "the JSON ends too early (truncated file?)"
        case .unexpectedCharacter(let text): what = "unexpected character \(text)"
        case .invalidNumber: what = "invalid number (JSON has no NaN, Infinity, leading zeros or bare dots)"
        case .invalidEscape: what = "invalid escape sequence in a string"
        case .loneSurrogate: what = "a \\u escape encodes half of a surrogate pair"
        case .controlCharacterInString: what = "an unescaped control character inside a string"
        case .duplicateKey(let key): what = "the member \"\(key)\" appears twice in one object"
        case .tooDeep(let limit): what = "nesting deeper than \(limit) levels"
        case .trailingContent: what = "content after the end of the JSON value"
        case .tooLarge(let limit): what = "the document is larger than \(limit) bytes"
        }
        return "invalid JSON at byte \(offset): \(what)"
    }
}
