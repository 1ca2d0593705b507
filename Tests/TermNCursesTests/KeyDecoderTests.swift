import CNCurses
import TermUI
import Testing

@testable import TermNCurses

/// ncurses key codes and raw characters → `Key` (no terminal needed: pure mapping).
@Suite struct KeyDecoderTests {
    @Test("function keys map to named keys; F1–F12 keep their number; unknown codes are dropped")
    func functionKeys() {
        #expect(KeyDecoder.functionKey(KEY_UP) == .up)
        #expect(KeyDecoder.functionKey(KEY_NPAGE) == .pageDown)
        #expect(KeyDecoder.functionKey(KEY_BTAB) == .backTab)
        #expect(KeyDecoder.functionKey(KEY_F0 + 1) == .function(1))
        #expect(KeyDecoder.functionKey(KEY_F0 + 12) == .function(12))
        #expect(KeyDecoder.functionKey(KEY_F0 + 13) == nil)
        #expect(KeyDecoder.functionKey(KEY_RESIZE) == nil, "resize is an event, not a key")
    }

    @Test("control bytes are escape, enter, tab, backspace or ctrl-letter; other scalars are characters")
    func characters() {
        #expect(KeyDecoder.character(27) == .escape)
        #expect(KeyDecoder.character(13) == .enter)
        #expect(KeyDecoder.character(10) == .enter)
        #expect(KeyDecoder.character(9) == .tab)
        #expect(KeyDecoder.character(127) == .backspace)
        #expect(KeyDecoder.character(3) == .ctrl("c"))
        #expect(KeyDecoder.character(26) == .ctrl("z"))
        #expect(KeyDecoder.character(0x142) == .char("ł"))
        #expect(KeyDecoder.character(0x30C7) == .char("デ"))
        #expect(KeyDecoder.character(0xD800) == nil, "a lone surrogate is not a character")
    }
}
