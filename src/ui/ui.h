/* ui: the entry points of the ncurses reader for the command line. */
#ifndef DATELINE_UI_H
#define DATELINE_UI_H

#include <stdio.h>

#include "dateline/claims.h"
#include "dateline/doc.h"
#include "dateline/fetch.h"
#include "dateline/timex.h"

/* Where the reader's article comes from, so that it can load it (again, with r). */
struct ui_source {
	const char *name; /* the path or URL: shown while loading, and in a failure's message */
	/* Loads the article: returns 0 and sets *out (the reader's from then on), or -1 with a
	 * one-line reason in err (errcap bytes). Calls progress(ctx, ...) while bytes arrive, when
	 * it can, and gives up when that returns false (the reader then says "cancelled"). */
	int (*load)(void *arg, fetch_progress_fn progress, void *ctx, struct doc **out, char *err,
		    size_t errcap);
	void *arg;
};

/* Runs the reader on the terminal until the user quits. A terminal that cannot show it (TERM
 * unset, unknown or without cursor addressing) is refused first with a message on stderr and
 * status 2. d is the article, which the reader takes over (and frees; it may set its anchor:
 * :date, or the one remembered with the article's notes), or NULL: the reader then loads it from
 * src first, showing the bytes received (Esc or q cancels); when that fails it ends the
 * terminal, prints "dateline: NAME: reason" on stderr and returns 1. src (borrowed until the
 * return) lets r load the article again; NULL when it cannot be (standard input, the sample),
 * but never with d NULL. notes_db is the notes database path (NULL: the default). The dates and
 * claims are found here, on a second thread for a large article while it is shown (and a quit
 * before they are found ends the process). Returns the exit status (0 on a normal quit); ends
 * the process by a signal that stopped the reader. */
int ui_run(struct doc *d, const struct ui_source *src, const char *notes_db);
/* As ui_run() for the file at path ("-": standard input), named `name` (the path, or the URL
 * it came from) and read as `format`, with the anchor date given (NULL: the article's own). A
 * long plain-text article shows from its first bytes while a second thread reads the rest and
 * finds its dates and claims. An article that cannot be read is said on stderr ("dateline:
 * PATH: reason") before the terminal is taken, or after it is given back when the rest of a
 * long one turns out not to be text. Returns the exit status (0 on a normal quit, 1 when the
 * article could not be read). */
int ui_run_file(const char *path, const char *name, enum format format, const struct date *given,
		const struct ui_source *src, const char *notes_db);
/* Renders the reader's screen at rows x cols as text to out, without a terminal, after feeding
 * it the keys in `keys` (UTF-8 and <Name>s; may be NULL). No notes database is opened; :date may
 * set d's anchor (tl then stays the caller's, unchanged). Returns 0, or 1 when
 * writing failed. */
int ui_dump(FILE *out, struct doc *d, const struct timex_list *tl, const struct claim_list *cl,
	    int rows, int cols, const char *keys);
/* Writes docs/keys.md (generated from the action list) to out. Returns 0 or 1. */
int ui_keys_md(FILE *out);

#endif
