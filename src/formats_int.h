/* formats_int: what the converters (formats_html.c, formats_md.c) share inside the formats
 * module: the text emitter, page metadata with its trust ranks, and the charset rules. */
#ifndef DATELINE_FORMATS_INT_H
#define DATELINE_FORMATS_INT_H

#include "dateline/formats.h"

/* ---- the emitter (formats_emit.c) ---- */

/* Builds an extracted text: folds white space, separates blocks by one blank line and records
 * the spans of headings. Borrows `out` for its lifetime. */
struct formats_emitter {
	struct extracted *out;
	int pending; /* separator owed before the next character: EMIT_* */
	int heading; /* depth of open headings */
	bool heading_started;
	size_t heading_start;
	size_t capheadings;
};

enum {
	EMIT_NONE,
	EMIT_SPACE,
	EMIT_LINE,
	EMIT_PARAGRAPH
};

void formats_emit_init(struct formats_emitter *em, struct extracted *out);
/* Appends text; runs of white space (and no-break spaces) fold to one space, or to line breaks
 * when `keep_lines` (preformatted text). Invalid UTF-8 is replaced. */
void formats_emit_text(struct formats_emitter *em, const char *s, size_t n, bool keep_lines);
/* Asks for a separator (EMIT_SPACE, EMIT_LINE or EMIT_PARAGRAPH) before the next text. */
void formats_emit_break(struct formats_emitter *em, int level);
/* Opens or closes a heading block (nested headings count once). */
void formats_emit_heading(struct formats_emitter *em, bool open);
/* Closes the last block; the text then ends with one newline unless it is empty. */
void formats_emit_finish(struct formats_emitter *em);
/* A copy of s[0..n) with white space folded and trimmed, or NULL when nothing is left. The
 * caller frees the result with free(). */
char *formats_fold(const char *s, size_t n);

/* ---- metadata (formats_meta.c) ---- */

/* A metadata value and how far it is trusted: a lower rank is better; 0 means not set. */
struct meta_cand {
	char *value; /* owned; NULL when not set */
	int rank;
};

/* What a page says of itself. Zero it before use; free it with formats_meta_free(). */
struct formats_meta {
	struct meta_cand title, date, byline, site; /* date: "YYYY-MM-DD" */
};

/* Takes `value` (or frees it) and keeps it when it is not empty and ranks better than what c
 * holds. */
void formats_meta_set(struct meta_cand *c, int rank, char *value);
/* A copy of s with white space folded and trimmed; NULL for NULL, an empty value or one longer
 * than max bytes. The caller frees the result. */
char *formats_meta_fold(const char *s, size_t max);
/* Keeps the date that v (at most 200 bytes read) writes, when it is a real date and ranks better. */
void formats_meta_date(struct formats_meta *m, int rank, const char *v);
/* Reads one <meta> tag: key is its property, name or itemprop (NULL when none), content its
 * content attribute (NULL when none). */
void formats_meta_tag(struct formats_meta *m, const char *key, const char *content);
/* Reads a JSON-LD script's text s[0..n): datePublished, headline, author and publisher, the
 * outermost first (at most 10,000 nodes visited). */
void formats_meta_json_ld(struct formats_meta *m, const char *s, size_t n);
/* Cuts a site name off a page title in place: " | Site", " - Site", "Site | " and the like; a
 * short last part after a strong separator is taken as a site name when site is NULL. */
void formats_strip_site(char *title, const char *site);
/* True when v equals (case-insensitive) one of the NULL-terminated names. */
bool formats_name_in(const char *v, const char *const *names);
/* Frees the values and zeroes m. */
void formats_meta_free(struct formats_meta *m);

/* ---- charset (formats_charset.c) ---- */

/* The encoding to decode a page with, by the rules browsers follow: a byte order mark, then the
 * declaration in the first 16 KiB (Latin-1 and ASCII read as windows-1252, GB2312 and GBK as
 * GB18030), then UTF-8 when the bytes are valid UTF-8, else windows-1252. The result is a static
 * name or buf (cap bytes, lowercased declaration). */
const char *formats_page_encoding(const char *b, size_t n, char *buf, size_t cap);
/* False for bytes that no web page holds: NUL (outside UTF-16) or over 1% control characters. */
bool formats_page_plausible(const char *b, size_t n);

#endif
