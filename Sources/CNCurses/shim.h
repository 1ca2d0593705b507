// The only C surface cairn uses from ncurses. Globals such as stdscr are wrapped in accessors
// because Swift 6 rejects direct use of shared mutable C globals; macros that Swift cannot
// import (attribute bits, COLOR_PAIR) are wrapped in inline functions for the same reason.
#ifndef CAIRN_CNCURSES_SHIM_H
#define CAIRN_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *cnc_stdscr(void) { return stdscr; }
/// Starts curses on the process's stdin/stdout; NULL (rather than exit) when it cannot.
static inline SCREEN *cnc_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline int cnc_key_resize(void) { return KEY_RESIZE; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_italic(void) { return A_ITALIC; }
static inline int cnc_key_code_yes(void) { return KEY_CODE_YES; }

/// Reads one wide character or key code; returns ERR on timeout, OK or KEY_CODE_YES otherwise.
static inline int cnc_get_wch(unsigned int *out) {
    wint_t ch = 0;
    int rc = wget_wch(stdscr, &ch);
    *out = (unsigned int)ch;
    return rc;
}

/// Writes one grapheme (as wide characters) at (y, x) with attributes and a colour pair.
static inline int cnc_put(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    wattr_set(stdscr, attrs, (short)pair, NULL);
    return mvwaddwstr(stdscr, y, x, text);
}

#endif
