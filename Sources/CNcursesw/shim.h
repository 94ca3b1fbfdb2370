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

// Pseudo-terminals for measuring the browser from the outside (glibc hides these prototypes
// unless _XOPEN_SOURCE is set, which SwiftPM strips from pkg-config's flags).
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);

static inline int dateline_open_pty(int *master, int rows, int cols, char *slave_name, int name_size) {
  int fd = posix_openpt(O_RDWR | O_NOCTTY);
  if (fd < 0) return -1;
  if (grantpt(fd) != 0 || unlockpt(fd) != 0) return -1;
  const char *name = ptsname(fd);
  if (name == NULL) return -1;
  snprintf(slave_name, (size_t)name_size, "%s", name);
  int slave = open(name, O_RDWR | O_NOCTTY);
  if (slave < 0) return -1;
  struct winsize size = {(unsigned short)rows, (unsigned short)cols, 0, 0};
  ioctl(slave, TIOCSWINSZ, &size);
  *master = fd;
  return slave;
}

// Swift cannot import function-like macros nor, in Swift 6 mode, use mutable C globals:
// expose what Dateline needs through inline functions.

static inline WINDOW *dateline_stdscr(void) { return stdscr; }
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
