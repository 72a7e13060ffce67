/* formats_emit: the emitter the converters write the extracted text through: white space folded,
 * blocks separated by one blank line, heading and block quotation spans recorded. */
#include "formats_int.h"

#include <string.h>

void formats_emit_init(struct formats_emitter *em, struct extracted *out)
{
	memset(em, 0, sizeof(*em));
	em->out = out;
}

static void flush_pending(struct formats_emitter *em)
{
	struct buf *b = &em->out->text;

	if (b->len) {
		if (em->pending == EMIT_SPACE)
			buf_putc(b, ' ');
		else if (em->pending == EMIT_CELL)
			buf_put(b, " \xC2\xB7 ", 4);
		else if (em->pending == EMIT_LINE)
			buf_putc(b, '\n');
		else if (em->pending == EMIT_PARAGRAPH)
			buf_put(b, "\n\n", 2);
	}
	em->pending = EMIT_NONE;
	if (em->item_pending) {
		struct extracted *x = em->out;
		x->items = xgrow(x->items, &em->capitems, x->nitems + 1, sizeof(*x->items));
		x->items[x->nitems].start = b->len;
		x->items[x->nitems].number = em->item_number;
		x->nitems++;
		em->item_pending = false;
	}
	if (em->heading && !em->heading_started) {
		em->heading_started = true;
		em->heading_start = b->len;
	}
	if (em->quote && !em->quote_started) {
		em->quote_started = true;
		em->quote_start = b->len;
	}
}

/* Is s[i] white space to fold (a no-break space included)? */
static bool white(const char *s, size_t n, size_t i)
{
	unsigned char d = (unsigned char)s[i];

	return d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == '\f' || d == '\v' ||
	       (d == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0);
}

void formats_emit_text(struct formats_emitter *em, const char *s, size_t n, bool keep_lines)
{
	size_t i = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			int want = keep_lines && c == '\n' ? EMIT_LINE : EMIT_SPACE;
			if (em->pending < want)
				em->pending = want;
			i++;
			continue;
		}
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			if (em->pending < EMIT_SPACE)
				em->pending = EMIT_SPACE;
			i += 2;
			continue;
		}
		/* The run of words to copy at once: words joined by single spaces, which folding
		 * leaves as they are. */
		size_t e = i + 1;
		for (;;) {
			while (e < n && !white(s, n, e))
				e++;
			if (e + 1 < n && s[e] == ' ' && !white(s, n, e + 1))
				e++;
			else
				break;
		}
		flush_pending(em);
		text_repair(&em->out->text, s + i, e - i);
		i = e;
	}
}

void formats_emit_break(struct formats_emitter *em, int level)
{
	if (em->pending < level)
		em->pending = level;
}

static void close_heading(struct formats_emitter *em)
{
	struct extracted *x = em->out;

	if (em->heading_started && x->text.len > em->heading_start) {
		x->headings = xgrow(x->headings, &em->capheadings, x->nheadings + 1,
				    sizeof(*x->headings));
		x->headings[x->nheadings].start = em->heading_start;
		x->headings[x->nheadings].end = x->text.len;
		x->nheadings++;
	}
	em->heading_started = false;
}

void formats_emit_item(struct formats_emitter *em, long number)
{
	formats_emit_break(em, EMIT_PARAGRAPH);
	em->item_pending = number >= 0;
	em->item_number = number > 0 && number <= (long)UINT32_MAX ? (uint32_t)number : 0;
}

/* A heading or block quotation opens (open) or closes at depth *depth, a paragraph break either
 * way; *started cleared on the outermost opening. True when the outermost one closes. */
static bool nest_step(struct formats_emitter *em, int *depth, bool *started, bool open)
{
	formats_emit_break(em, EMIT_PARAGRAPH);
	if (open) {
		if ((*depth)++ == 0)
			*started = false;
		return false;
	}
	return *depth > 0 && --*depth == 0;
}

void formats_emit_heading(struct formats_emitter *em, bool open)
{
	if (nest_step(em, &em->heading, &em->heading_started, open))
		close_heading(em);
}

static void close_quote(struct formats_emitter *em)
{
	struct extracted *x = em->out;

	if (em->quote_started && x->text.len > em->quote_start) {
		x->quotes = xgrow(x->quotes, &em->capquotes, x->nquotes + 1, sizeof(*x->quotes));
		x->quotes[x->nquotes].start = em->quote_start;
		x->quotes[x->nquotes].end = x->text.len;
		x->nquotes++;
	}
	em->quote_started = false;
}

void formats_emit_quote(struct formats_emitter *em, bool open)
{
	if (nest_step(em, &em->quote, &em->quote_started, open))
		close_quote(em);
}

char *formats_fold(const char *s, size_t n)
{
	struct extracted tmp;
	struct formats_emitter em;

	memset(&tmp, 0, sizeof(tmp));
	buf_init(&tmp.text);
	formats_emit_init(&em, &tmp);
	formats_emit_text(&em, s, n, false);
	char *r = tmp.text.len ? buf_detach(&tmp.text, NULL) : NULL;
	extracted_free(&tmp);
	return r;
}

void formats_emit_finish(struct formats_emitter *em)
{
	if (em->heading) {
		em->heading = 0;
		close_heading(em);
	}
	if (em->quote) {
		em->quote = 0;
		close_quote(em);
	}
	em->pending = EMIT_NONE;
	if (em->out->text.len)
		buf_putc(&em->out->text, '\n');
}
