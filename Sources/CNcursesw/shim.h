#ifndef OPTOUT_CNCURSESW_SHIM_H
#define OPTOUT_CNCURSESW_SHIM_H
// Without this the wide-character API (cchar_t, wget_wch, setcchar) is hidden:
// SwiftPM drops the _XOPEN_SOURCE flag that pkg-config would bring.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <curses.h>
#endif
