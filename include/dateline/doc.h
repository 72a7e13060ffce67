/* doc: the immutable text of one article, its paragraphs, sentences, title, anchor date and
 * diagnostics. All positions are byte spans into the analysed text. Paragraphs and sentences are
 * counted from 0 here and in every struct of the engines; what a person reads (the reader, the
 * exports, --json) counts paragraphs from 1. After doc_load() the document does not change but
 * through doc_set_anchor(), so threads may read one document at once when none sets the anchor. */
#ifndef DATELINE_DOC_H
#define DATELINE_DOC_H

#include "dateline/date.h"
#include "dateline/formats.h"
#include "dateline/text.h"

/* Where the anchor date came from. */
enum doc_anchor_from {
	ANCHOR_NONE,     /* there is none: years of relative expressions are unknown */
	ANCHOR_OPTION,   /* the user gave it (--date) */
	ANCHOR_METADATA, /* the page's or front matter's publication date */
	ANCHOR_TEXT,     /* the article's own date line */
	ANCHOR_READER,   /* set in the reader (:date) and remembered with the article's notes */
	ANCHOR_NAME      /* the source's name: the URL's path or the file's name (doc_name_date) */
};

enum doc_level {
	DIAG_NOTE,
	DIAG_WARNING,
	DIAG_ERROR
};

/* A diagnostic of the input: at most 100 are kept, then one that counts the rest. */
struct doc_diag {
	enum doc_level level;
	size_t line, column; /* 1-based, column counted in bytes; in the input bytes */
	char *message;       /* owned by the document */
};

/* Paragraph and sentence indices are 32-bit, so that a long article's lists take less memory:
 * a text of 4 GB or more has paragraphs and sentences up to the 4,294,967,295th sentence only. */
struct doc_para {
	struct span span;                    /* without the blank lines around it */
	uint32_t first_sentence, nsentences; /* its sentences; nsentences >= 1 */
	bool heading; /* a heading in a converted document (HTML/Markdown) or the title line */
	/* In a block quotation of a converted document (<blockquote>, Markdown "> "): words the
	 * writer quotes from someone else. */
	bool quoted;
	/* An item of a list: a line of plain text that opens with a bullet or a number ("* ",
	 * "- ", "• ", "1. ", "2) "), with the lines that carry it on, an <li> of a page, an item
	 * of Markdown. Its span leaves the bullet out. */
	bool list_item;
	uint32_t number; /* an item of a numbered list: its number; 0 for a bullet */
	/* Page furniture left in the text: a caption in square brackets of what the page embeds
	 * ("[Video: ...]", formats_caption_line()), a photo's credit standing as its own paragraph
	 * ("(Photo: Reuters)", "Jane Doe/AFP", formats_credit_line()) that is no heading.
	 * Coreference, claims and the timeline skip it. */
	bool furniture;
	/* The byline line a plain text opens with ("By Ann Lee", doc_byline()): the writer, whom
	 * only "I" names, never a "she" or "the reporter" of the article. Coreference skips it. */
	bool byline;
};

struct doc_sentence {
	struct span span;
	uint32_t paragraph; /* 0-based index */
	bool ends_in_quote; /* the sentence end lies inside an open quotation */
};

struct doc;

/* Loads an article from bytes (copied). `name` is the source as shown to users ("-" for stdin).
 * Returns NULL and sets *err to a static reason ("not a text file") when the bytes are not text
 * (NUL bytes, or over a tenth control characters). HTML and Markdown are converted (see
 * formats.h); the analysed text is then the extracted text. Plain text (and Markdown) that is
 * not UTF-8 is decoded from windows-1252 (formats_legacy_text) with a diagnostic; the analysed
 * text is then the decoded text and doc_converted() is true. The caller frees the result with
 * doc_free(). */
struct doc *doc_load(const char *bytes, size_t len, const char *name, enum format format,
		     const char **err);
/* As doc_load(), for bytes whose transport declared their charset (the charset parameter of an
 * HTTP Content-Type; NULL for none), which an HTML page is decoded with (formats_html_charset()).
 */
struct doc *doc_load_charset(const char *bytes, size_t len, const char *name, enum format format,
			     const char *charset, const char **err);
/* Reads a file ("-" = standard input) and loads it. Returns 0, or a negative errno, or
 * -EILSEQ for "not a text file"; *out is set on success and freed by the caller with doc_free(). */
int doc_read_file(const char *path, enum format format, struct doc **out);
/* As doc_read_file(), with the source named `name` (a URL the bytes came from, say) instead of
 * the path: doc_name() and the notes know it by that name. */
int doc_read_named(const char *path, const char *name, enum format format, struct doc **out);
/* Reading a file in two steps, so that a reader can show the beginning of a long article before
 * the rest is read: doc_read_begin(), then doc_read_end() (on any thread) or doc_read_cancel(). */
struct doc_reading;
/* Opens path ("-": standard input, read through a descriptor of its own) and reads its
 * beginning; the document is named `name` (NULL: the path), as with doc_read_named(). With
 * preview NULL, it reads everything. Otherwise, when the input is at least `min`
 * bytes (a file by its size, a pipe by going on past min) and plain text (given, or detected from
 * what was read), it reads about `want` bytes (a pipe: at least min) and sets *preview to the
 * document of the first want bytes or fewer, cut after a paragraph break or a line where there is
 * one: the beginning of the whole document, with its paragraphs, sentences and title, save that
 * the last paragraph may be cut short (a caller that keeps the two apart keeps byte offsets,
 * not paragraph indices). *preview is NULL when there is none; the caller frees it with
 * doc_free(). Returns 0 and sets *out, or a negative errno (then nothing is left open). */
int doc_read_begin(const char *path, const char *name, enum format format, size_t want, size_t min,
		   struct doc_reading **out, struct doc **preview);
/* Reads the rest and loads the whole document as doc_read_file() does, with the same results and
 * errors (*out freed by the caller with doc_free()). Frees rd, on failure too. */
int doc_read_end(struct doc_reading *rd, struct doc **out);
/* Gives up a reading (closes the input, frees what was read); accepts NULL. */
void doc_read_cancel(struct doc_reading *rd);
/* Frees the document; accepts NULL. */
void doc_free(struct doc *d);

/* The analysed text. Owned by the document; valid until doc_free(). NUL-terminated. */
const char *doc_text(const struct doc *d, size_t *len);
/* True when the analysed text is not the input bytes (converted HTML/Markdown, decoded text). */
bool doc_converted(const struct doc *d);
/* FORMAT_TEXT, FORMAT_HTML or FORMAT_MARKDOWN: the format the text was read as. */
enum format doc_format(const struct doc *d);
/* The source name as given to doc_load(). Owned by the document. */
const char *doc_name(const struct doc *d);
/* The date the source's name carries (formats_name_date(): a URL's path date, a file name's
 * "2016-09-12" or "APW19980807"), years up to max_year. Returns true and sets *out when found. */
bool doc_name_date(const struct doc *d, int max_year, struct date *out);
/* A hash of the input bytes (FNV-1a 64), the document's identity for notes. */
uint64_t doc_hash(const struct doc *d);

size_t doc_paragraph_count(const struct doc *d);
/* Paragraph i, 0 <= i < doc_paragraph_count(); in text order. Owned by the document; valid until
 * doc_free(). */
const struct doc_para *doc_paragraph(const struct doc *d, size_t i);
size_t doc_sentence_count(const struct doc *d);
/* Sentence i, 0 <= i < doc_sentence_count(); in text order, each inside its paragraph. Owned by
 * the document; valid until doc_free(). */
const struct doc_sentence *doc_sentence(const struct doc *d, size_t i);
/* The paragraph (0-based) containing byte offset `pos`, or the nearest one before it; 0 when none. */
size_t doc_paragraph_at(const struct doc *d, size_t pos);
/* Where the words of paragraph p (0 <= p < doc_paragraph_count()) begin: past the white space
 * and the one opening quotation mark (straight or curly double, low-9, guillemet, corner) that
 * open it, if any. The place of a transcript turn's label ("PENCE: ...", "\"PENCE: ...", a
 * transcript pasted inside quotation marks), which the coreference and the claims read alike. */
size_t doc_paragraph_lead(const struct doc *d, size_t p);
/* The sentence containing `pos`, or the nearest one before it; 0 when none. */
size_t doc_sentence_at(const struct doc *d, size_t pos);

/* The title: a span into the text when the article has one (false otherwise). For converted
 * documents with a metadata title that is not in the text, doc_title_text() gives it. */
bool doc_title(const struct doc *d, struct span *out);
/* The title as a string (from the text or metadata, found at load), or NULL. Owned by the
 * document. */
const char *doc_title_text(const struct doc *d);
/* The byline: from metadata, or a byline line a plain-text article opens with ("By Ann Lee",
 * "文/李明": the names only); NULL when none. Owned by the document. */
const char *doc_byline(const struct doc *d);
/* The site name from metadata, or NULL. Owned by the document. */
const char *doc_site(const struct doc *d);
/* The publication and last modification times from metadata in ISO 8601 ("2025-11-08",
 * "2025-11-08T06:12Z"), or NULL. Owned by the document. */
const char *doc_published(const struct doc *d);
const char *doc_modified(const struct doc *d);

/* The anchor date for relative expressions (year 0 when there is none), and where it came from
 * (from may be NULL). doc_load() sets it from a page's metadata. */
struct date doc_anchor(const struct doc *d, enum doc_anchor_from *from);
/* Sets the anchor. Call it before timex_find(), whose results are against the anchor of the
 * moment (timex_settle_anchor() applies the usual policy), and never while another thread reads
 * the document. */
void doc_set_anchor(struct doc *d, struct date date, enum doc_anchor_from from);

size_t doc_diag_count(const struct doc *d);
/* Diagnostic i, 0 <= i < doc_diag_count(), in input order. Owned by the document. */
const struct doc_diag *doc_diag(const struct doc *d, size_t i);

#endif
