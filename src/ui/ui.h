/* ui: the entry points of the ncurses reader for the command line. */
#ifndef DATELINE_UI_H
#define DATELINE_UI_H

#include <stdio.h>

#include "dateline/claims.h"
#include "dateline/doc.h"
#include "dateline/timex.h"

/* Runs the reader on the terminal until the user quits. notes_db is the notes database path
 * (NULL: the default). tl and cl may be NULL: the reader then finds them itself, on a second
 * thread for a large article while it shows it (and a quit before they are found ends the
 * process). Returns the exit status (0 on a normal quit). The caller still owns and frees d and
 * the lists it passed. */
int ui_run(const struct doc *d, const struct timex_list *tl, const struct claim_list *cl,
	   const char *notes_db);
/* Runs the reader on the article at path ("-": standard input) read as `format`, with the anchor
 * date given (NULL: the article's own). A long plain-text article shows from its first bytes
 * while a second thread reads the rest and finds its dates and claims. An article that cannot
 * be read is said on stderr ("dateline: PATH: reason") before the terminal is taken, or after
 * it is given back when the rest of a long one turns out not to be text. Returns the exit
 * status (0 on a normal quit, 1 when the article could not be read). */
int ui_run_file(const char *path, enum format format, const struct date *given,
		const char *notes_db);
/* Renders the reader's screen at rows x cols as text to out, without a terminal, after feeding
 * it the keys in `keys` (UTF-8; may be NULL). No notes database is opened. Returns 0, or 1 when
 * writing failed. */
int ui_dump(FILE *out, const struct doc *d, const struct timex_list *tl,
	    const struct claim_list *cl, int rows, int cols, const char *keys);
/* Writes docs/keys.md (generated from the action list) to out. Returns 0 or 1. */
int ui_keys_md(FILE *out);

#endif
