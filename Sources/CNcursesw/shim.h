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
#include <sys/ioctl.h>
#include <fcntl.h>

// Swift cannot import function-like macros nor, in Swift 6 mode, use mutable C globals:
// expose what Dateline needs through inline functions.

static inline WINDOW *dateline_stdscr(void) { return stdscr; }
// Whether the current terminal can move the cursor anywhere (has `cup`): tigetstr gives NULL for
// an absent capability and (char *)-1 for one that is not a string.
static inline int dateline_can_address_cursor(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}
static inline WINDOW *dateline_curscr(void) { return curscr; }
static inline int dateline_lines(void) { return LINES; }
static inline int dateline_cols(void) { return COLS; }
static inline attr_t dateline_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }
static inline int dateline_key_f(int n) { return KEY_F(n); }
static inline mmask_t dateline_mouse_mask(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int dateline_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int dateline_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }
static inline int dateline_mouse_is_click(mmask_t state) {
  return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0;
}
static inline attr_t dateline_attr_bold(void) { return A_BOLD; }
static inline attr_t dateline_attr_reverse(void) { return A_REVERSE; }
static inline attr_t dateline_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t dateline_attr_dim(void) { return A_DIM; }

#endif
