/* formats: detecting the input format and extracting an article from HTML or Markdown. */
#ifndef DATELINE_FORMATS_H
#define DATELINE_FORMATS_H

#include "dateline/doc.h"

/* What a converter extracts: the analysed text (paragraphs separated by one blank line, headings
 * as paragraphs of their own) and the metadata found. */
struct extracted {
	struct buf text;
	struct span *headings; /* spans into text of heading paragraphs, in order */
	size_t nheadings;
	char *title;  /* NULL when none; UTF-8 */
	char *byline; /* NULL when none */
	char *site;   /* NULL when none */
	struct doc_date date; /* year 0 when no publication date was found */
};

/* Guesses the format from the content, with the file name's extension as a hint (name may be
 * NULL). Never returns FORMAT_AUTO. */
enum doc_format formats_detect(const char *bytes, size_t len, const char *name);
/* Extracts the article of an HTML page (any declared charset; converted to UTF-8). Returns 0, or
 * -1 when nothing could be parsed. The caller frees *out with extracted_free(). */
int formats_html(const char *bytes, size_t len, struct extracted *out);
/* Extracts the text and front matter of a Markdown document. Same contract as formats_html(). */
int formats_markdown(const char *bytes, size_t len, struct extracted *out);
/* Frees what a converter stored; accepts a zeroed struct. */
void extracted_free(struct extracted *e);

#endif
