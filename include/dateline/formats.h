/* formats: detecting the input format and extracting an article from HTML or Markdown. */
#ifndef DATELINE_FORMATS_H
#define DATELINE_FORMATS_H

#include "dateline/date.h"
#include "dateline/text.h"

/* The format of an input. */
enum format {
	FORMAT_AUTO, /* detect it from the content (and the name as a hint) */
	FORMAT_TEXT,
	FORMAT_HTML,
	FORMAT_MARKDOWN
};

/* What a converter extracts: the analysed text (paragraphs separated by one blank line, headings
 * as paragraphs of their own) and the metadata found. */
struct extracted {
	struct buf text;
	struct span *headings; /* spans into text of heading paragraphs, in order */
	size_t nheadings;
	char *title;      /* NULL when none; UTF-8 */
	char *byline;     /* NULL when none */
	char *site;       /* NULL when none */
	struct date date; /* year 0 when no publication date was found */
};

/* Guesses the format from the content, with the file name's extension as a hint (name may be
 * NULL). Never returns FORMAT_AUTO. */
enum format formats_detect(const char *bytes, size_t len, const char *name);
/* The format a media type (a Content-Type without parameters) names: FORMAT_HTML for text/html
 * and application/xhtml+xml, FORMAT_MARKDOWN for text/markdown, else FORMAT_AUTO (detect it: a
 * server's text/plain or application/octet-stream says little). type may be NULL. */
enum format formats_from_media_type(const char *type);
/* Extracts the article of an HTML page (any declared charset; converted to UTF-8): the text of
 * the <article>, <main> or densest block without page furniture, the title (<h1>, og:title,
 * <title> without the site name), byline, site and publication date. Returns 0 (an empty text
 * for a page with none), or -1 when the bytes are not a page (NUL bytes, control characters):
 * doc_load() then refuses them. Linear in the input; no recursion on nesting. *out need not be
 * initialised: it is overwritten (whatever it held is not freed). The caller frees *out with
 * extracted_free(), also after a failure. */
int formats_html(const char *bytes, size_t len, struct extracted *out);
/* As formats_html(), for a page whose transport declared its charset: the charset parameter of
 * an HTTP Content-Type (NULL or "" for none). It ranks as browsers rank it, below a byte order
 * mark and above the page's own declaration, but checked against the bytes: bytes that are valid
 * UTF-8 beyond ASCII are read as UTF-8 whatever was declared, and a declared UTF-8 that the bytes
 * are not, or a charset that is not known, is ignored (the page's own rules then apply). */
int formats_html_charset(const char *bytes, size_t len, const char *charset, struct extracted *out);
/* Extracts the text and front matter of a Markdown document. Same contract as formats_html(). */
int formats_markdown(const char *bytes, size_t len, struct extracted *out);
/* Frees what a converter stored; accepts a zeroed struct. */
void extracted_free(struct extracted *e);

/* Parses a publication date as pages and front matter write it: ISO 8601 ("2025-11-08",
 * "2025-11-08T10:00:00+08:00", "2025/11/08", "20251108"), "November 8, 2025", "8 Nov 2025",
 * "Sat, 08 Nov 2025 10:00:00 GMT". The date is the one written (no time zone conversion).
 * Returns true and sets *out for a real calendar date. */
bool formats_parse_date(const char *s, size_t n, struct date *out);

#endif
