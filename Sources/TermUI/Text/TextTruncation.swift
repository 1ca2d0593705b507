/// Cutting text to a column budget, with an ellipsis when something was cut.
public enum TextTruncation {
    /// The ellipsis appended to truncated text (one column wide).
    public static let ellipsis = "…"

    /// `text` cut to at most `width` columns; when it had to be cut, the last column is `…`.
    ///
    /// Wide characters are never split: if one would straddle the limit it is dropped.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if TextWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = TextWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }

    /// `text` truncated or padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
        return alignRight ? padding + cut : cut + padding
    }
}
