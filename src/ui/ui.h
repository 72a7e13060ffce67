/* ui: the entry points of the ncurses reader for the command line. */
#ifndef DATELINE_UI_H
#define DATELINE_UI_H

#include <stdio.h>

#include "dateline/claims.h"
#include "dateline/doc.h"
#include "dateline/timex.h"

/* Runs the reader on the terminal until the user quits. A terminal that cannot show it (TERM
 * unset, unknown or without cursor addressing) is refused with a message on stderr and status 2.
 * The reader may set d's anchor (:date, or the one remembered with the article's notes). notes_db is the notes database path
 * (NULL: the default). tl and cl may be NULL: the reader then finds them itself, on a second
 * thread for a large article while it shows it (and a quit before they are found ends the
 * process). Returns the exit status (0 on a normal quit). The caller still owns and frees d and
 * the lists it passed. */
int ui_run(struct doc *d, const struct timex_list *tl, const struct claim_list *cl,
	   const char *notes_db);
/* Renders the reader's screen at rows x cols as text to out, without a terminal, after feeding
 * it the keys in `keys` (UTF-8 and <Name>s; may be NULL). No notes database is opened; :date may
 * set d's anchor (tl then stays the caller's, unchanged). Returns 0, or 1 when
 * writing failed. */
int ui_dump(FILE *out, struct doc *d, const struct timex_list *tl, const struct claim_list *cl,
	    int rows, int cols, const char *keys);
/* Writes docs/keys.md (generated from the action list) to out. Returns 0 or 1. */
int ui_keys_md(FILE *out);

#endif
