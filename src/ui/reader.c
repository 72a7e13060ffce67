/* reader: the reader's model: wrapping (lazy, per paragraph, cached), layout, keys, search, jumps
 * and notes, drawn into a grid of cells without any terminal. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* wcwidth() */
#endif
#include "reader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicase.h>
#include <unilbrk.h>
#include <uniwidth.h>
#include <wchar.h>

#include "dateline/export.h"

#define CTRL(c)     ((c)&0x1f)
#define MAX_MATCHES ((size_t)1 << 20)
#define WRAP_BOTTOM "Search hit the bottom, continuing at the top"
#define WRAP_TOP    "Search hit the top, continuing at the bottom"

static const char *const pane_names[] = {"Article", "Timeline", "Claims", "Notes"};

static void tab_labels(const struct reader *r, char labels[PANE_COUNT][32], int x[PANE_COUNT + 1]);

/* ---- glyphs: what one character of the article becomes on screen ---- */

struct glyph {
	size_t len;       /* bytes consumed */
	const char *draw; /* bytes drawn (may point into scratch) */
	size_t drawlen;
	int width; /* 0: attaches to the previous cell (combining) or is dropped */
	bool control;
	bool space;
};

static bool dropped(uint32_t cp)
{
	/* Joiners, selectors, skin-tone modifiers, soft hyphens and invisible format characters:
	 * libc, libunistring and terminals disagree on them, so (like less) they are not drawn. */
	return cp == 0x200D || cp == 0x00AD || (cp >= 0xFE00 && cp <= 0xFE0F) ||
	       (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0x200B && cp <= 0x200F) ||
	       (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF || (cp >= 0xE0000 && cp <= 0xE007F) ||
	       (cp >= 0xE0100 && cp <= 0xE01EF);
}

static void glyph_at(const char *s, size_t n, struct glyph *g, char scratch[16])
{
	unsigned char c = (unsigned char)s[0];
	uint32_t cp;
	int k;

	memset(g, 0, sizeof(*g));
	g->len = 1;
	if (c >= 0x20 && c < 0x7F) {
		g->draw = s;
		g->drawlen = 1;
		g->width = 1;
		g->space = c == ' ';
		return;
	}
	if (c == '\t' || c == '\n') {
		g->draw = " ";
		g->drawlen = 1;
		g->width = 1;
		g->space = true;
		return;
	}
	if (c < 0x20 || c == 0x7F) {
		scratch[0] = '^';
		scratch[1] = c == 0x7F ? '?' : (char)(c + 0x40);
		g->draw = scratch;
		g->drawlen = 2;
		g->width = 2;
		g->control = true;
		return;
	}
	k = text_decode(s, n, &cp);
	if (k == 0) {
		g->draw = "\xEF\xBF\xBD";
		g->drawlen = 3;
		g->width = 1;
		return;
	}
	g->len = (size_t)k;
	if ((cp >= 0x80 && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
	    (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029) {
		snprintf(scratch, 16, "<U+%04X>", (unsigned)cp);
		g->draw = scratch;
		g->drawlen = 8;
		g->width = 8;
		g->control = true;
		return;
	}
	if (dropped(cp))
		return;
	int w1 = uc_width(cp, "UTF-8");
	int w2 = wcwidth((wchar_t)cp);
	if (w1 == w2 && w1 >= 0 && w1 <= 2) {
		g->draw = s;
		g->drawlen = (size_t)k;
		g->width = w1;
		g->space = cp == 0x3000 || cp == 0xA0;
		return;
	}
	/* libunistring and the terminal's libc disagree: draw something both measure alike (in
	 * a locale that is not UTF-8, plain ASCII). */
	g->draw = MB_CUR_MAX > 1 ? "\xEF\xBF\xBD" : "?";
	g->drawlen = MB_CUR_MAX > 1 ? 3 : 1;
	g->width = 1;
}

int reader_text_width(const char *s, size_t n)
{
	char scratch[16];
	struct glyph g;
	int w = 0;

	for (size_t i = 0; i < n; i += g.len) {
		glyph_at(s + i, n - i, &g, scratch);
		w += g.width;
	}
	return w;
}

/* ---- the grid ---- */

#define BLANK UINT32_MAX

static void grid_setup(struct grid *g, int rows, int cols)
{
	size_t n = (size_t)(rows > 0 ? rows : 0) * (size_t)(cols > 0 ? cols : 0);

	if (g->rows != rows || g->cols != cols || !g->cells) {
		free(g->cells);
		g->cells = xcalloc(n ? n : 1, sizeof(*g->cells));
		g->rows = rows;
		g->cols = cols;
	}
	for (size_t i = 0; i < n; i++)
		g->cells[i] = (struct cell){BLANK, 0, 1, 0};
	if (!g->text.cap)
		buf_init(&g->text);
	buf_clear(&g->text);
	g->cursor_row = g->cursor_col = -1;
}

void grid_free(struct grid *g)
{
	free(g->cells);
	buf_free(&g->text);
	memset(g, 0, sizeof(*g));
}

static struct cell *cell_at(struct grid *g, int y, int x)
{
	return &g->cells[(size_t)y * (size_t)g->cols + (size_t)x];
}

static void fill(struct grid *g, int y, int x, int w, uint16_t style)
{
	if (y < 0 || y >= g->rows)
		return;
	for (int i = x; i < x + w && i < g->cols; i++)
		if (i >= 0)
			*cell_at(g, y, i) = (struct cell){BLANK, 0, 1, style};
}

/* Puts one glyph at (y, x) if it fits before column `limit`; returns the columns used. */
static int put_glyph(struct grid *g, int y, int x, int limit, const struct glyph *gl,
		     uint16_t style)
{
	if (y < 0 || y >= g->rows || x < 0)
		return 0;
	if (limit > g->cols)
		limit = g->cols;
	if (gl->width == 0) {
		/* A combining mark joins the character before it; alone it sits on a blank. */
		if (!gl->drawlen || x > limit)
			return 0;
		if (x > 0) {
			struct cell *c = cell_at(g, y, x - 1);
			if (c->width == 0 && x > 1)
				c = cell_at(g, y, x - 2);
			if (c->off != BLANK && c->off + c->len == g->text.len && c->len < 60000) {
				buf_put(&g->text, gl->draw, gl->drawlen);
				c->len = (uint16_t)(c->len + gl->drawlen);
				return 0;
			}
		}
		if (x >= limit)
			return 0;
		struct cell *c = cell_at(g, y, x);
		c->off = (uint32_t)g->text.len;
		buf_puts(&g->text, " ");
		buf_put(&g->text, gl->draw, gl->drawlen);
		c->len = (uint16_t)(1 + gl->drawlen);
		c->width = 1;
		c->style = style;
		return 1;
	}
	if (x + gl->width > limit) {
		fill(g, y, x, limit - x, style);
		return limit > x ? limit - x : 0;
	}
	if (gl->control) {
		/* "^[" or "<U+202E>": plain ASCII, one cell a byte. */
		for (size_t i = 0; i < gl->drawlen; i++) {
			struct cell *c = cell_at(g, y, x + (int)i);
			c->off = (uint32_t)g->text.len;
			buf_putc(&g->text, gl->draw[i]);
			c->len = 1;
			c->width = 1;
			c->style = (uint16_t)(style | ST_CONTROL);
		}
		return gl->width;
	}
	struct cell *c = cell_at(g, y, x);
	c->off = (uint32_t)g->text.len;
	buf_put(&g->text, gl->draw, gl->drawlen);
	c->len = (uint16_t)gl->drawlen;
	c->width = (uint8_t)gl->width;
	c->style = style;
	if (gl->width == 2) {
		struct cell *r = cell_at(g, y, x + 1);
		*r = (struct cell){BLANK, 0, 0, style};
	}
	return gl->width;
}

/* Draws text (made visible) at (y, x) within w columns; returns the columns used. */
static int put_text(struct grid *g, int y, int x, int w, const char *s, size_t n, uint16_t style)
{
	char scratch[16];
	struct glyph gl;
	int col = x, limit = x + w;

	for (size_t i = 0; i < n && col < limit; i += gl.len) {
		glyph_at(s + i, n - i, &gl, scratch);
		col += put_glyph(g, y, col, limit, &gl, style);
	}
	return col - x;
}

static int put_str(struct grid *g, int y, int x, int w, const char *s, uint16_t style)
{
	return put_text(g, y, x, w, s, strlen(s), style);
}

/* Like put_text, ending in "…" when the text does not fit. */
static int put_clipped(struct grid *g, int y, int x, int w, const char *s, size_t n, uint16_t style)
{
	if (w <= 0)
		return 0;
	if (reader_text_width(s, n) <= w)
		return put_text(g, y, x, w, s, n, style);
	int used = put_text(g, y, x, w - 1, s, n, style);
	return used + put_str(g, y, x + used, 1, "…", style);
}

void grid_text(const struct grid *g, struct buf *out)
{
	for (int y = 0; y < g->rows; y++) {
		size_t mark = out->len, keep = out->len;
		for (int x = 0; x < g->cols; x++) {
			const struct cell *c = &g->cells[(size_t)y * (size_t)g->cols + (size_t)x];
			if (c->width == 0 && c->off == BLANK)
				continue;
			if (c->off == BLANK) {
				buf_putc(out, ' ');
				continue;
			}
			buf_put(out, g->text.data + c->off, c->len);
			if (c->len != 1 || g->text.data[c->off] != ' ')
				keep = out->len;
		}
		out->len = keep > mark ? keep : mark;
		out->data[out->len] = '\0';
		buf_putc(out, '\n');
	}
}

/* ---- wrapping ---- */

const struct wrapped *reader_wrap(struct reader *r, size_t p, int w)
{
	struct wrapped *slot = &r->cache[p % READER_WRAP_SLOTS];
	const struct doc_para *para = doc_paragraph(r->d, p);
	size_t s = para->span.start, e = para->span.end, cap = 0;
	char scratch[16];
	struct glyph g;

	if (w < 2)
		w = 2;
	if (slot->used && slot->para == p && slot->width == w)
		return slot;
	free(slot->starts);
	slot->starts = NULL;
	slot->n = 0;
	slot->para = p;
	slot->width = w;
	slot->used = true;
	slot->starts = xgrow(slot->starts, &cap, 1, sizeof(size_t));
	slot->starts[slot->n++] = s;
	if (e <= s)
		return slot;

	char *brk = xmalloc(e - s);
	u8_possible_linebreaks((const uint8_t *)r->text + s, e - s, "UTF-8", brk);
	size_t start = s, last = 0;
	int lw = 0, wlast = 0;
	for (size_t i = s; i < e; i += g.len) {
		glyph_at(r->text + i, e - i, &g, scratch);
		char b = brk[i - s];
		if (i > start && (b == UC_BREAK_POSSIBLE || b == UC_BREAK_MANDATORY)) {
			last = i;
			wlast = lw;
		}
		if (g.width > 0 && !g.space && lw + g.width > w) {
			if (last > start) {
				start = last;
				lw -= wlast;
			} else {
				start = i;
				lw = 0;
			}
			last = 0;
			slot->starts = xgrow(slot->starts, &cap, slot->n + 1, sizeof(size_t));
			slot->starts[slot->n++] = start;
		}
		lw += g.width;
	}
	free(brk);
	return slot;
}

static size_t npara(const struct reader *r)
{
	return doc_paragraph_count(r->d);
}

static size_t para_rows(struct reader *r, size_t p)
{
	return reader_wrap(r, p, r->article_width)->n + (p + 1 < npara(r) ? 1 : 0);
}

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

static int pos_cmp(struct line_pos a, struct line_pos b)
{
	if (a.para != b.para)
		return a.para < b.para ? -1 : 1;
	return a.line < b.line ? -1 : a.line > b.line;
}

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

static struct line_pos pos_from_offset(struct reader *r, size_t off)
{
	struct line_pos pos = {0, 0};

	if (!npara(r))
		return pos;
	pos.para = doc_paragraph_at(r->d, off);
	const struct doc_para *p = doc_paragraph(r->d, pos.para);
	const struct wrapped *w = reader_wrap(r, pos.para, r->article_width);
	if (off >= p->span.end && pos.para + 1 < npara(r) && p->span.end > p->span.start) {
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

static int article_rows(const struct reader *r)
{
	return r->area[PANE_ARTICLE].h;
}

/* The last top line that still fills the pane. */
static struct line_pos max_top(struct reader *r)
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

static void set_top(struct reader *r, struct line_pos pos)
{
	struct line_pos m = max_top(r);

	if (pos_cmp(pos, m) > 0)
		pos = m;
	r->top_pos = pos;
	r->top = pos_offset(r, pos);
}

static void scroll_lines(struct reader *r, long n)
{
	struct line_pos pos = r->top_pos;

	for (; n > 0 && pos_next(r, &pos); n--)
		;
	for (; n < 0 && pos_prev(r, &pos); n++)
		;
	set_top(r, pos);
}

void reader_goto(struct reader *r, size_t pos)
{
	if (pos > r->len)
		pos = r->len;
	set_top(r, pos_from_offset(r, pos));
}

/* Brings byte offset off into view; when it is off screen it lands a third of the way down. */
static void reveal(struct reader *r, size_t off)
{
	struct line_pos want = pos_from_offset(r, off), pos = r->top_pos;
	int rows = article_rows(r);

	for (int i = 0; i < rows; i++) {
		if (pos_cmp(pos, want) == 0)
			return;
		if (!pos_next(r, &pos))
			break;
	}
	pos = want;
	for (int i = 0; i < rows / 3 && pos_prev(r, &pos); i++)
		;
	set_top(r, pos);
}

/* ---- layout ---- */

static void layout(struct reader *r)
{
	int rows = r->rows, cols = r->cols;

	memset(r->area, 0, sizeof(r->area));
	r->wide = cols >= 100;
	if (rows < 6 || cols < 20)
		return;
	if (r->wide) {
		int right = cols * 2 / 5;
		if (right > 64)
			right = 64;
		int left = cols - right - 1, avail = rows - 1;
		int nh = avail / 5 < 3 ? 3 : avail / 5;
		int th = (avail - nh) / 2, ch = avail - nh - th;
		r->area[PANE_ARTICLE] = (struct rect){0, 0, avail, left};
		r->area[PANE_TIMELINE] = (struct rect){0, left + 1, th, right};
		r->area[PANE_CLAIMS] = (struct rect){th, left + 1, ch, right};
		r->area[PANE_NOTES] = (struct rect){th + ch, left + 1, nh, right};
	} else {
		r->area[r->focus] = (struct rect){1, 0, rows - 2, cols};
	}
	int aw = r->area[PANE_ARTICLE].w;
	if (!r->wide)
		aw = cols;
	r->article_width = aw - 2 > 2 ? aw - 2 : 2;
	if (!r->wide && r->focus != PANE_ARTICLE)
		r->area[PANE_ARTICLE].h = rows - 2; /* the place is kept for the hidden article */
}

/* ---- marks ---- */

static int span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

/* True when pos lies in one of the sorted spans (checking a few before for nesting). */
static bool in_spans(const struct span *s, size_t n, size_t pos)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (s[mid].start <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = 0; k < 4 && lo > 0; k++, lo--)
		if (pos >= s[lo - 1].start && pos < s[lo - 1].end)
			return true;
	return false;
}

static size_t match_index_at(const struct reader *r, size_t pos, bool *hit)
{
	size_t lo = 0, hi = r->nmatches;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (r->matches[mid].start <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	*hit = lo > 0 && pos < r->matches[lo - 1].end;
	return lo - 1;
}

static uint16_t style_at(const struct reader *r, size_t pos)
{
	uint16_t st = 0;
	bool hit;

	if (in_spans(r->dates, r->ndates, pos))
		st |= ST_DATE;
	if (in_spans(r->claims, r->nclaims, pos))
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
	if (r->nmatches) {
		size_t m = match_index_at(r, pos, &hit);
		if (hit)
			st |= m == r->cur_match ? ST_MATCH_CUR : ST_MATCH;
	}
	return st;
}

/* ---- notes ---- */

static void notes_reload(struct reader *r)
{
	struct note_list *l = NULL;

	if (!r->db)
		return;
	if (notes_load(r->db, r->d, &l) < 0) {
		snprintf(r->status, sizeof(r->status), "Could not read the notes: %s",
			 notes_error(r->db));
		r->status_error = true;
		return;
	}
	note_list_free(r->notes);
	r->notes = l;
	if (r->sel[PANE_NOTES] >= l->n)
		r->sel[PANE_NOTES] = l->n ? l->n - 1 : 0;
}

/* ---- setup ---- */

/* Takes the analysis (or empty lists while it is being found) and marks its spans. */
static void index_analysis(struct reader *r, const struct timex_list *tl,
			   const struct claim_list *cl)
{
	static const struct timex_list no_timexes;
	static const struct claim_list no_claims;

	r->analysing = !tl || !cl;
	r->tl = tl ? tl : &no_timexes;
	r->cl = cl ? cl : &no_claims;
	tl = r->tl;
	cl = r->cl;
	free(r->dates);
	free(r->claims);
	r->dates = xmalloc((tl->n ? tl->n : 1) * sizeof(*r->dates));
	for (size_t i = 0; i < tl->n; i++)
		r->dates[i] = tl->items[i].span;
	r->ndates = tl->n;
	qsort(r->dates, r->ndates, sizeof(*r->dates), span_cmp);
	r->claims = xmalloc((cl->n ? cl->n : 1) * sizeof(*r->claims));
	for (size_t i = 0; i < cl->n; i++)
		r->claims[i] = cl->items[i].content;
	r->nclaims = cl->n;
	qsort(r->claims, r->nclaims, sizeof(*r->claims), span_cmp);
}

void reader_set_analysis(struct reader *r, const struct timex_list *tl, const struct claim_list *cl)
{
	index_analysis(r, tl, cl);
	for (enum pane p = PANE_TIMELINE; p <= PANE_CLAIMS; p++)
		r->sel[p] = r->list_top[p] = 0;
	r->event_visited = r->claim_visited = false;
}

void reader_init(struct reader *r, const struct doc *d, const struct timex_list *tl,
		 const struct claim_list *cl, struct notes_db *db, struct note_list *notes,
		 const char *notes_problem)
{
	memset(r, 0, sizeof(*r));
	r->d = d;
	r->text = doc_text(d, &r->len);
	r->db = db;
	r->notes = notes ? notes : xcalloc(1, sizeof(*r->notes));
	r->notes_problem = notes_problem;
	buf_init(&r->ed.text);
	index_analysis(r, tl, cl);
	r->rows = 24;
	r->cols = 80;
	layout(r);
}

void reader_free(struct reader *r)
{
	for (size_t i = 0; i < READER_WRAP_SLOTS; i++)
		free(r->cache[i].starts);
	free(r->dates);
	free(r->claims);
	free(r->matches);
	free(r->query);
	buf_free(&r->ed.text);
	note_list_free(r->notes);
	r->notes = NULL;
}

void reader_resize(struct reader *r, int rows, int cols)
{
	size_t place = r->top;

	r->rows = rows;
	r->cols = cols;
	layout(r);
	if (article_rows(r) > 0) {
		struct line_pos pos = pos_from_offset(r, place);
		struct line_pos m = max_top(r);
		r->top_pos = pos_cmp(pos, m) > 0 ? m : pos;
		/* The place stays the reader's even when the end of the article clamps the view. */
		r->top = place;
	}
}

/* ---- lists ---- */

static size_t list_count(const struct reader *r, enum pane p)
{
	switch (p) {
	case PANE_TIMELINE:
		return r->tl->nevents;
	case PANE_CLAIMS:
		return r->cl->n;
	case PANE_NOTES:
		return r->notes->n;
	default:
		return 0;
	}
}

static int list_rows(const struct reader *r, enum pane p)
{
	int h = r->area[p].h - 1;
	return h > 0 ? h : 1;
}

static void list_follow(struct reader *r, enum pane p)
{
	size_t rows = (size_t)list_rows(r, p);

	if (r->sel[p] < r->list_top[p])
		r->list_top[p] = r->sel[p];
	if (r->sel[p] >= r->list_top[p] + rows)
		r->list_top[p] = r->sel[p] - rows + 1;
}

static void list_move(struct reader *r, enum pane p, long delta)
{
	size_t n = list_count(r, p);

	if (!n)
		return;
	if (delta < 0 && (size_t)-delta > r->sel[p])
		r->sel[p] = 0;
	else if (delta > 0 && r->sel[p] + (size_t)delta >= n)
		r->sel[p] = n - 1;
	else
		r->sel[p] = (size_t)((long)r->sel[p] + delta);
	list_follow(r, p);
}

static void status_set(struct reader *r, bool error, const char *fmt, ...) DL_PRINTF(3, 4);

static void status_set(struct reader *r, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->status, sizeof(r->status), fmt, ap);
	va_end(ap);
	r->status_error = error;
}

/* A short form of a span of the article for the status bar, made visible. */
static void span_visible(const struct reader *r, struct span s, char *out, size_t n, size_t max)
{
	struct buf b = BUF_INIT;
	size_t len = s.end > s.start ? s.end - s.start : 0;

	if (len > max)
		len = text_fit(r->text + s.start, len, max);
	text_visible(&b, r->text + s.start, len);
	for (size_t i = 0; i < b.len; i++)
		if (b.data[i] == '\n' || b.data[i] == '\t')
			b.data[i] = ' ';
	snprintf(out, n, "%s", b.data);
	buf_free(&b);
}

static void show_event(struct reader *r, size_t i)
{
	const struct event *e = &r->tl->events[i];

	r->sel[PANE_TIMELINE] = i;
	list_follow(r, PANE_TIMELINE);
	r->event_visited = true;
	r->has_current = true;
	r->current = e->span;
	reveal(r, e->span.start);
	status_set(r, false, "Event %zu/%zu · %s · ¶%zu", i + 1, r->tl->nevents, e->label,
		   e->paragraph + 1);
}

static struct span claim_extent(const struct claim *c)
{
	struct span s = c->content;
	const struct span *o[2] = {&c->speaker, &c->cue};

	for (int k = 0; k < 2; k++) {
		if (o[k]->end <= o[k]->start)
			continue;
		if (o[k]->start < s.start)
			s.start = o[k]->start;
		if (o[k]->end > s.end)
			s.end = o[k]->end;
	}
	return s;
}

static void claim_speaker(const struct reader *r, const struct claim *c, char *out, size_t n)
{
	if (c->speaker_resolved && *c->speaker_resolved) {
		struct buf b = BUF_INIT;
		text_visible(&b, c->speaker_resolved, strlen(c->speaker_resolved));
		snprintf(out, n, "%s", b.data);
		buf_free(&b);
	} else if (c->speaker.end > c->speaker.start) {
		span_visible(r, c->speaker, out, n, 60);
	} else {
		snprintf(out, n, "—");
	}
}

static void show_claim(struct reader *r, size_t i)
{
	const struct claim *c = &r->cl->items[i];
	char who[128];

	r->sel[PANE_CLAIMS] = i;
	list_follow(r, PANE_CLAIMS);
	r->claim_visited = true;
	r->has_current = true;
	r->current = claim_extent(c);
	reveal(r, r->current.start);
	claim_speaker(r, c, who, sizeof(who));
	status_set(r, false, "Claim %zu/%zu · %s · ¶%zu", i + 1, r->cl->n, who, c->paragraph + 1);
}

static void show_note(struct reader *r, size_t i)
{
	const struct note *n = &r->notes->items[i];

	r->sel[PANE_NOTES] = i;
	list_follow(r, PANE_NOTES);
	if (n->detached) {
		status_set(r, true, "This note could not be placed in this version of the article");
		return;
	}
	r->has_current = true;
	r->current = n->span;
	reveal(r, n->span.start);
	status_set(r, false, "Note %zu/%zu · %s · ¶%zu", i + 1, r->notes->n,
		   note_target_name(n->target), n->paragraph + 1);
}

/* ---- search ---- */

static size_t match_len(const char *t, size_t len, size_t i, const char *q, size_t qn, bool icase)
{
	size_t a = i, b = 0;

	while (b < qn) {
		uint32_t x, y;
		if (a >= len)
			return 0;
		int k1 = text_decode(t + a, len - a, &x), k2 = text_decode(q + b, qn - b, &y);
		if (k1 == 0)
			k1 = 1;
		if (k2 == 0)
			k2 = 1;
		if (x != y && !(icase && uc_tolower(x) == uc_tolower(y)))
			return 0;
		a += (size_t)k1;
		b += (size_t)k2;
	}
	return a - i;
}

static void search_run(struct reader *r)
{
	size_t cap = 0, qn = strlen(r->query);
	unsigned char first = (unsigned char)r->query[0];
	bool ascii_first = first < 0x80;

	free(r->matches);
	r->matches = NULL;
	r->nmatches = 0;
	r->cur_match = 0;
	r->query_icase = true;
	for (size_t i = 0; i < qn;) {
		uint32_t cp;
		int k = text_decode(r->query + i, qn - i, &cp);
		if (k > 0 && text_is_upper(cp))
			r->query_icase = false;
		i += k > 0 ? (size_t)k : 1;
	}
	for (size_t i = 0; i < r->len && r->nmatches < MAX_MATCHES;) {
		unsigned char c = (unsigned char)r->text[i];
		size_t m = 0;
		if (ascii_first && c < 0x80) {
			bool same = c == first ||
				    (r->query_icase && uc_tolower(c) == uc_tolower(first));
			if (same)
				m = match_len(r->text, r->len, i, r->query, qn, r->query_icase);
		} else if (!ascii_first || c >= 0x80) {
			if ((c & 0xC0) != 0x80)
				m = match_len(r->text, r->len, i, r->query, qn, r->query_icase);
		}
		if (m) {
			r->matches = xgrow(r->matches, &cap, r->nmatches + 1, sizeof(*r->matches));
			r->matches[r->nmatches++] = (struct span){i, i + m};
			i += m;
		} else {
			i++;
		}
	}
}

static void match_show(struct reader *r, size_t i, const char *note)
{
	r->cur_match = i;
	reveal(r, r->matches[i].start);
	if (note)
		status_set(r, false, "%s", note);
}

static bool on_screen(struct reader *r, size_t off)
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

static void search_step(struct reader *r, bool forward)
{
	if (!r->query) {
		status_set(r, true, "No previous search");
		return;
	}
	if (!r->nmatches) {
		status_set(r, true, "Pattern not found: %s", r->query);
		return;
	}
	if (!on_screen(r, r->matches[r->cur_match].start)) {
		/* Scrolled away from the current match: go on from the screen, as less does. */
		size_t i = 0;
		while (i < r->nmatches && r->matches[i].start < r->top)
			i++;
		if (forward)
			match_show(r, i < r->nmatches ? i : 0,
				   i < r->nmatches ? NULL : WRAP_BOTTOM);
		else
			match_show(r, i > 0 ? i - 1 : r->nmatches - 1, i > 0 ? NULL : WRAP_TOP);
		return;
	}
	bool last = r->cur_match + 1 >= r->nmatches, first = r->cur_match == 0;
	if (forward)
		match_show(r, last ? 0 : r->cur_match + 1, last ? WRAP_BOTTOM : NULL);
	else
		match_show(r, first ? r->nmatches - 1 : r->cur_match - 1, first ? WRAP_TOP : NULL);
}

static void search_start(struct reader *r, const char *q)
{
	if (!*q) {
		search_step(r, true);
		return;
	}
	free(r->query);
	r->query = xstrdup(q);
	search_run(r);
	if (!r->nmatches) {
		status_set(r, true, "Pattern not found: %s", q);
		return;
	}
	size_t from = r->top, i = 0;
	while (i < r->nmatches && r->matches[i].start < from)
		i++;
	if (i == r->nmatches)
		match_show(r, 0, "Search hit the bottom, continuing at the top");
	else
		match_show(r, i, NULL);
}

/* ---- the editor ---- */

static void ed_set(struct editor *e, const char *s, bool multiline)
{
	buf_clear(&e->text);
	buf_puts(&e->text, s);
	e->cursor = e->text.len;
	e->multiline = multiline;
}

static size_t ed_prev(const struct editor *e, size_t i)
{
	while (i > 0 && ((unsigned char)e->text.data[--i] & 0xC0) == 0x80)
		;
	return i;
}

static size_t ed_next(const struct editor *e, size_t i)
{
	if (i >= e->text.len)
		return e->text.len;
	while (++i < e->text.len && ((unsigned char)e->text.data[i] & 0xC0) == 0x80)
		;
	return i;
}

static void ed_delete(struct editor *e, size_t a, size_t b)
{
	memmove(e->text.data + a, e->text.data + b, e->text.len - b + 1);
	e->text.len -= b - a;
	if (e->cursor > b)
		e->cursor -= b - a;
	else if (e->cursor > a)
		e->cursor = a;
}

static void ed_insert(struct editor *e, const char *s, size_t n)
{
	size_t tail = e->text.len - e->cursor;

	buf_put(&e->text, s, n);
	memmove(e->text.data + e->cursor + n, e->text.data + e->cursor, tail);
	memcpy(e->text.data + e->cursor, s, n);
	e->cursor += n;
}

static bool is_word_byte(char c)
{
	return c != ' ' && c != '\n' && c != '\t';
}

/* Returns 1 on Enter, -1 on Esc, 0 otherwise. */
static int ed_key(struct editor *e, int key)
{
	switch (key) {
	case UI_KEY_ENTER:
	case '\r':
		return 1;
	case UI_KEY_ESC:
		return -1;
	case UI_KEY_LEFT:
	case CTRL('b'):
		e->cursor = ed_prev(e, e->cursor);
		return 0;
	case UI_KEY_RIGHT:
	case CTRL('f'):
		e->cursor = ed_next(e, e->cursor);
		return 0;
	case UI_KEY_HOME:
	case CTRL('a'):
		while (e->cursor > 0 && e->text.data[e->cursor - 1] != '\n')
			e->cursor--;
		return 0;
	case UI_KEY_END:
	case CTRL('e'):
		while (e->cursor < e->text.len && e->text.data[e->cursor] != '\n')
			e->cursor++;
		return 0;
	case UI_KEY_BACKSPACE:
	case 0x7F:
	case CTRL('h'):
		if (e->cursor > 0)
			ed_delete(e, ed_prev(e, e->cursor), e->cursor);
		return 0;
	case UI_KEY_DELETE:
	case CTRL('d'):
		if (e->cursor < e->text.len)
			ed_delete(e, e->cursor, ed_next(e, e->cursor));
		return 0;
	case CTRL('w'): {
		size_t i = e->cursor;
		while (i > 0 && !is_word_byte(e->text.data[i - 1]))
			i--;
		while (i > 0 && is_word_byte(e->text.data[i - 1]))
			i--;
		ed_delete(e, i, e->cursor);
		return 0;
	}
	case CTRL('u'): {
		size_t i = e->cursor;
		while (i > 0 && e->text.data[i - 1] != '\n')
			i--;
		ed_delete(e, i, e->cursor);
		return 0;
	}
	case '\n': /* Ctrl-J */
		if (e->multiline)
			ed_insert(e, "\n", 1);
		return 0;
	default:
		break;
	}
	if (key >= 0x20 && key < UI_KEY_BASE && key != 0x7F && !(key >= 0x80 && key < 0xA0) &&
	    !(key >= 0xD800 && key <= 0xDFFF)) {
		char u[4];
		size_t n;
		uint32_t c = (uint32_t)key;
		if (c < 0x80) {
			u[0] = (char)c;
			n = 1;
		} else if (c < 0x800) {
			u[0] = (char)(0xC0 | (c >> 6));
			u[1] = (char)(0x80 | (c & 0x3F));
			n = 2;
		} else if (c < 0x10000) {
			u[0] = (char)(0xE0 | (c >> 12));
			u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
			u[2] = (char)(0x80 | (c & 0x3F));
			n = 3;
		} else {
			u[0] = (char)(0xF0 | (c >> 18));
			u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
			u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
			u[3] = (char)(0x80 | (c & 0x3F));
			n = 4;
		}
		ed_insert(e, u, n);
	}
	return 0;
}

/* ---- actions ---- */

static void annotate(struct reader *r)
{
	if (!r->db) {
		status_set(r, true, "Notes are unavailable: %s",
			   r->notes_problem ? r->notes_problem : "no notes database");
		return;
	}
	if (notes_readonly(r->db)) {
		status_set(r, true, "The notes database is read-only: new notes are refused");
		return;
	}
	if (r->focus == PANE_NOTES) {
		reader_action(r, ACT_EDIT_NOTE);
		return;
	}
	if (r->focus == PANE_TIMELINE && r->tl->nevents) {
		r->note_target = NOTE_EVENT;
		r->note_span = r->tl->events[r->sel[PANE_TIMELINE]].span;
	} else if (r->focus == PANE_CLAIMS && r->cl->n) {
		r->note_target = NOTE_CLAIM;
		r->note_span = claim_extent(&r->cl->items[r->sel[PANE_CLAIMS]]);
	} else if (r->nmatches && r->cur_match < r->nmatches &&
		   pos_cmp(pos_from_offset(r, r->matches[r->cur_match].start), r->top_pos) >= 0) {
		r->note_target = NOTE_SELECTION;
		r->note_span = r->matches[r->cur_match];
	} else if (npara(r)) {
		struct line_pos pos = r->top_pos;
		size_t p = pos.para;
		if (pos.line >= reader_wrap(r, p, r->article_width)->n && p + 1 < npara(r))
			p++;
		r->note_target = NOTE_PARAGRAPH;
		r->note_span = doc_paragraph(r->d, p)->span;
	} else {
		status_set(r, true, "Nothing to annotate");
		return;
	}
	r->note_id = 0;
	ed_set(&r->ed, "", true);
	r->mode = MODE_NOTE;
}

static void note_save(struct reader *r)
{
	int rc;
	int64_t id = r->note_id;

	if (r->ed.text.len == 0 && !r->note_id) {
		status_set(r, false, "Empty note discarded");
		return;
	}
	if (r->note_id)
		rc = notes_update(r->db, r->note_id, r->ed.text.data);
	else
		rc = notes_add(r->db, r->d, r->note_target, r->note_span, r->ed.text.data, &id);
	if (rc < 0) {
		status_set(r, true, "The note was not saved: %s", notes_error(r->db));
		return;
	}
	notes_reload(r);
	for (size_t i = 0; i < r->notes->n; i++)
		if (r->notes->items[i].id == id) {
			r->sel[PANE_NOTES] = i;
			list_follow(r, PANE_NOTES);
		}
	status_set(r, false, r->note_id ? "Note saved" : "Note saved on ¶%zu",
		   doc_paragraph_at(r->d, r->note_span.start) + 1);
}

static void export_propose(struct reader *r)
{
	const char *name = doc_name(r->d);
	struct buf b = BUF_INIT;

	if (!name || !strcmp(name, "-"))
		name = "article";
	const char *slash = strrchr(name, '/');
	const char *base = slash ? slash + 1 : name, *dot = strrchr(base, '.');
	buf_put(&b, name, dot && dot != base ? (size_t)(dot - name) : strlen(name));
	buf_puts(&b, ".notes.md");
	ed_set(&r->ed, b.data, false);
	buf_free(&b);
}

static void export_run(struct reader *r, const char *path)
{
	struct export_file ef;
	struct export_sink s;

	if (!*path) {
		status_set(r, true, "No file name: nothing exported");
		return;
	}
	int rc = export_file_open(&ef, path);
	if (rc == 0) {
		export_sink_file(&s, ef.f);
		export_markdown(&s, r->d, r->tl, r->cl, r->notes, time(NULL));
		rc = export_file_close(&ef, export_sink_finish(&s));
	}
	if (rc < 0)
		status_set(r, true, "Export failed: %s: %s", path, strerror(-rc));
	else
		status_set(r, false, "Exported to %s", path);
}

static void scroll_pane(struct reader *r, enum pane p, long lines)
{
	if (p == PANE_ARTICLE)
		scroll_lines(r, lines);
	else
		list_move(r, p, lines);
}

void reader_action(struct reader *r, enum ui_action a)
{
	enum pane f = r->focus;
	long page = f == PANE_ARTICLE ? article_rows(r) : list_rows(r, f);

	if (page < 1)
		page = 1;
	switch (a) {
	case ACT_NONE:
	case ACT_COUNT:
		break;
	case ACT_DOWN:
		scroll_pane(r, f, 1);
		break;
	case ACT_UP:
		scroll_pane(r, f, -1);
		break;
	case ACT_PAGE_DOWN:
		scroll_pane(r, f, page);
		break;
	case ACT_PAGE_UP:
		scroll_pane(r, f, -page);
		break;
	case ACT_HALF_DOWN:
		scroll_pane(r, f, (page + 1) / 2);
		break;
	case ACT_HALF_UP:
		scroll_pane(r, f, -(page + 1) / 2);
		break;
	case ACT_TOP:
		if (f == PANE_ARTICLE)
			set_top(r, (struct line_pos){0, 0});
		else
			list_move(r, f, -(long)list_count(r, f));
		break;
	case ACT_BOTTOM:
		if (f == PANE_ARTICLE)
			set_top(r, max_top(r));
		else
			list_move(r, f, (long)list_count(r, f));
		break;
	case ACT_NEXT_PANE:
	case ACT_PREV_PANE:
		r->focus =
			(enum pane)((f + (a == ACT_NEXT_PANE ? 1 : PANE_COUNT - 1)) % PANE_COUNT);
		reader_resize(r, r->rows, r->cols);
		break;
	case ACT_OPEN:
		if (f == PANE_TIMELINE && r->tl->nevents)
			show_event(r, r->sel[f]);
		else if (f == PANE_CLAIMS && r->cl->n)
			show_claim(r, r->sel[f]);
		else if (f == PANE_NOTES && r->notes->n)
			show_note(r, r->sel[f]);
		if (!r->wide && f != PANE_ARTICLE && r->has_current && !r->status_error) {
			r->focus = PANE_ARTICLE;
			reader_resize(r, r->rows, r->cols);
		}
		break;
	case ACT_NEXT_EVENT:
	case ACT_PREV_EVENT: {
		size_t n = r->tl->nevents, i = r->sel[PANE_TIMELINE];
		if (!n) {
			status_set(r, true, "%s",
				   r->analysing ? "Still finding the dates: a moment"
						: "No dated events in this article");
		} else if (!r->event_visited) {
			show_event(r, a == ACT_NEXT_EVENT ? 0 : n - 1);
		} else if (a == ACT_NEXT_EVENT ? i + 1 >= n : i == 0) {
			status_set(r, true, "%s",
				   a == ACT_NEXT_EVENT ? "No later event" : "No earlier event");
		} else {
			show_event(r, a == ACT_NEXT_EVENT ? i + 1 : i - 1);
		}
		break;
	}
	case ACT_NEXT_CLAIM:
	case ACT_PREV_CLAIM: {
		size_t n = r->cl->n, i = r->sel[PANE_CLAIMS];
		if (!n) {
			status_set(r, true, "%s",
				   r->analysing ? "Still finding the claims: a moment"
						: "No claims in this article");
		} else if (!r->claim_visited) {
			show_claim(r, a == ACT_NEXT_CLAIM ? 0 : n - 1);
		} else if (a == ACT_NEXT_CLAIM ? i + 1 >= n : i == 0) {
			status_set(r, true, "%s",
				   a == ACT_NEXT_CLAIM ? "No further claim" : "No earlier claim");
		} else {
			show_claim(r, a == ACT_NEXT_CLAIM ? i + 1 : i - 1);
		}
		break;
	}
	case ACT_SEARCH:
		ed_set(&r->ed, "", false);
		r->mode = MODE_SEARCH;
		break;
	case ACT_SEARCH_NEXT:
		search_step(r, true);
		break;
	case ACT_SEARCH_PREV:
		search_step(r, false);
		break;
	case ACT_ANNOTATE:
		annotate(r);
		break;
	case ACT_EDIT_NOTE:
	case ACT_DELETE_NOTE:
		if (f != PANE_NOTES || !r->notes->n) {
			status_set(r, true, "Select a note in the notes pane first (Tab)");
		} else if (!r->db || notes_readonly(r->db)) {
			status_set(r, true,
				   "The notes database is read-only: notes cannot be changed");
		} else if (a == ACT_EDIT_NOTE) {
			r->note_id = r->notes->items[r->sel[f]].id;
			r->note_span = r->notes->items[r->sel[f]].span;
			ed_set(&r->ed, r->notes->items[r->sel[f]].text, true);
			r->mode = MODE_NOTE;
		} else {
			r->mode = MODE_CONFIRM;
		}
		break;
	case ACT_EXPORT:
		export_propose(r);
		r->mode = MODE_EXPORT;
		break;
	case ACT_HELP:
		r->mode = MODE_HELP;
		r->help_top = 0;
		break;
	case ACT_CLOSE:
		if (r->nmatches || r->has_current) {
			r->nmatches = 0;
			r->has_current = false;
		}
		break;
	case ACT_REDRAW:
		r->repaint = true;
		break;
	case ACT_QUIT:
		r->quit = true;
		break;
	}
}

void reader_key(struct reader *r, int key)
{
	int rc;

	if (key == UI_KEY_RESIZE)
		return;
	r->status[0] = '\0';
	r->status_error = false;
	switch (r->mode) {
	case MODE_HELP:
		if (key == 'j' || key == UI_KEY_DOWN)
			r->help_top++;
		else if ((key == 'k' || key == UI_KEY_UP) && r->help_top > 0)
			r->help_top--;
		else if (key == ' ' || key == UI_KEY_PGDN)
			r->help_top += r->rows - 2;
		else if (key == 'b' || key == UI_KEY_PGUP)
			r->help_top = r->help_top > r->rows - 2 ? r->help_top - (r->rows - 2) : 0;
		else if (key == 'g' || key == UI_KEY_HOME)
			r->help_top = 0;
		else if (key == UI_KEY_ESC || key == 'q' || key == '?' || key == UI_KEY_ENTER)
			r->mode = MODE_NORMAL;
		return;
	case MODE_SEARCH:
	case MODE_EXPORT:
	case MODE_NOTE:
		rc = ed_key(&r->ed, key);
		if (rc == 0)
			return;
		enum mode m = r->mode;
		r->mode = MODE_NORMAL;
		if (rc < 0) {
			if (m == MODE_NOTE)
				status_set(r, false, "Note discarded");
			return;
		}
		if (m == MODE_SEARCH)
			search_start(r, r->ed.text.data);
		else if (m == MODE_EXPORT)
			export_run(r, r->ed.text.data);
		else
			note_save(r);
		return;
	case MODE_CONFIRM:
		r->mode = MODE_NORMAL;
		if (key == 'y' || key == 'Y') {
			if (notes_delete(r->db, r->notes->items[r->sel[PANE_NOTES]].id) < 0) {
				status_set(r, true, "The note was not deleted: %s",
					   notes_error(r->db));
				return;
			}
			notes_reload(r);
			status_set(r, false, "Note deleted");
		} else {
			status_set(r, false, "Kept the note");
		}
		return;
	case MODE_NORMAL:
		break;
	}
	if (key == '\n')
		key = UI_KEY_ENTER;
	reader_action(r, actions_for_key(key));
}

static enum pane pane_at(const struct reader *r, int y, int x)
{
	for (int p = 0; p < PANE_COUNT; p++) {
		const struct rect *a = &r->area[p];
		if (a->h > 0 && (r->wide || (enum pane)p == r->focus) && y >= a->y &&
		    y < a->y + a->h && x >= a->x && x < a->x + a->w)
			return (enum pane)p;
	}
	return PANE_COUNT;
}

void reader_mouse(struct reader *r, int y, int x, int button)
{
	if (r->mode != MODE_NORMAL)
		return;
	r->status[0] = '\0';
	if (!r->wide && y == 0 && button == 1) {
		char labels[PANE_COUNT][32];
		int tx[PANE_COUNT + 1];
		tab_labels(r, labels, tx);
		for (int t = 0; t < PANE_COUNT; t++)
			if (x >= tx[t] && x < tx[t + 1]) {
				r->focus = (enum pane)t;
				reader_resize(r, r->rows, r->cols);
			}
		return;
	}
	enum pane p = pane_at(r, y, x);
	if (p == PANE_COUNT)
		return;
	if (button == 4 || button == 5) {
		scroll_pane(r, p, button == 4 ? -3 : 3);
		return;
	}
	r->focus = p;
	if (p == PANE_ARTICLE)
		return;
	int row = y - r->area[p].y - 1;
	if (row < 0)
		return;
	size_t i = r->list_top[p] + (size_t)row;
	if (i < list_count(r, p)) {
		bool again = r->sel[p] == i;
		r->sel[p] = i;
		list_follow(r, p);
		if (again || r->wide)
			reader_action(r, ACT_OPEN);
	}
}

/* ---- drawing ---- */

static void draw_article(struct reader *r, struct grid *g)
{
	const struct rect a = r->area[PANE_ARTICLE];
	struct line_pos pos = r->top_pos;
	char scratch[16];
	struct glyph gl;
	struct span title = {0, 0};

	if (!npara(r)) {
		put_str(g, a.y, a.x + 1, a.w - 1, "(the article is empty)", ST_DIM);
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
			int col = a.x + 1, limit = a.x + 1 + r->article_width;
			for (size_t i = s; i < e && col < limit; i += gl.len) {
				glyph_at(r->text + i, e - i, &gl, scratch);
				uint16_t st = style_at(r, i) | (head ? ST_TITLE : 0);
				col += put_glyph(g, a.y + row, col, limit, &gl, st);
			}
		}
		if (!pos_next(r, &pos))
			break;
	}
}

static void draw_header(struct reader *r, struct grid *g, enum pane p, const char *name)
{
	const struct rect a = r->area[p];
	char buf[64];
	size_t n = list_count(r, p);
	uint16_t st = (uint16_t)(ST_HEADER | (r->focus == p ? ST_FOCUS : 0));

	fill(g, a.y, a.x, a.w, st);
	if (n)
		snprintf(buf, sizeof(buf), " %s  %zu/%zu", name, r->sel[p] + 1, n);
	else
		snprintf(buf, sizeof(buf), " %s", name);
	put_str(g, a.y, a.x, a.w, buf, st);
}

static void draw_list(struct reader *r, struct grid *g, enum pane p)
{
	const struct rect a = r->area[p];
	size_t n = list_count(r, p);

	draw_header(r, g, p, pane_names[p]);
	if (!n) {
		const char *empty = p == PANE_TIMELINE && r->analysing ? "Finding dates…"
				    : p == PANE_CLAIMS && r->analysing ? "Finding claims…"
				    : p == PANE_TIMELINE               ? "No dated events found"
				    : p == PANE_CLAIMS                 ? "No claims found"
				    : r->db ? (notes_readonly(r->db) ? "No notes (read-only)"
								     : "No notes yet: a writes one")
					    : "Notes unavailable";
		put_str(g, a.y + 1, a.x + 1, a.w - 1, empty, ST_DIM);
		return;
	}
	list_follow(r, p);
	for (int row = 0; row < a.h - 1; row++) {
		size_t i = r->list_top[p] + (size_t)row;
		int y = a.y + 1 + row, x = a.x + 1, w = a.w - 1;
		if (i >= n)
			break;
		uint16_t sel = 0;
		if (i == r->sel[p])
			sel = (uint16_t)(ST_SELECTED | (r->focus == p ? ST_FOCUS : 0));
		if (sel)
			fill(g, y, a.x, a.w, sel);
		int used = 0;
		if (p == PANE_TIMELINE) {
			const struct event *e = &r->tl->events[i];
			used = put_str(g, y, x, w, e->label, (uint16_t)(sel | ST_LABEL));
			used = used < 8 ? 8 : used + 1;
			put_clipped(g, y, x + used, w - used, e->summary ? e->summary : "",
				    strlen(e->summary ? e->summary : ""), sel);
		} else if (p == PANE_CLAIMS) {
			const struct claim *c = &r->cl->items[i];
			char who[128];
			claim_speaker(r, c, who, sizeof(who));
			used = put_clipped(g, y, x, w > 24 ? w / 3 : w, who, strlen(who),
					   (uint16_t)(sel | ST_LABEL));
			if (c->cue.end > c->cue.start && used + 2 < w) {
				used += 1;
				used += put_clipped(g, y, x + used, w / 4, r->text + c->cue.start,
						    c->cue.end - c->cue.start,
						    (uint16_t)(sel | ST_DIM));
			}
			used += put_str(g, y, x + used, w - used, ": ", sel);
			put_clipped(g, y, x + used, w - used, r->text + c->content.start,
				    c->content.end - c->content.start, sel);
		} else {
			const struct note *nt = &r->notes->items[i];
			char where[32];
			if (nt->detached)
				snprintf(where, sizeof(where), "detached ");
			else
				snprintf(where, sizeof(where), "¶%zu ", nt->paragraph + 1);
			used = put_str(g, y, x, w, where, (uint16_t)(sel | ST_LABEL));
			put_clipped(g, y, x + used, w - used, nt->text, strlen(nt->text), sel);
		}
	}
}

/* The tab line's labels and where each starts; x[PANE_COUNT] is where the last one ends. */
static void tab_labels(const struct reader *r, char labels[PANE_COUNT][32], int x[PANE_COUNT + 1])
{
	x[0] = 0;
	for (int p = 0; p < PANE_COUNT; p++) {
		size_t n = list_count(r, (enum pane)p);
		if (p == PANE_ARTICLE || !n)
			snprintf(labels[p], 32, " %s ", pane_names[p]);
		else
			snprintf(labels[p], 32, " %s %zu ", pane_names[p], n);
		x[p + 1] = x[p] + reader_text_width(labels[p], strlen(labels[p])) + 1;
	}
}

static void draw_tabs(struct reader *r, struct grid *g)
{
	char labels[PANE_COUNT][32];
	int x[PANE_COUNT + 1];

	fill(g, 0, 0, g->cols, ST_HEADER);
	tab_labels(r, labels, x);
	for (int p = 0; p < PANE_COUNT; p++) {
		uint16_t st = (uint16_t)(ST_HEADER | (r->focus == (enum pane)p ? ST_FOCUS : 0));
		if (x[p] < g->cols)
			put_str(g, 0, x[p], g->cols - x[p], labels[p], st);
	}
}

/* Where the editor's lines start when its text is wrapped at w columns: at newlines, else
 * after the last space that fits (or anywhere in a word longer than a line). */
static size_t editor_lines(const struct editor *e, int w, size_t **starts)
{
	char scratch[16];
	struct glyph gl;
	size_t n = 0, cap = 0, start = 0, space = 0;
	int col = 0, col_space = 0;

	*starts = xgrow(NULL, &cap, 1, sizeof(size_t));
	(*starts)[n++] = 0;
	for (size_t i = 0; i < e->text.len; i += gl.len) {
		glyph_at(e->text.data + i, e->text.len - i, &gl, scratch);
		if (e->text.data[i] == '\n') {
			*starts = xgrow(*starts, &cap, n + 1, sizeof(size_t));
			(*starts)[n++] = start = i + 1;
			col = 0;
			space = 0;
			continue;
		}
		if (col + gl.width > w && !gl.space) {
			if (space > start) {
				start = space;
				col -= col_space;
			} else {
				start = i;
				col = 0;
			}
			space = 0;
			*starts = xgrow(*starts, &cap, n + 1, sizeof(size_t));
			(*starts)[n++] = start;
		}
		col += gl.width;
		if (gl.space) {
			space = i + gl.len;
			col_space = col;
		}
	}
	return n;
}

/* Draws the editor's text in rows [y, y + h), word-wrapped; places the cursor. */
static void draw_editor(struct reader *r, struct grid *g, int y, int x, int w, int h)
{
	const struct editor *e = &r->ed;
	char scratch[16];
	struct glyph gl;
	size_t *starts, n = editor_lines(e, w, &starts), cur = 0;

	while (cur + 1 < n && starts[cur + 1] <= e->cursor)
		cur++;
	size_t first = cur >= (size_t)h ? cur - (size_t)h + 1 : 0;
	for (size_t l = first; l < n && l < first + (size_t)h; l++) {
		size_t s = starts[l], end = l + 1 < n ? starts[l + 1] : e->text.len;
		int col = 0;
		for (size_t i = s; i < end; i += gl.len) {
			if (e->text.data[i] == '\n')
				break;
			glyph_at(e->text.data + i, end - i, &gl, scratch);
			col += put_glyph(g, y + (int)(l - first), x + col, x + w, &gl, 0);
		}
	}
	int cc = reader_text_width(e->text.data + starts[cur], e->cursor - starts[cur]);
	g->cursor_row = y + (int)(cur - first);
	g->cursor_col = x + (cc < w ? cc : w - 1);
	free(starts);
}

static void draw_prompt(struct reader *r, struct grid *g, const char *prompt)
{
	int y = g->rows - 1, pw = put_str(g, y, 0, g->cols, prompt, ST_STATUS | ST_FOCUS);
	int w = g->cols - pw - 1;
	const struct editor *e = &r->ed;

	if (w < 1)
		return;
	/* Scroll horizontally so the cursor stays in view: drop glyphs from the left until what
	 * is before the cursor fits (measured once, then counted down: linear in the text). */
	size_t from = 0;
	int before = reader_text_width(e->text.data, e->cursor);
	while (before > w - 1 && from < e->cursor) {
		char scratch[16];
		struct glyph gl;
		glyph_at(e->text.data + from, e->text.len - from, &gl, scratch);
		before -= gl.width;
		from += gl.len;
	}
	put_text(g, y, pw, w, e->text.data + from, e->text.len - from, ST_STATUS | ST_FOCUS);
	g->cursor_row = y;
	g->cursor_col = pw + reader_text_width(e->text.data + from, e->cursor - from);
}

static void draw_status(struct reader *r, struct grid *g)
{
	int y = g->rows - 1, w = g->cols;
	char right[96] = "", left[600];

	fill(g, y, 0, w, ST_STATUS);
	switch (r->mode) {
	case MODE_SEARCH:
		draw_prompt(r, g, "/");
		return;
	case MODE_EXPORT:
		draw_prompt(r, g, "Export to: ");
		return;
	case MODE_CONFIRM:
		put_str(g, y, 0, w, "Delete this note? (y/n)", ST_STATUS | ST_ERROR);
		return;
	default:
		break;
	}
	if (r->query && r->nmatches)
		snprintf(right, sizeof(right), "match %zu/%zu%s ", r->cur_match + 1, r->nmatches,
			 r->nmatches >= MAX_MATCHES ? "+" : "");
	if (r->status[0]) {
		snprintf(left, sizeof(left), " %s", r->status);
	} else {
		size_t np = npara(r), p = np ? r->top_pos.para + 1 : 0;
		unsigned pct = r->len ? (unsigned)((double)r->top * 100.0 / (double)r->len) : 100;
		if (pos_cmp(r->top_pos, max_top(r)) >= 0)
			pct = 100;
		const char *name = doc_name(r->d), *slash = strrchr(name, '/');
		snprintf(left, sizeof(left), " ¶%zu/%zu · %u%% · %s", p, np, pct,
			 slash && slash[1] ? slash + 1 : name);
		if ((!r->query || !r->nmatches) && w >= 40)
			snprintf(right, sizeof(right), "? help ");
	}
	int rw = reader_text_width(right, strlen(right));
	if (rw > w / 2)
		rw = 0;
	put_clipped(g, y, 0, w - rw, left, strlen(left),
		    (uint16_t)(ST_STATUS | (r->status_error ? ST_ERROR : 0)));
	if (rw)
		put_str(g, y, w - rw, rw, right, ST_STATUS);
}

static const char *const editor_help[][2] = {
	{"Enter", "In the note editor: save the note (in a prompt: accept)"},
	{"Esc", "In the note editor: discard the note (in a prompt: cancel)"},
	{"Ctrl-J", "In the note editor: start a new line"},
	{"Left, Right", "In the note editor: move the cursor"},
	{"Home, End", "In the note editor: go to the start or end of the line"},
	{"Backspace, Delete", "In the note editor: delete before or under the cursor"},
	{"Ctrl-W, Ctrl-U", "In the note editor: delete the word or the line before the cursor"},
};

static void draw_help(struct reader *r, struct grid *g)
{
	int y = 0, line = 0;
	char keys[128];

	fill(g, 0, 0, g->cols, ST_HEADER | ST_FOCUS);
	put_str(g, 0, 1, g->cols - 1, "dateline keys   (Esc closes, j/k scroll)",
		ST_HEADER | ST_FOCUS);
	y = 1;
	int kw = g->cols >= 60 ? 20 : g->cols / 3;
	int total = (int)ACT_COUNT - 1 + 1 + (int)(sizeof(editor_help) / sizeof(editor_help[0]));
	if (r->help_top > total - (g->rows - 2))
		r->help_top = total - (g->rows - 2) > 0 ? total - (g->rows - 2) : 0;
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++, line++) {
		if (line < r->help_top || y >= g->rows - 1)
			continue;
		actions_keys((enum ui_action)a, keys, sizeof(keys));
		put_clipped(g, y, 1, kw - 1, keys, strlen(keys), ST_LABEL);
		put_clipped(g, y, kw + 1, g->cols - kw - 1, actions_help((enum ui_action)a),
			    strlen(actions_help((enum ui_action)a)), 0);
		y++;
	}
	if (line++ >= r->help_top && y < g->rows - 1)
		y++;
	for (size_t i = 0; i < sizeof(editor_help) / sizeof(editor_help[0]); i++, line++) {
		if (line < r->help_top || y >= g->rows - 1)
			continue;
		put_clipped(g, y, 1, kw - 1, editor_help[i][0], strlen(editor_help[i][0]),
			    ST_LABEL);
		put_clipped(g, y, kw + 1, g->cols - kw - 1, editor_help[i][1],
			    strlen(editor_help[i][1]), 0);
		y++;
	}
	fill(g, g->rows - 1, 0, g->cols, ST_STATUS);
	put_str(g, g->rows - 1, 1, g->cols - 1, "Help · Esc closes", ST_STATUS);
}

void reader_draw(struct reader *r, struct grid *g)
{
	grid_setup(g, r->rows, r->cols);
	if (r->rows < 6 || r->cols < 20) {
		const char *msg = "terminal too small";
		if (r->rows > 0 && r->cols > 0)
			put_str(g, r->rows / 2, 0, r->cols, msg, ST_ERROR);
		return;
	}
	if (r->mode == MODE_HELP) {
		draw_help(r, g);
		return;
	}
	if (r->wide) {
		draw_article(r, g);
		for (int y = 0; y < r->rows - 1; y++)
			put_str(g, y, r->area[PANE_ARTICLE].w, 1, "│", ST_BORDER);
		draw_list(r, g, PANE_TIMELINE);
		draw_list(r, g, PANE_CLAIMS);
		draw_list(r, g, PANE_NOTES);
	} else {
		draw_tabs(r, g);
		if (r->focus == PANE_ARTICLE)
			draw_article(r, g);
		else
			draw_list(r, g, r->focus);
	}
	if (r->mode == MODE_NOTE) {
		int h = r->rows >= 12 ? 5 : 2, top = r->rows - 2 - h;
		char head[160];
		for (int y = top; y < r->rows - 1; y++)
			fill(g, y, 0, g->cols, 0);
		snprintf(head, sizeof(head),
			 " %s note on ¶%zu · Enter saves · Esc cancels · Ctrl-J new line",
			 r->note_id ? "Edit the" : "New",
			 doc_paragraph_at(r->d, r->note_span.start) + 1);
		fill(g, top, 0, g->cols, ST_HEADER | ST_FOCUS);
		put_clipped(g, top, 0, g->cols, head, strlen(head), ST_HEADER | ST_FOCUS);
		draw_editor(r, g, top + 1, 1, g->cols - 2, h);
	}
	draw_status(r, g);
}

void reader_keys_md(struct buf *b)
{
	char keys[128];

	buf_puts(b,
		 "# dateline keys\n\n"
		 "Generated from the reader's action list (`dateline --keys-md`); do not edit.\n\n"
		 "| Keys | Action | What it does |\n| --- | --- | --- |\n");
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		actions_keys((enum ui_action)a, keys, sizeof(keys));
		buf_printf(b, "| %s | `%s` | %s |\n", keys, actions_name((enum ui_action)a),
			   actions_help((enum ui_action)a));
	}
	buf_puts(b, "\n## In the note editor and prompts\n\n"
		    "| Keys | What they do |\n| --- | --- |\n");
	for (size_t i = 0; i < sizeof(editor_help) / sizeof(editor_help[0]); i++)
		buf_printf(b, "| %s | %s |\n", editor_help[i][0],
			   editor_help[i][1] + strlen("In the note editor: "));
	buf_puts(b, "\nThe mouse wheel scrolls the pane under the pointer; a click selects.\n");
}
