import Foundation

/// The age v1 header: version line, recipient stanzas, and the MAC line.
///
/// The parser is strict (the grammar of the C2SP age spec): every argument is printable ASCII,
/// bodies are canonical unpadded base64 in 64-column lines, and the MAC covers the header bytes
/// exactly as read, up to and including `---`.
struct AgeHeader {
    static let versionLine = "age-encryption.org/v1"
    /// Largest header accepted when reading; real headers are a few hundred bytes.
    static let maxHeaderBytes = 1 << 20

    var stanzas: [AgeStanza]
    var mac: [UInt8]
    /// The bytes the MAC covers (everything up to and including `---`).
    var macInput: [UInt8]
    /// The offset of the payload (the byte after the MAC line's newline).
    var payloadOffset: Int

    /// The header text up to and including `---`, ready to be MACed and followed by ` <mac>\n`.
    static func macInput(for stanzas: [AgeStanza]) -> [UInt8] {
        Array((versionLine + "\n" + stanzas.map(\.encoded).joined() + "---").utf8)
    }

    /// Parses the header at the start of `file`.
    static func parse(_ file: [UInt8]) throws(AgeError) -> AgeHeader {
        var lines = LineReader(bytes: file, limit: maxHeaderBytes)
        guard let first = lines.next() else { throw .notAgeFile }
        guard first == versionLine else {
            if first.hasPrefix("age-encryption.org/") { throw .malformedHeader("unsupported version \(first)") }
            throw .notAgeFile
        }
        var stanzas: [AgeStanza] = []
        while true {
            guard let line = lines.next() else { throw .malformedHeader("the header ends before the MAC line") }
            if line.hasPrefix("---") {
                let mac = try parseMACLine(line)
                let macInputEnd = lines.lineStart + 3
                return AgeHeader(
                    stanzas: stanzas, mac: mac, macInput: Array(file[..<macInputEnd]), payloadOffset: lines.offset)
            }
            stanzas.append(try parseStanza(line, lines: &lines))
        }
    }

    private static func parseMACLine(_ line: Substring) throws(AgeError) -> [UInt8] {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == "---", let mac = AgeBase64.decode(parts[1]), mac.count == 32 else {
            throw .malformedHeader("bad MAC line")
        }
        return mac
    }

    private static func parseStanza(_ line: Substring, lines: inout LineReader) throws(AgeError) -> AgeStanza {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "->" else { throw .malformedHeader("expected a stanza line, got \"\(line.prefix(40))\"") }
        let arguments = parts.dropFirst()
        for argument in arguments where argument.isEmpty || !argument.utf8.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E }) {
            throw .malformedHeader("stanza argument is empty or not printable ASCII")
        }
        var body: [UInt8] = []
        while true {
            guard let bodyLine = lines.next() else { throw .malformedHeader("stanza body is not terminated") }
            guard bodyLine.count <= 64, let chunk = AgeBase64.decode(bodyLine) else {
                throw .malformedHeader("stanza body line is not canonical base64 of at most 64 columns")
            }
            body += chunk
            if bodyLine.count < 64 { break }
        }
        return AgeStanza(type: String(arguments[arguments.startIndex]), arguments: arguments.dropFirst().map(String.init), body: body)
    }
}

/// Reads LF-terminated lines from the start of a byte buffer, refusing CR and over-long headers.
private struct LineReader {
    let bytes: [UInt8]
    let limit: Int
    var offset = 0
    var lineStart = 0

    mutating func next() -> Substring? {
        lineStart = offset
        let end = min(bytes.count, limit)
        guard offset < end, let newline = bytes[offset..<end].firstIndex(of: 0x0A) else { return nil }
        let line = bytes[offset..<newline]
        guard !line.contains(0x0D), let text = String(validating: line, as: UTF8.self) else { return nil }
        offset = newline + 1
        return Substring(text)
    }
}
