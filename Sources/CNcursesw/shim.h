// The only C header mingle includes for ncurses. SwiftPM drops pkg-config's -D flags, so the
// wide-character API is switched on here, before curses.h is read.
#ifndef MINGLE_CNCURSESW_SHIM_H
#define MINGLE_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Function-like macros do not import into Swift: wrap the ones mingle needs.
static inline attr_t mingle_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t mingle_A_BOLD(void) { return A_BOLD; }
static inline attr_t mingle_A_DIM(void) { return A_DIM; }
static inline attr_t mingle_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t mingle_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t mingle_A_BLINK(void) { return A_BLINK; }
static inline int mingle_KEY_RESIZE(void) { return KEY_RESIZE; }
static inline int mingle_ERR(void) { return ERR; }
static inline int mingle_OK(void) { return OK; }
static inline int mingle_KEY_F(int n) { return KEY_F(n); }
static inline int mingle_COLOR_PAIRS(void) { return COLOR_PAIRS; }
static inline int mingle_COLORS(void) { return COLORS; }
// Swift 6 rejects the C global `stdscr`; newterm() makes it the screen's window.
static inline WINDOW *mingle_stdscr(void) { return stdscr; }
// Swift 6 rejects the C globals `stdout` and `stdin`: open the screen on them here.
static inline SCREEN *mingle_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline const char *mingle_codeset(void) { return nl_langinfo(CODESET); }

#endif
