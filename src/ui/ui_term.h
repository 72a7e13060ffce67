/* ui_term: what the reader asks of the terminal's description before curses starts. */
#ifndef DATELINE_UI_TERM_H
#define DATELINE_UI_TERM_H

/* Refuses a terminal the reader cannot draw on (TERM unset, unknown, hard-copy, or without
 * cursor addressing) before curses would print its own message or leave a blank screen.
 * Returns 0, or 2 after saying so on stderr ("dateline: terminal 'dumb' cannot show the
 * reader; use --timeline, --claims or --text"). */
int term_check(void);

#endif
