/* doc_int: what the files of doc share (the document's state and the steps of loading it); not a
 * public contract. doc.c loads and checks the text and finds the title, doc_paras.c splits
 * paragraphs and plain-text lists, doc_sentences.c splits sentences, doc_read.c reads a file at
 * once or in two steps. */
#ifndef DATELINE_DOC_INT_H
#define DATELINE_DOC_INT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dateline/doc.h"
#include "dateline/formats.h"

struct doc {
	char *text; /* NUL-terminated analysed text */
	size_t len;
	bool converted;
	bool legacy; /* plain text read as windows-1252 */
	enum format format;
	char *name;
	/* FNV-1a of the input bytes; 0 until doc_hash() or a conversion of the text computes it (a
	 * cache, atomic because the document is read on several threads) */
	_Atomic uint64_t hash;
	struct doc_para *paras;
	size_t npara, cappara;
	struct doc_sentence *sents;
	size_t nsent, capsent;
	bool has_title;
	struct span title;
	char *title_text;
	char *byline, *site, *published, *modified;
	struct date anchor;
	enum doc_anchor_from anchor_from;
	struct doc_diag *diags;
	size_t ndiag, capdiag, ndiag_dropped;
	size_t *line_starts; /* built on the first diagnostic */
	size_t nlines;
	/* A coarse index in front of doc_paragraph_at() and doc_sentence_at(): for each 1 <<
	 * DOC_PAGE_BITS bytes of text from 0, the last paragraph (sentence) that starts at or before the page's
	 * first byte; npage + 1 entries each (the extra one for the end), NULL until analysed. */
	uint32_t *para_page, *sent_page;
	size_t npage;
};

/* The bytes of text one entry of the coarse index covers (a power of two). */
#define DOC_PAGE_BITS 10

/* Horizontal white space (a tab, a space, a form feed, a vertical tab or a carriage return). */
static inline bool is_hspace(char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

/* Indices are 32-bit (doc.h): no paragraph nor sentence is added after the last one they count. */
static inline bool doc_full(const struct doc *d)
{
	return d->npara >= UINT32_MAX || d->nsent >= UINT32_MAX;
}

/* Splits the text into paragraphs (d->paras), a plain text's lists into their items
 * (doc_paras.c). */
void doc_split_paragraphs(struct doc *d);

/* Marks the paragraphs that are page furniture (doc_para.furniture): a caption in square
 * brackets ("[Video: ...]", formats_caption_line()) and a photo's credit standing as its own
 * paragraph ("(Photo: Reuters)", "Jane Doe/AFP", formats_credit_line()). A heading ("Bloomberg
 * Says Stocks Fall") is no credit: called once the headings and the title are known
 * (doc_paras.c). */
void doc_mark_furniture(struct doc *d);

/* Splits paragraph p into sentences (d->sents), which follow those of the paragraphs before it
 * (doc_sentences.c). */
void doc_split_sentences(struct doc *d, size_t p);

/* Loads the document from `bytes`, a malloc'd buffer of len + 1 bytes or more that it takes over
 * (doc.c); NULL with *err set when it is no text. */
struct doc *doc_load_owned(char *bytes, size_t len, const char *name, enum format format,
			   const char *charset, const char **err);

#endif
