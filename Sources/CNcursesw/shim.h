#ifndef DATELINE_CNCURSESW_SHIM_H
#define DATELINE_CNCURSESW_SHIM_H

// Turn on ncurses' wide-character API before the header is read.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like macros nor, in Swift 6 mode, use mutable C globals:
// expose what Dateline needs through inline functions.

static inline WINDOW *dateline_stdscr(void) { return stdscr; }
static inline int dateline_lines(void) { return LINES; }
static inline int dateline_cols(void) { return COLS; }
static inline attr_t dateline_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }
static inline void dateline_set_escdelay(int milliseconds) { set_escdelay(milliseconds); }

#endif
