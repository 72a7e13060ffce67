/* doc: loading an article (checking it is text, its diagnostics, its title and byline) and
 * reading a loaded document; paragraphs, sentences and reading files are in doc_*.c. */
#include "doc_int.h"

#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DIAG_MAX 100

/* ---- diagnostics ---- */

static void build_lines(struct doc *d)
{
	size_t cap = 0;

	d->line_starts = xgrow(NULL, &cap, 1, sizeof(size_t));
	d->line_starts[0] = 0;
	d->nlines = 1;
	for (size_t i = 0; i < d->len; i++) {
		char c = d->text[i];
		if (c == '\n' || (c == '\r' && (i + 1 >= d->len || d->text[i + 1] != '\n'))) {
			d->line_starts = xgrow(d->line_starts, &cap, d->nlines + 1, sizeof(size_t));
			d->line_starts[d->nlines++] = i + 1;
		}
	}
}

/* Adds a diagnostic at byte offset `pos` (line and column are computed). */
DL_PRINTF(4, 5)
static void diag_add(struct doc *d, enum doc_level level, size_t pos, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;
	size_t lo = 0, hi;

	if (d->ndiag >= DIAG_MAX) {
		d->ndiag_dropped++;
		return;
	}
	if (!d->line_starts)
		build_lines(d);
	hi = d->nlines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->line_starts[mid] <= pos)
			lo = mid;
		else
			hi = mid;
	}
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	d->diags = xgrow(d->diags, &d->capdiag, d->ndiag + 1, sizeof(*d->diags));
	d->diags[d->ndiag].level = level;
	d->diags[d->ndiag].line = lo + 1;
	d->diags[d->ndiag].column = pos - d->line_starts[lo] + 1;
	d->diags[d->ndiag].message = buf_detach(&b, NULL);
	d->ndiag++;
}

size_t doc_diag_count(const struct doc *d)
{
	return d->ndiag;
}

const struct doc_diag *doc_diag(const struct doc *d, size_t i)
{
	return &d->diags[i];
}

/* ---- text check ---- */

/* Some byte of w is not printable ASCII (below 0x20, or 0x7F and above). */
static uint64_t has_unprintable(uint64_t w)
{
	return text_word8_below(w, 0x20) | text_word8_high(w + TEXT_ONES) | text_word8_high(w);
}

/* Before the text stops being the input bytes: their hash, for doc_hash(). */
static void hash_input(struct doc *d)
{
	if (!atomic_load_explicit(&d->hash, memory_order_relaxed))
		atomic_store_explicit(&d->hash, text_hash(d->text, d->len), memory_order_relaxed);
}

/* Refuses NUL bytes and input of which more than a tenth is control characters: only those make
 * a file binary. Text that is not UTF-8 is read as windows-1252 when `decode` (the analysed text
 * is then the decoded text); a few invalid bytes in UTF-8 text are reported. */
static bool check_text(struct doc *d, bool decode)
{
	size_t bad = 0, ctrl = 0, i = 0;
	uint32_t cp;

	if (memchr(d->text, '\0', d->len))
		return false;
	if (decode) {
		struct buf b = BUF_INIT;
		if (formats_legacy_text(d->text, d->len, &b)) {
			hash_input(d);
			free(d->text);
			d->text = buf_detach(&b, &d->len);
			d->converted = true;
			d->legacy = true;
			diag_add(d, DIAG_WARNING, 0, "not UTF-8: read as windows-1252");
		}
		buf_free(&b);
	}
	while (i < d->len) {
		unsigned char c = (unsigned char)d->text[i];
		if (i + 8 <= d->len && !has_unprintable(text_word8(d->text + i))) {
			i += 8;
			continue;
		}
		if (c >= 0x20 && c < 0x7F) {
			i++;
			continue;
		}
		if (c < 0x80) {
			if (c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' &&
			    c != 0x1B)
				ctrl++;
			i++;
			continue;
		}
		int k = text_decode(d->text + i, d->len - i, &cp);
		if (k == 0) {
			bad++;
			i++;
			continue;
		}
		if (cp >= 0x80 && cp < 0xA0)
			ctrl++; /* C1 controls */
		i += (size_t)k;
	}
	if (ctrl * 10 > d->len && d->len > 0)
		return false;
	if (bad) {
		size_t shown = 0;
		i = 0;
		while (i < d->len && shown < 10) {
			size_t ok = text_valid_prefix(d->text + i, d->len - i);
			i += ok;
			if (i < d->len) {
				diag_add(d, DIAG_WARNING, i, "invalid UTF-8 replaced");
				shown++;
				i++;
			}
		}
		if (bad > shown)
			diag_add(d, DIAG_WARNING, 0, "%zu bytes of invalid UTF-8 in all", bad);
	}
	return true;
}

/* ---- title ---- */

/* A byline line among the first three paragraphs of a plain text ("By Ann Lee", "文/李明"): its
 * names are the byline. Returns the paragraph's index, or npara when there is none. */
static size_t find_byline(struct doc *d)
{
	for (size_t i = 0; i < d->npara && i < 3; i++) {
		const struct doc_para *p = &d->paras[i];
		size_t n = p->span.end - p->span.start;
		struct span name;
		if (n > 200 || memchr(d->text + p->span.start, '\n', n) ||
		    !formats_byline_line(d->text + p->span.start, n, &name))
			continue;
		d->byline = xstrndup(d->text + p->span.start + name.start, name.end - name.start);
		d->paras[i].byline = true;
		return i;
	}
	return d->npara;
}

/* The title: paragraph `first` (0, or 1 after a byline) when it reads as a headline. */
static void find_title(struct doc *d, size_t first)
{
	const struct doc_para *p;
	size_t n, words = 0, caps = 0;

	if (d->npara < first + 2)
		return;
	p = &d->paras[first];
	n = p->span.end - p->span.start;
	if (n == 0 || n > 200 || memchr(d->text + p->span.start, '\n', n))
		return;
	if (n > 2 && d->text[p->span.start] == '#' && d->text[p->span.start + 1] == ' ') {
		d->title.start = p->span.start + 2;
		d->title.end = p->span.end;
		while (d->title.start < d->title.end && d->text[d->title.start] == ' ')
			d->title.start++;
		d->has_title = true;
		d->paras[first].heading = true;
		return;
	}
	for (size_t i = p->span.start; i < p->span.end; i++) {
		if (i == p->span.start || d->text[i - 1] == ' ') {
			words++;
			if (text_is_ascii_upper(d->text[i]) || (unsigned char)d->text[i] >= 0x80)
				caps++;
		}
	}
	/* the mark before closing quotation marks and brackets: a lead that ends with a quotation
	 * ("... termed an \"amicable separation.\"") ends a sentence */
	size_t end = p->span.end;
	while (end > p->span.start + 1) {
		if (strchr("\"')", d->text[end - 1]))
			end--;
		else if (end >= p->span.start + 4 &&
			 (memcmp(d->text + end - 3, "\xE2\x80\x9D", 3) == 0 ||
			  text_curly_single(d->text + end - 3, 3) == 0x2019))
			end -= 3; /* ” or ’ */
		else
			break;
	}
	char last = d->text[end - 1];
	bool ends_sentence = last == '.' || last == '!' || last == '?' || last == ',' ||
			     last == ';' || last == ':';
	/* A headline either has no closing full stop or is in title case. */
	if (ends_sentence && caps * 10 < words * 7)
		return;
	if (d->paras[first].nsentences > 2 || d->paras[first].list_item)
		return;
	d->title = p->span;
	d->has_title = true;
	d->paras[first].heading = true;
}

/* ---- loading ---- */

/* page[k] for k in [0, npage]: the last of n items (each `size` bytes, in order of their starts,
 * their span first) that starts at or before byte k << DOC_PAGE_BITS, 0 when none does. */
static uint32_t *page_index(const void *items, size_t n, size_t size, size_t npage)
{
	const char *base = items;
	uint32_t *page = xmalloc((npage + 1) * sizeof(*page));
	size_t j = 0;

	for (size_t k = 0; k <= npage; k++) {
		size_t at = k << DOC_PAGE_BITS;
		while (j + 1 < n &&
		       ((const struct span *)(const void *)(base + (j + 1) * size))->start <= at)
			j++;
		page[k] = (uint32_t)j;
	}
	return page;
}

/* Builds the coarse index of the paragraphs and sentences (doc_paragraph_at()). */
static void index_pages(struct doc *d)
{
	free(d->para_page);
	free(d->sent_page);
	d->para_page = d->sent_page = NULL;
	d->npage = (d->len >> DOC_PAGE_BITS) + 1;
	if (!d->npara || !d->nsent || doc_full(d))
		return;
	d->para_page = page_index(d->paras, d->npara, sizeof(d->paras[0]), d->npage);
	d->sent_page = page_index(d->sents, d->nsent, sizeof(d->sents[0]), d->npage);
}

static void analyse(struct doc *d)
{
	doc_split_paragraphs(d);
	for (size_t p = 0; p < d->npara; p++)
		doc_split_sentences(d, p);
	/* The lists are kept as long as the document: without the room they grew into. */
	if (d->npara && d->cappara > d->npara) {
		d->paras = xrealloc(d->paras, d->npara * sizeof(*d->paras));
		d->cappara = d->npara;
	}
	if (d->nsent && d->capsent > d->nsent) {
		d->sents = xrealloc(d->sents, d->nsent * sizeof(*d->sents));
		d->capsent = d->nsent;
	}
	index_pages(d);
}

/* Marks the paragraphs that a converter reported as headings. */
static void mark_headings(struct doc *d, const struct extracted *e)
{
	size_t p = 0;

	for (size_t h = 0; h < e->nheadings; h++) {
		while (p < d->npara && d->paras[p].span.end <= e->headings[h].start)
			p++;
		if (p < d->npara && d->paras[p].span.start < e->headings[h].end)
			d->paras[p].heading = true;
	}
}

/* Marks the paragraphs inside the block quotations a converter reported. */
static void mark_quotes(struct doc *d, const struct extracted *e)
{
	size_t p = 0;

	for (size_t q = 0; q < e->nquotes; q++) {
		while (p < d->npara && d->paras[p].span.end <= e->quotes[q].start)
			p++;
		for (size_t k = p; k < d->npara && d->paras[k].span.start < e->quotes[q].end; k++)
			d->paras[k].quoted = true;
	}
}

/* Marks the paragraphs where a converter's list items start. */
static void mark_items(struct doc *d, const struct extracted *e)
{
	size_t p = 0;

	for (size_t k = 0; k < e->nitems; k++) {
		while (p < d->npara && d->paras[p].span.end <= e->items[k].start)
			p++;
		if (p < d->npara && d->paras[p].span.start <= e->items[k].start) {
			d->paras[p].list_item = true;
			d->paras[p].number = e->items[k].number;
		}
	}
}

static void load_converted(struct doc *d, struct extracted *e)
{
	hash_input(d);
	free(d->text);
	d->text = buf_detach(&e->text, &d->len);
	d->converted = true;
	analyse(d);
	mark_headings(d, e);
	mark_quotes(d, e);
	mark_items(d, e);
	if (e->title) {
		d->title_text = e->title;
		e->title = NULL;
		/* The title is usually the first heading of the extracted text. */
		if (d->npara && d->paras[0].heading) {
			size_t n = d->paras[0].span.end - d->paras[0].span.start;
			if (n == strlen(d->title_text) &&
			    memcmp(d->text + d->paras[0].span.start, d->title_text, n) == 0) {
				d->title = d->paras[0].span;
				d->has_title = true;
			}
		}
	} else {
		find_title(d, 0);
		if (d->has_title)
			d->title_text =
				xstrndup(d->text + d->title.start, d->title.end - d->title.start);
	}
	doc_mark_furniture(d);
	d->byline = e->byline;
	d->site = e->site;
	d->published = e->published;
	d->modified = e->modified;
	e->byline = e->site = e->published = e->modified = NULL;
	if (e->date.year) {
		d->anchor = e->date;
		d->anchor_from = ANCHOR_METADATA;
	}
}

/* Loads the document from `bytes`, a malloc'd buffer of len + 1 bytes or more that it takes over
 * (the text is not copied a second time). */
struct doc *doc_load_owned(char *bytes, size_t len, const char *name, enum format format,
			   const char *charset, const char **err)
{
	struct doc *d = xcalloc(1, sizeof(*d));

	d->text = bytes;
	d->text[len] = '\0';
	d->len = len;
	d->name = xstrdup(name ? name : "-");
	/* The hash waits for doc_hash(): most runs never ask for it. */
	if (format == FORMAT_AUTO)
		format = formats_detect(bytes, len, name);
	d->format = format;
	/* A page in a legacy charset (GB2312, windows-1252) is not UTF-8: the converter decides.
	 * Plain text and Markdown are decoded here when they are not UTF-8. */
	bool is_text = check_text(d, format != FORMAT_HTML);
	if (!is_text && format != FORMAT_HTML) {
		doc_free(d);
		if (err)
			*err = "not a text file";
		return NULL;
	}
	if (format == FORMAT_HTML || format == FORMAT_MARKDOWN) {
		struct extracted e;
		int rc = format == FORMAT_HTML ? formats_html_charset(bytes, len, charset, &e)
					       : formats_markdown(d->text, d->len, &e);
		if (rc == 0) {
			/* Diagnostics so far refer to the input bytes, not the extracted text. */
			for (size_t i = 0; i < d->ndiag; i++)
				free(d->diags[i].message);
			d->ndiag = 0;
			free(d->line_starts);
			d->line_starts = NULL;
			load_converted(d, &e);
			extracted_free(&e);
			if (d->legacy)
				diag_add(d, DIAG_WARNING, 0, "not UTF-8: read as windows-1252");
			return d;
		}
		extracted_free(&e);
		d->format = FORMAT_TEXT;
		if (!is_text) {
			doc_free(d);
			if (err)
				*err = "not a text file";
			return NULL;
		}
	}
	analyse(d);
	find_title(d, find_byline(d) == 0 ? 1 : 0);
	doc_mark_furniture(d);
	if (d->has_title)
		d->title_text = xstrndup(d->text + d->title.start, d->title.end - d->title.start);
	return d;
}

struct doc *doc_load(const char *bytes, size_t len, const char *name, enum format format,
		     const char **err)
{
	return doc_load_charset(bytes, len, name, format, NULL, err);
}

struct doc *doc_load_charset(const char *bytes, size_t len, const char *name, enum format format,
			     const char *charset, const char **err)
{
	char *copy = xmalloc(len + 1);

	memcpy(copy, bytes, len);
	return doc_load_owned(copy, len, name, format, charset, err);
}

void doc_free(struct doc *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->ndiag; i++)
		free(d->diags[i].message);
	free(d->diags);
	free(d->line_starts);
	free(d->para_page);
	free(d->sent_page);
	free(d->paras);
	free(d->sents);
	free(d->title_text);
	free(d->byline);
	free(d->site);
	free(d->published);
	free(d->modified);
	free(d->name);
	free(d->text);
	free(d);
}

const char *doc_text(const struct doc *d, size_t *len)
{
	if (len)
		*len = d->len;
	return d->text;
}

bool doc_converted(const struct doc *d)
{
	return d->converted;
}

enum format doc_format(const struct doc *d)
{
	return d->format;
}

const char *doc_name(const struct doc *d)
{
	return d->name;
}

bool doc_name_date(const struct doc *d, int max_year, struct date *out)
{
	return formats_name_date(d->name, max_year, out);
}

uint64_t doc_hash(const struct doc *d)
{
	/* Not yet computed: the text is still the input bytes (a conversion computes it first).
	 * Two threads may both compute it; they store the same value. */
	if (!atomic_load_explicit(&d->hash, memory_order_relaxed))
		hash_input((struct doc *)d);
	return atomic_load_explicit(&d->hash, memory_order_relaxed);
}

size_t doc_paragraph_count(const struct doc *d)
{
	return d->npara;
}

const struct doc_para *doc_paragraph(const struct doc *d, size_t i)
{
	return &d->paras[i];
}

size_t doc_sentence_count(const struct doc *d)
{
	return d->nsent;
}

const struct doc_sentence *doc_sentence(const struct doc *d, size_t i)
{
	return &d->sents[i];
}

/* The index of the last of n items (each `size` bytes, in order of their starts, with their span
 * first) that starts at or before pos; 0 when there is none. */
static size_t span_at(const void *items, size_t n, size_t size, size_t pos, const uint32_t *page,
		      size_t npage)
{
	const char *base = items;
	size_t lo = 0, hi = n, k = pos >> DOC_PAGE_BITS;

	if (hi == 0)
		return 0;
	/* the answer is between the last item at or before the page's start and the last at or
	 * before the next page's start */
	if (page && k < npage) {
		lo = page[k];
		hi = (size_t)page[k + 1] + 1;
	} else if (page) {
		lo = page[npage];
	}
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		const struct span *s = (const struct span *)(const void *)(base + mid * size);
		if (s->start <= pos)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

_Static_assert(offsetof(struct doc_para, span) == 0, "span_at() reads a paragraph's span first");
_Static_assert(offsetof(struct doc_sentence, span) == 0, "span_at() reads a sentence's span first");

size_t doc_paragraph_at(const struct doc *d, size_t pos)
{
	return span_at(d->paras, d->npara, sizeof(d->paras[0]), pos, d->para_page, d->npage);
}

size_t doc_sentence_at(const struct doc *d, size_t pos)
{
	return span_at(d->sents, d->nsent, sizeof(d->sents[0]), pos, d->sent_page, d->npage);
}

bool doc_title(const struct doc *d, struct span *out)
{
	if (d->has_title && out)
		*out = d->title;
	return d->has_title;
}

const char *doc_title_text(const struct doc *d)
{
	return d->title_text;
}

const char *doc_byline(const struct doc *d)
{
	return d->byline;
}

const char *doc_site(const struct doc *d)
{
	return d->site;
}

const char *doc_published(const struct doc *d)
{
	return d->published;
}

const char *doc_modified(const struct doc *d)
{
	return d->modified;
}

struct date doc_anchor(const struct doc *d, enum doc_anchor_from *from)
{
	if (from)
		*from = d->anchor_from;
	return d->anchor;
}

void doc_set_anchor(struct doc *d, struct date date, enum doc_anchor_from from)
{
	d->anchor = date;
	d->anchor_from = from;
}
