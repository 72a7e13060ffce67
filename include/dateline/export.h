/* export: the analysis as JSON, plain-text lists and Markdown; writes to a sink (a buffer or a
 * file), never to the terminal. Every export_* function writes element by element as it goes,
 * appends to what the sink already holds, and reads the document and lists without changing
 * them; its memory does not grow with the size of what it writes. */
#ifndef DATELINE_EXPORT_H
#define DATELINE_EXPORT_H

#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include "dateline/claims.h"
#include "dateline/doc.h"
#include "dateline/timex.h"

struct note_list;

/* Where an export writes. A buffer sink appends to the caller's buffer; a file sink stages at
 * most about EXPORT_SINK_CHUNK bytes (plus one element) and hands them to the FILE * as it goes.
 * After the first failed write the sink keeps its error and drops everything written to it, and
 * the exports stop early. Set one up with export_sink_buf() or export_sink_file(); a file sink
 * ends with export_sink_finish(). Not for two threads at once. */
struct export_sink {
	struct buf *out;  /* where the exports append: the caller's buffer, or `stage` */
	struct buf stage; /* a file sink's bytes not yet handed to the file */
	FILE *f;          /* NULL for a buffer sink */
	int err;          /* 0, or the negative errno of the first failed write */
};

/* How many bytes a file sink stages before it writes them. */
#define EXPORT_SINK_CHUNK ((size_t)1 << 16)

/* A sink that appends to b (which the caller owns and frees; it is never cleared). */
void export_sink_buf(struct export_sink *s, struct buf *b);
/* A sink that writes to f (which the caller owns and closes). */
void export_sink_file(struct export_sink *s, FILE *f);
/* Between elements: a file sink writes what it staged once that reaches EXPORT_SINK_CHUNK, and
 * drops it after an error. Returns s->err. A buffer sink does nothing. */
int export_sink_step(struct export_sink *s);
/* Appends n bytes; a file sink writes a piece of EXPORT_SINK_CHUNK bytes or more straight to the
 * file after what it staged, instead of staging it. Returns s->err. */
int export_sink_put(struct export_sink *s, const char *data, size_t n);
/* Writes everything staged and flushes the file (a buffer sink: nothing). Frees the staging
 * memory; the sink may be written again afterwards. Returns 0 or the negative errno of the first
 * failed write (-EIO when the stream had no errno). */
int export_sink_finish(struct export_sink *s);

/* Writes the analysis as one JSON object (schema version 1, docs/analysis-json.md), ending in
 * '\n'. Returns 0 or the sink's negative errno (then the output stops where the error was). */
int export_json(struct export_sink *s, const struct doc *d, const struct timex_list *t,
		const struct claim_list *c);
/* export_json() in three parts, for a caller that finds the events' names and the claims while
 * the rest is written: the document (everything before "events"), the events, then the tail
 * (claims and diagnostics), on the same sink, document and timeline, in this order. Each returns
 * 0 or the sink's negative errno. The tail encodes many claims on a second thread of its own
 * (joined before it returns), through two buffers of at most a few hundred claims; only the
 * calling thread writes to the sink. */
int export_json_doc(struct export_sink *s, const struct doc *d, const struct timex_list *t);
int export_json_events(struct export_sink *s, const struct timex_list *t);
int export_json_tail(struct export_sink *s, const struct doc *d, const struct claim_list *c);
/* Writes the timeline, a line an event: "Oct 28  summary  ¶17". Article text is made visible.
 * Returns 0 or the sink's negative errno. */
int export_timeline(struct export_sink *s, const struct doc *d, const struct timex_list *t);
/* Writes the timeline as a fenced Mermaid `timeline` diagram (```mermaid ... ```): the title, a
 * section a year, a period a date with its events; text escaped with Mermaid's entity codes.
 * Writes nothing when there are no events. Returns 0 or the sink's negative errno. */
int export_mermaid(struct export_sink *s, const struct doc *d, const struct timex_list *t);
/* Writes the claims in text order, a line each as claims_render() gives it after the paragraph
 * ("¶4  Huang Renxun stating: “When China hopes …”"), a claim held by another after it and
 * indented with "↳ ". Returns 0 or the
 * sink's negative errno. */
int export_claims(struct export_sink *s, const struct doc *d, const struct claim_list *c);
/* Writes the text as it is (visible: repaired, with controls drawn visibly as text_visible()
 * does, for a terminal) and a newline when it does not end in one. Returns 0 or the sink's
 * negative errno. */
int export_text(struct export_sink *s, const char *text, size_t len, bool visible);
/* Writes CommonMark with YAML front matter: timeline, claims and notes (t, c and notes may be
 * NULL). `now` is the exported time. Returns 0 or the sink's negative errno. */
int export_markdown(struct export_sink *s, const struct doc *d, const struct timex_list *t,
		    const struct claim_list *c, const struct note_list *notes, time_t now);

/* A file being written in place of another, atomically: export_file_open(), then write to `f`
 * (through a file sink), then export_file_close(). */
struct export_file {
	FILE *f;      /* write here; owned by the export_file */
	char *tmp;    /* the temporary file beside the target, or NULL when writing in place */
	char *target; /* the file the temporary replaces (links followed) */
	mode_t mode;  /* the mode it gets: the old file's, or a new file's after the umask */
	bool in_place;
};
/* Opens path for writing: "-" is standard output; an existing device or pipe (/dev/null, a FIFO)
 * is written in place; anything else is written to a temporary file beside it (a symbolic link
 * is followed and its target replaced). Returns 0 or a negative errno (-EISDIR for a folder,
 * -EACCES for a file with no write permission, which a rename would otherwise replace); on
 * failure nothing is left open or created. */
int export_file_open(struct export_file *ef, const char *path);
/* Ends the file begun by export_file_open(). With err == 0 it flushes it, and a temporary file
 * is synced, given its mode and renamed over the target; with err < 0 (the caller's write
 * failed) or on any failure the temporary file is removed and the previous file is intact.
 * Standard output is flushed, not closed. Returns 0, err, or the negative errno of what failed. */
int export_file_close(struct export_file *ef, int err);
/* Writes data to path atomically, as export_file_open() + export_file_close(). Returns 0 or a
 * negative errno; the previous file is intact on failure and no temporary file is left. */
int export_write_file(const char *path, const char *data, size_t len);
/* True when both paths name the same existing file (after links): an export must refuse the
 * article's own path. */
bool export_is_same_file(const char *a, const char *b);
/* True when path is a regular file holding something other than a dateline export (its front
 * matter names dateline) or nothing: an article, a page, somebody's notes. The command line
 * refuses to replace it; the reader asks first, saying so. */
bool export_is_foreign(const char *path);
/* 0, or a negative errno when path is a regular file that may not be written (-EACCES with no
 * write bit, even for root; access()'s errno otherwise, -EROFS on a read-only mount): rename()
 * would replace it all the same, so an export refuses it. */
int export_writable(const char *path);

#endif
