/// Word wrapping by display width.
public enum TextWrap {
    /// Splits `text` into lines of at most `width` columns, breaking at spaces where possible
    /// and inside words only when a word is longer than a line. Newlines start new lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapParagraph(String(paragraph), width: width)
        }
        return lines
    }

    private static func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var piece = String(word)
            var pieceWidth = TextWidth.of(piece)
            if used > 0, used + 1 + pieceWidth <= width {
                current += " " + piece
                used += 1 + pieceWidth
                continue
            }
            if used > 0 { lines.append(current) }
            current = ""
            used = 0
            while pieceWidth > width {
                let (head, rest) = split(piece, at: width)
                lines.append(head)
                piece = rest
                pieceWidth = TextWidth.of(piece)
            }
            current = piece
            used = pieceWidth
        }
        lines.append(current)
        return lines
    }

    private static func split(_ word: String, at width: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = TextWidth.of(word[index])
            if used + w > width { break }
            head.append(word[index])
            used += w
            index = word.index(after: index)
        }
        if head.isEmpty, index < word.endIndex { return (String(word[index]), String(word[word.index(after: index)...])) }
        return (head, String(word[index...]))
    }
}
