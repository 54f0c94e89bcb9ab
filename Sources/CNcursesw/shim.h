#ifndef OPTOUT_CNCURSESW_SHIM_H
#define OPTOUT_CNCURSESW_SHIM_H
// Without this the wide-character API (cchar_t, wget_wch, setcchar) is hidden:
// SwiftPM drops the _XOPEN_SOURCE flag that pkg-config would bring.
#define NCURSES_WIDECHAR 1
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>

// Only CursesTerminal imports this module, so the static storage below exists once.

// MARK: Globals Swift 6 refuses to read (they are mutable C globals, "not concurrency-safe").

static inline WINDOW *optout_stdscr(void) { return stdscr; }
static inline int optout_lines(void) { return LINES; }
static inline int optout_cols(void) { return COLS; }
static inline int optout_colors(void) { return COLORS; }
static inline int optout_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *optout_stdout(void) { return stdout; }
static inline FILE *optout_stdin(void) { return stdin; }

// MARK: Macros Swift does not import.

static inline attr_t optout_a_normal(void) { return A_NORMAL; }
static inline attr_t optout_a_bold(void) { return A_BOLD; }
static inline attr_t optout_a_reverse(void) { return A_REVERSE; }
static inline attr_t optout_a_underline(void) { return A_UNDERLINE; }
static inline attr_t optout_a_dim(void) { return A_DIM; }
static inline int optout_key_f(int n) { return KEY_F(n); }

// wcwidth is hidden unless _XOPEN_SOURCE is defined; the terminal layer asks it what
// ncurses will think a character's width is, to avoid drawing where the two disagree.
extern int wcwidth(wchar_t c);
static inline int optout_wcwidth(wchar_t c) { return wcwidth(c); }

// The codeset of the current LC_CTYPE ("UTF-8", "ANSI_X3.4-1968"...).
static inline const char *optout_codeset(void) { return nl_langinfo(CODESET); }

// A terminfo string capability, or NULL when absent or cancelled ((char *)-1 means "not a
// string capability", which Swift cannot compare against).
static inline const char *optout_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

// Writes raw bytes to a file descriptor (OSC 52), retrying short writes and EINTR.
static inline int optout_write_all(int fd, const char *bytes, size_t count) {
    while (count > 0) {
        ssize_t written = write(fd, bytes, count);
        if (written < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        bytes += written;
        count -= (size_t)written;
    }
    return 0;
}

// MARK: Signals
//
// Why global state: a signal handler receives nothing but the signal number, so what it needs
// must be in static storage. It is kept to the strict minimum and written only before the
// handlers are installed (the reset bytes, the saved terminal modes) or as a sig_atomic_t flag.
// Everything the handlers call is async-signal-safe: write(2), tcsetattr(3), sigaction(2),
// raise(3). The storage is one function-local static (Swift's importer does not emit plain
// static arrays declared in a header).

#define OPTOUT_COUNT(array) (sizeof(array) / sizeof((array)[0]))
static const int optout_crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP };
static const int optout_quit_signals[] = { SIGTERM, SIGHUP, SIGINT };

struct optout_signal_state {
    char reset_bytes[512];
    volatile sig_atomic_t reset_count;
    struct termios saved_modes;
    volatile sig_atomic_t have_saved_modes;
    volatile sig_atomic_t hangup;
    int installed;
    struct sigaction previous_crash[OPTOUT_COUNT(optout_crash_signals)];
    struct sigaction previous_quit[OPTOUT_COUNT(optout_quit_signals)];
};

static inline struct optout_signal_state *optout_signal_state(void) {
    static struct optout_signal_state state;
    return &state;
}

static inline void optout_on_hangup(int signo) {
    (void)signo;
    optout_signal_state()->hangup = 1;
}

static inline void optout_on_crash(int signo) {
    struct optout_signal_state *state = optout_signal_state();
    if (state->reset_count > 0) {
        ssize_t ignored = write(STDOUT_FILENO, state->reset_bytes, (size_t)state->reset_count);
        (void)ignored;
    }
    if (state->have_saved_modes) tcsetattr(STDIN_FILENO, TCSANOW, &state->saved_modes);
    // Back to the default action, raised again: the process dies (and dumps core) exactly as
    // it would have without us.
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signo, &fallback, NULL);
    raise(signo);
}

// Saves the terminal modes, keeps the reset bytes, and installs the handlers. Call before
// newterm: ncurses installs its own SIGINT/SIGTERM handlers only where none is set.
static inline void optout_install_signal_handlers(const char *reset, size_t count) {
    struct optout_signal_state *state = optout_signal_state();
    if (state->installed) return;
    if (reset == NULL) count = 0;
    if (count > sizeof state->reset_bytes) count = sizeof state->reset_bytes;
    if (count > 0) memcpy(state->reset_bytes, reset, count);
    state->reset_count = (sig_atomic_t)count;
    state->have_saved_modes = tcgetattr(STDIN_FILENO, &state->saved_modes) == 0;
    state->hangup = 0;

    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocked wget_wch returns ERR with EINTR, so the loop sees the hang-up.
    action.sa_handler = optout_on_hangup;
    for (size_t i = 0; i < OPTOUT_COUNT(optout_quit_signals); i++)
        sigaction(optout_quit_signals[i], &action, &state->previous_quit[i]);

    action.sa_handler = optout_on_crash;
    action.sa_flags = SA_NODEFER;
    for (size_t i = 0; i < OPTOUT_COUNT(optout_crash_signals); i++)
        sigaction(optout_crash_signals[i], &action, &state->previous_crash[i]);
    state->installed = 1;
}

// The reset bytes, once terminfo is loaded (after newterm).
static inline void optout_set_reset_bytes(const char *reset, size_t count) {
    struct optout_signal_state *state = optout_signal_state();
    if (reset == NULL) count = 0;
    if (count > sizeof state->reset_bytes) count = sizeof state->reset_bytes;
    state->reset_count = 0;  // never let a handler see a half-written sequence
    if (count > 0) memcpy(state->reset_bytes, reset, count);
    state->reset_count = (sig_atomic_t)count;
}

static inline void optout_remove_signal_handlers(void) {
    struct optout_signal_state *state = optout_signal_state();
    if (!state->installed) return;
    state->reset_count = 0;
    for (size_t i = 0; i < OPTOUT_COUNT(optout_crash_signals); i++)
        sigaction(optout_crash_signals[i], &state->previous_crash[i], NULL);
    for (size_t i = 0; i < OPTOUT_COUNT(optout_quit_signals); i++)
        sigaction(optout_quit_signals[i], &state->previous_quit[i], NULL);
    state->installed = 0;
}

// True while a terminal has the handlers: only one may be open (curses has one screen).
static inline int optout_handlers_active(void) { return optout_signal_state()->installed; }

// True once SIGTERM, SIGHUP or SIGINT arrived since the handlers were installed.
static inline int optout_hangup_requested(void) { return optout_signal_state()->hangup != 0; }

// ncurses 6.4 sends its buffer to the terminal at every cursor move for as long as the screen
// is in its initial state (`_nc_mvcur`), which only one endwin() and resume end: a first frame
// went out in 40 writes and a key in five. One cycle right after newterm, before anything is
// drawn, gives one write per refresh. It costs two small writes at start, in which the
// terminal goes back to its main screen, untouched, and at once to the blank alternate one.
static inline void optout_end_initial_state(void) {
    endwin();
    doupdate();  // resumes: program modes again, and the screen is marked running
}

#endif
