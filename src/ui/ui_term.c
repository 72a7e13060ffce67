/* ui_term: checks the terminal's description (terminfo) before curses starts, so that a terminal
 * the reader cannot use gets a dateline message and a status, never a blank screen. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <term.h>
#include <unistd.h>

#include "ui_term.h"

int term_check(void)
{
	const char *term = getenv("TERM");
	int err = 0;
	bool ok;

	if (!term || !*term) {
		fprintf(stderr, "dateline: TERM is not set, so the reader cannot draw; use "
				"--timeline, --claims or --text\n");
		return 2;
	}
	ok = setupterm(term, STDOUT_FILENO, &err) == OK;
	if (ok) {
		const char *cup = tigetstr("cup"), *clr = tigetstr("clear");
		ok = cup && cup != (char *)-1 && clr && clr != (char *)-1 && tigetflag("hc") <= 0;
		del_curterm(cur_term);
	}
	if (!ok) {
		fprintf(stderr,
			"dateline: terminal '%s' cannot show the reader; use --timeline, --claims "
			"or --text\n",
			term);
		return 2;
	}
	return 0;
}
