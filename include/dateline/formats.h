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
/* An item of a list (<li>, a Markdown item): where its text starts, and its number in a numbered
 * list (0 for a bullet). */
struct extracted_item {
	size_t start;
	uint32_t number;
};

struct extracted {
	struct buf text;
	struct span *headings; /* spans into text of heading paragraphs, in order */
	size_t nheadings;
	struct extracted_item *items; /* where the items of lists start in text, in order */
	size_t nitems;
	struct span *quotes; /* spans into text of block quotations (<blockquote>, "> "), in order */
	size_t nquotes;
	char *title;  /* NULL when none; UTF-8 */
	char *byline; /* NULL when none */
	char *site;   /* NULL when none */
	char *published; /* publication time in ISO 8601 ("2025-11-08", "2025-11-08T06:12Z"), or NULL */
	char *modified;   /* last modification time, likewise, or NULL */
	struct date date; /* the publication date; year 0 when none was found */
};

/* Guesses the format from the content, with the file name's extension as a hint (name may be
 * NULL). Never returns FORMAT_AUTO. */
enum format formats_detect(const char *bytes, size_t len, const char *name);
/* The format a media type (a Content-Type without parameters) names: FORMAT_HTML for text/html
 * and application/xhtml+xml, FORMAT_MARKDOWN for text/markdown, else FORMAT_AUTO (detect it: a
 * server's text/plain or application/octet-stream says little). type may be NULL. */
enum format formats_from_media_type(const char *type);
/* Extracts the article of an HTML page (the declared charset checked against the bytes; converted
 * to UTF-8): the text of the block that holds the article's paragraphs, without page furniture
 * (menus, link lists, teasers, comments, share bars, bylines, time lines, captions, credits,
 * copyright and standards footers, an author's note that ends it) and without the headline, which
 * is the title (og:title or <title> without the site name, or the <h1>); the byline, site, and
 * publication and modification times. Returns 0 (an empty text for a page with none), or -1 when
 * the bytes are not a page (NUL bytes, control characters): doc_load() then refuses them. Linear in
 * the input; no recursion on nesting. *out need not be initialised: it is overwritten (whatever it
 * held is not freed). The caller frees *out with extracted_free(), also after a failure. */
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
/* Writes the timestamp s[0..n) (any form formats_parse_date() reads) in ISO 8601 into out (cap
 * bytes, at least 32): the date, then the time and zone when s gives them ("2025-11-08T06:12Z",
 * "2025-11-08T10:00:00+08:00", "2025-11-08"). Returns false, and leaves out empty, when s holds
 * no plausible date (before 1900 or after 2100 is not); *d (may be NULL) gets the date. */
bool formats_timestamp(const char *s, size_t n, char *out, size_t cap, struct date *d);

/* The date in a URL's path, the way news sites file articles (/2015/03/18/, /2015-03-18, a slug's
 * 20190520 between separators), 1990 to 2100. Returns true and sets *out when there is one. */
bool formats_url_date(const char *url, struct date *out);
/* The date a source's name carries: a URL's (http:// or https://) as formats_url_date() reads
 * it; else the file's base name's first YYYY-MM-DD, YYYY_MM_DD, YYYY.MM.DD, or YYYYMMDD that
 * stands alone (no digit next to it: "APW19980807.0261", "2016-09-12 senate vote.txt"), a real
 * calendar date from 1900 to max_year. The name is only read as a string. Returns true and
 * sets *out when there is one. */
bool formats_name_date(const char *name, int max_year, struct date *out);

/* Plain text that is not UTF-8 (its bytes beyond ASCII mostly invalid as UTF-8, and mostly single
 * bytes rather than UTF-8 sequences cut short: an old archive's Windows-1252 or Latin-1 file) is
 * decoded from windows-1252 into out (appended) and true is returned; UTF-8 text, even with
 * invalid bytes, gives false and out is left alone. */
bool formats_legacy_text(const char *b, size_t n, struct buf *out);

/* Is s[0..n) (a paragraph) a caption in square brackets that labels what the page embeds or
 * links to, a label and a colon first: "[Video: FULL SPEECH: ... Watch on YouTube.]", "[Photo:
 * ...]", "[Watch: ...]", "[Related: ...]"? Page furniture left in a plain text: no one's
 * words, no event. A line that opens with a name ("[Alden: I can't even talk!]", a chat in
 * fiction) or with no colon ("[Video call from ...]") is none. */
bool formats_caption_line(const char *s, size_t n);
/* Is s[0..n) (a paragraph) a photo's or a picture's credit: "(Photo: Reuters)", "Photo: Mary
 * Smith", "Jane Doe/AFP"? Page furniture whose names are no one a later "she" or "the paper"
 * means. */
bool formats_credit_line(const char *s, size_t n);
/* Is s[0..n) a byline as a plain-text article opens with one: "By Ann Lee", "BY ANN LEE AND BO
 * LI", "【Text by Observers Network, Qi Qian】", "文/李明", "记者 李明"? On success *name
 * (may be NULL) gets the span of the names within s. */
bool formats_byline_line(const char *s, size_t n, struct span *name);

#endif
