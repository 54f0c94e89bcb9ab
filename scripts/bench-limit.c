/* The practical limit of scripts/bench: the least a curses checklist can do. It draws the
 * rows given as arguments (a title bar, "[ ] title" per row, the selection in reverse
 * video) and moves the selection with Down and Up, scrolling at the edges; q or Enter quits.
 * No colours, no footer, no detail pane: what is left is starting a small C program, curses
 * set-up and the terminal writes. Built by scripts/bench with `cc -O2 ... -lncursesw`. */
#define _XOPEN_SOURCE 700
#include <curses.h>
#include <locale.h>

static char **rows;
static int count, top, selected;

static void draw_row(int index) {
    int y = index - top + 1;
    if (y < 1 || y >= LINES) return;
    move(y, 0);
    if (index == selected) attron(A_REVERSE);
    if (index < count) printw("[ ] %.*s", COLS > 4 ? COLS - 4 : 0, rows[index]);
    clrtoeol();
    if (index == selected) attroff(A_REVERSE);
}

static void draw_all(void) {
    for (int index = top; index < top + LINES - 1; index++) draw_row(index);
}

int main(int argc, char **argv) {
    rows = argv + 1;
    count = argc - 1;
    setlocale(LC_ALL, "");
    initscr();
    raw();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    attron(A_BOLD);
    mvprintw(0, 0, "Bench limit: %d rows", count);
    attroff(A_BOLD);
    draw_all();
    refresh();
    for (;;) {
        int key = getch();
        int before = selected;
        if (key == 'q' || key == '\r' || key == '\n' || key == ERR) break;
        if (key == KEY_DOWN && selected + 1 < count) selected++;
        if (key == KEY_UP && selected > 0) selected--;
        if (selected == before) continue;
        if (selected < top || selected >= top + LINES - 1) {
            top = selected < top ? selected : selected - (LINES - 2);
            draw_all();
        } else {
            draw_row(before);
            draw_row(selected);
        }
        refresh();
    }
    endwin();
    return 0;
}
