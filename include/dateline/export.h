/* export: the analysis as JSON, plain-text lists and Markdown; writes to a buffer or a file,
 * never to the terminal. Every export_* function appends to the buffer it is given (it never
 * clears it) and reads the document and lists without changing them. */
#ifndef DATELINE_EXPORT_H
#define DATELINE_EXPORT_H

#include <time.h>

#include "dateline/claims.h"
#include "dateline/doc.h"
#include "dateline/timex.h"

struct note_list;

/* Appends the analysis as one JSON object (schema version 1, docs/analysis-json.md), ending in
 * '\n'. */
void export_json(struct buf *b, const struct doc *d, const struct timex_list *t,
		 const struct claim_list *c);
/* Appends the timeline, a line an event: "Oct 28  summary  ¶17". Article text is made visible. */
void export_timeline(struct buf *b, const struct doc *d, const struct timex_list *t);
/* Appends the timeline as a fenced Mermaid `timeline` diagram (```mermaid ... ```): the title,
 * a section a year, a period a date with its events; text escaped with Mermaid's entity codes.
 * Appends nothing when there are no events. */
void export_mermaid(struct buf *b, const struct doc *d, const struct timex_list *t);
/* Appends the claims in text order: "¶4  Huang Renxun (stating): \"content\"". */
void export_claims(struct buf *b, const struct doc *d, const struct claim_list *c);
/* Appends CommonMark with YAML front matter: timeline, claims and notes (notes may be NULL).
 * `now` is the exported time. */
void export_markdown(struct buf *b, const struct doc *d, const struct timex_list *t,
		     const struct claim_list *c, const struct note_list *notes, time_t now);
/* Writes data to path atomically (temporary file beside it, fsync, rename). "-" writes to
 * standard output; an existing device or pipe (/dev/null, a FIFO) is written in place; a
 * symbolic link is followed and its target replaced. Returns 0 or a negative errno (-EISDIR for
 * a folder); the previous file is intact on failure and no temporary file is left. */
int export_write_file(const char *path, const char *data, size_t len);
/* True when both paths name the same existing file (after links): an export must refuse the
 * article's own path. */
bool export_is_same_file(const char *a, const char *b);

#endif
