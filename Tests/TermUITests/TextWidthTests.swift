import Testing
import TermUI

@Suite struct TextWidthTests {
    @Test("ASCII and Latin letters with accents are one column each")
    func latin() {
        #expect(TextWidth.of("abc") == 3)
        #expect(TextWidth.of("é") == 1)
        #expect(TextWidth.of("Łódź") == 4)
        #expect(TextWidth.of("Ü") == 1)
    }

    @Test("CJK ideographs, kana and Hangul are two columns")
    func wide() {
        #expect(TextWidth.of("東京") == 4)
        #expect(TextWidth.of("データ") == 6)
        #expect(TextWidth.of("한국") == 4)
        #expect(TextWidth.of("Ａ") == 2)
    }

    @Test("combining marks add no width, decomposed é is one column")
    func combining() {
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of(Character("\u{301}")) == 0)
        #expect(TextWidth.of("a\u{200B}b") == 2)
    }

    @Test("control characters have no width; check marks and ellipsis are narrow")
    func controlAndSymbols() {
        #expect(TextWidth.of("\u{1B}") == 0)
        #expect(TextWidth.of("✓✗…") == 3)
        #expect(TextWidth.of("🎓") == 2)
    }
}

@Suite struct TextTruncationTests {
    @Test("text that fits is unchanged; longer text ends in an ellipsis within the width")
    func truncates() {
        #expect(TextTruncation.truncate("short", to: 10) == "short")
        #expect(TextTruncation.truncate("Data Analytics", to: 8) == "Data An…")
        #expect(TextWidth.of(TextTruncation.truncate("Data Analytics", to: 8)) == 8)
    }

    @Test("a wide character is never split at the limit")
    func wideAtLimit() {
        let cut = TextTruncation.truncate("東京大学です", to: 6)
        #expect(cut == "東京…")
        #expect(TextWidth.of(cut) == 5)
        #expect(TextTruncation.fit("東京大学です", to: 6) == "東京… ")
    }

    @Test("fit pads to the exact width, right-aligned on request")
    func fit() {
        #expect(TextTruncation.fit("5", to: 3, alignRight: true) == "  5")
        #expect(TextTruncation.fit("ł", to: 3) == "ł  ")
    }
}

@Suite struct TextWrapTests {
    @Test("wraps at spaces by display width and splits over-long words")
    func wraps() {
        #expect(TextWrap.wrap("one two three", width: 7) == ["one two", "three"])
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.wrap("東京 大学", width: 4) == ["東京", "大学"])
        #expect(TextWrap.wrap("a\nb", width: 5) == ["a", "b"])
    }
}
