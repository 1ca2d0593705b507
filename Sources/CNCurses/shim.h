// The only C surface cairn uses from ncurses. Globals such as stdscr are wrapped in accessors
// because Swift 6 rejects direct use of shared mutable C globals.
#ifndef CAIRN_CNCURSES_SHIM_H
#define CAIRN_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }

#endif
