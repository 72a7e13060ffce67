/* ui_article: the article pane: paragraphs wrapped lazily at the pane's width (cached per
 * paragraph), positions in its screen lines, the place (the top line), marks and drawing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader_int.h"

/* ---- wrapping ---- */

/* The columns an item of a list is indented by: its bullet or number and a space hang in them,
 * its lines under its text (0 for a paragraph). */
static int item_indent(const struct doc_para *p)
{
	int digits = 1;

	if (!p->list_item)
		return 0;
	for (uint32_t n = p->number; n >= 10; n /= 10)
		digits++;
	return p->number ? digits + 2 : 2;
}

const struct wrapped *reader_wrap(struct reader *r, size_t p, int w)
{
	struct wrapped *slot = &r->cache[p % READER_WRAP_SLOTS];
	const struct doc_para *para = doc_paragraph(r->d, p);

	w -= item_indent(para);
	if (w < 2)
		w = 2;
	if (slot->used && slot->para == p && slot->width == w)
		return slot;
	free(slot->starts);
	slot->para = p;
	slot->width = w;
	slot->used = true;
	slot->n =
		wrap_lines(r->text, para->span.start, para->span.end, w, WRAP_TEXT, &slot->starts);
	return slot;
}

/* ---- positions: screen lines of the article at its wrap width ---- */

static size_t npara(const struct reader *r)
{
	return doc_paragraph_count(r->d);
}

/* Does a blank line follow paragraph p? One does after all but the last, save between the items
 * of a list (an item numbered 1 opens another). */
static bool blank_after(const struct reader *r, size_t p)
{
	if (p + 1 >= npara(r))
		return false;
	const struct doc_para *a = doc_paragraph(r->d, p), *b = doc_paragraph(r->d, p + 1);
	return !(a->list_item && b->list_item && b->number != 1);
}

/* The screen lines of paragraph p: its wrapped lines and the blank line after it, if any. */
static size_t para_rows(struct reader *r, size_t p)
{
	return reader_wrap(r, p, r->article_width)->n + blank_after(r, p);
}

/* Steps pos to the next screen line; false (pos unchanged) at the last one. */
static bool pos_next(struct reader *r, struct line_pos *pos)
{
	if (!npara(r))
		return false;
	if (pos->line + 1 < para_rows(r, pos->para)) {
		pos->line++;
		return true;
	}
	if (pos->para + 1 < npara(r)) {
		pos->para++;
		pos->line = 0;
		return true;
	}
	return false;
}

/* Steps pos to the previous screen line; false (pos unchanged) at the first one. */
static bool pos_prev(struct reader *r, struct line_pos *pos)
{
	if (!npara(r))
		return false;
	if (pos->line > 0) {
		pos->line--;
		return true;
	}
	if (pos->para > 0) {
		pos->para--;
		pos->line = para_rows(r, pos->para) - 1;
		return true;
	}
	return false;
}

int pos_cmp(struct line_pos a, struct line_pos b)
{
	if (a.para != b.para)
		return a.para < b.para ? -1 : 1;
	return a.line < b.line ? -1 : a.line > b.line;
}

/* The byte offset where line pos starts (a blank line: where its paragraph ends). */
static size_t pos_offset(struct reader *r, struct line_pos pos)
{
	const struct wrapped *w;

	if (!npara(r))
		return 0;
	w = reader_wrap(r, pos.para, r->article_width);
	if (pos.line < w->n)
		return w->starts[pos.line];
	return doc_paragraph(r->d, pos.para)->span.end;
}

struct line_pos pos_from_offset(struct reader *r, size_t off)
{
	struct line_pos pos = {0, 0};

	if (!npara(r))
		return pos;
	pos.para = doc_paragraph_at(r->d, off);
	const struct doc_para *p = doc_paragraph(r->d, pos.para);
	const struct wrapped *w = reader_wrap(r, pos.para, r->article_width);
	if (off >= p->span.end && blank_after(r, pos.para) && p->span.end > p->span.start) {
		pos.line = w->n;
		return pos;
	}
	size_t lo = 0, hi = w->n;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (w->starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	pos.line = lo;
	return pos;
}

/* ---- the place ---- */

int article_rows(const struct reader *r)
{
	return r->area[PANE_ARTICLE].h;
}

struct line_pos article_max_top(struct reader *r)
{
	struct line_pos pos = {0, 0};

	if (!npara(r))
		return pos;
	pos.para = npara(r) - 1;
	pos.line = para_rows(r, pos.para) - 1;
	for (int i = 1; i < article_rows(r) && pos_prev(r, &pos); i++)
		;
	return pos;
}

void article_set_top(struct reader *r, struct line_pos pos)
{
	struct line_pos m = article_max_top(r);

	if (pos_cmp(pos, m) > 0)
		pos = m;
	r->top_pos = pos;
	r->top = pos_offset(r, pos);
}

void article_scroll(struct reader *r, long n)
{
	struct line_pos pos = r->top_pos;

	for (; n > 0 && pos_next(r, &pos); n--)
		;
	for (; n < 0 && pos_prev(r, &pos); n++)
		;
	article_set_top(r, pos);
}

void reader_goto(struct reader *r, size_t pos)
{
	if (pos > r->len)
		pos = r->len;
	struct line_pos at = pos_from_offset(r, pos);
	article_set_top(r, at);
	/* The place stays the reader's when the end of the article clamps the view above it
	 * (12g in an article whose last screen shows ¶9 to ¶12 is at ¶12, not ¶9). */
	if (pos_cmp(at, r->top_pos) > 0)
		r->top = pos_offset(r, at);
}

size_t article_place_para(const struct reader *r)
{
	size_t p = r->top_pos.para;

	if (!npara(r))
		return 0;
	size_t at = doc_paragraph_at(r->d, r->top);
	return at > p ? at : p;
}

/* The first place of needle (n > 0 bytes) in s[0..len), or NULL (memmem() is not C11). */
static const char *find_bytes(const char *s, size_t len, const char *needle, size_t n)
{
	for (const char *p = s, *end = s + len; (size_t)(end - p) >= n;) {
		p = memchr(p, needle[0], (size_t)(end - p) - n + 1);
		if (!p)
			return NULL;
		if (memcmp(p, needle, n) == 0)
			return p;
		p++;
	}
	return NULL;
}

size_t reader_reanchor(const char *a, size_t alen, size_t pos, const char *b, size_t blen)
{
	if (pos > alen)
		pos = alen;
	/* the same fraction of the text, as a fallback and to choose among repeats */
	size_t guess = alen ? (size_t)((double)pos / (double)alen * (double)blen) : 0;
	if (guess > blen)
		guess = blen;
	for (size_t want = 64; want >= 16 && pos < alen; want /= 2) {
		size_t n = alen - pos < want ? alen - pos : want, best = SIZE_MAX, bestd = SIZE_MAX;
		const char *p = b, *end = b + blen, *q;
		/* a bounded number of repeats, so that a text of one repeated line stays fast */
		for (int k = 0;
		     k < 1000 && p < end && (q = find_bytes(p, (size_t)(end - p), a + pos, n));
		     k++, p = q + 1) {
			size_t at = (size_t)(q - b), d = at > guess ? at - guess : guess - at;
			if (d < bestd) {
				best = at;
				bestd = d;
			}
		}
		if (best != SIZE_MAX)
			return best;
		if (n < want)
			break;
	}
	return guess;
}

bool article_shows(struct reader *r, size_t off)
{
	struct line_pos want = pos_from_offset(r, off), pos = r->top_pos;

	for (int i = 0; i < article_rows(r); i++) {
		if (pos_cmp(pos, want) == 0)
			return true;
		if (!pos_next(r, &pos))
			break;
	}
	return false;
}

void article_reveal(struct reader *r, size_t off)
{
	struct line_pos pos;

	if (article_shows(r, off))
		return;
	pos = pos_from_offset(r, off);
	for (int i = 0; i < article_rows(r) / 3 && pos_prev(r, &pos); i++)
		;
	article_set_top(r, pos);
}

/* ---- marks ---- */

/* True when pos lies in one of n spans in text order (by start), the span of each item `size`
 * bytes apart from `first`, checking a few before for nesting: the engines' own lists, read in
 * place rather than copied, since a long article has millions of dates. */
static bool in_spans(const struct span *first, size_t n, size_t size, size_t pos)
{
	const char *base = (const char *)first;
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (((const struct span *)(const void *)(base + mid * size))->start <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = 0; k < 4 && lo > 0; k++, lo--) {
		const struct span *s = (const struct span *)(const void *)(base + (lo - 1) * size);
		if (pos >= s->start && pos < s->end)
			return true;
	}
	return false;
}

/* The marks of the character at byte offset pos, as cell styles. */
static uint16_t style_at(const struct reader *r, size_t pos)
{
	uint16_t st = 0;
	bool hit;

	if (r->tl->n && in_spans(&r->tl->items[0].span, r->tl->n, sizeof(r->tl->items[0]), pos))
		st |= ST_DATE;
	if (r->cl && r->cl->n &&
	    in_spans(&r->cl->items[0].content, r->cl->n, sizeof(r->cl->items[0]), pos))
		st |= ST_CLAIM;
	if (r->has_current && pos >= r->current.start && pos < r->current.end)
		st |= ST_CURRENT;
	for (size_t i = 0; i < r->notes->n; i++) {
		const struct note *n = &r->notes->items[i];
		if (!n->detached && pos >= n->span.start && pos < n->span.end) {
			st |= ST_NOTE;
			break;
		}
	}
	if (r->nmatches && !r->search_hidden) {
		size_t m = search_match_at(r, pos, &hit);
		if (hit)
			st |= m == r->cur_match ? ST_MATCH_CUR : ST_MATCH;
	}
	return st;
}

/* ---- drawing ---- */

/* The mark in the margin of a line [s, e): the current item's lines, and lines with a noted
 * passage (as less marks its lines), so that they show without colour too. */
static void line_mark(const struct reader *r, struct grid *g, int y, int x, size_t s, size_t e)
{
	if (r->has_current && r->current.start < e && r->current.end > s) {
		grid_put_str(g, y, x, 1, "▌", ST_CURRENT);
		return;
	}
	for (size_t i = 0; i < r->notes->n; i++) {
		const struct note *n = &r->notes->items[i];
		if (!n->detached && n->span.start < e && n->span.end > s) {
			grid_put_str(g, y, x, 1, "*", ST_NOTE);
			return;
		}
	}
}

/* The bullet or the number of list item p, in the columns [x, limit) before its text. */
static void item_mark(struct grid *g, int y, int x, int limit, const struct doc_para *p)
{
	char num[16];

	if (p->number)
		snprintf(num, sizeof(num), "%u.", (unsigned)p->number);
	grid_put_str(g, y, x, limit - x, p->number ? num : "•", 0);
}

void article_draw(struct reader *r, struct grid *g)
{
	const struct rect a = r->area[PANE_ARTICLE];
	struct line_pos pos = r->top_pos;
	char scratch[16];
	struct glyph gl;
	struct span title = {0, 0};

	if (!npara(r)) {
		grid_put_str(g, a.y, a.x + 1, a.w - 1, pane_ops[PANE_ARTICLE].empty_text(r),
			     ST_DIM);
		return;
	}
	doc_title(r->d, &title);
	for (int row = 0; row < a.h; row++) {
		const struct doc_para *p = doc_paragraph(r->d, pos.para);
		const struct wrapped *w = reader_wrap(r, pos.para, r->article_width);
		if (pos.line < w->n) {
			size_t s = w->starts[pos.line];
			size_t e = pos.line + 1 < w->n ? w->starts[pos.line + 1] : p->span.end;
			bool head = p->heading ||
				    (title.end > title.start && s >= title.start && s < title.end);
			int col = a.x + 1 + item_indent(p), limit = a.x + 1 + r->article_width;
			line_mark(r, g, a.y + row, a.x, s, e);
			if (p->list_item && pos.line == 0)
				item_mark(g, a.y + row, a.x + 1, col, p);
			for (size_t i = s; i < e && col < limit; i += gl.len) {
				glyph_run_on(r->text, i, e, &gl, scratch);
				uint16_t st = style_at(r, i) | (head ? ST_TITLE : 0);
				col += grid_put_glyph(g, a.y + row, col, limit, &gl, st);
			}
			if (pos.line + 1 < w->n && after_soft_hyphen(r->text, s, e))
				grid_put_str(g, a.y + row, col, limit - col, "-",
					     style_at(r, e - 2) | (head ? ST_TITLE : 0));
		}
		if (!pos_next(r, &pos))
			break;
	}
}
