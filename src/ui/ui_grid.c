/* ui_grid: glyphs (what a character of the text becomes on screen) and drawing text into the
 * reader's grid of cells, which the terminal layer copies to the screen. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* wcwidth() */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unilbrk.h>
#include <uniwidth.h>
#include <wchar.h>

#include "reader_int.h"

static bool glyph_dropped(uint32_t cp)
{
	/* Joiners, selectors, skin-tone modifiers, soft hyphens and invisible format characters:
	 * libc, libunistring and terminals disagree on them, so (like less) they are not drawn. */
	return cp == 0x200D || cp == 0x00AD || (cp >= 0xFE00 && cp <= 0xFE0F) ||
	       (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0x200B && cp <= 0x200F) ||
	       (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF || (cp >= 0xE0000 && cp <= 0xE007F) ||
	       (cp >= 0xE0100 && cp <= 0xE01EF);
}

/* ASCII for characters a terminal without them would show as "?". */
static const struct {
	uint32_t cp;
	const char *ascii;
	bool mark; /* one of the reader's own marks (also for a UTF-8 terminal of 8 colours) */
} spellings[] = {
	{0x2502, "|", true},   {0x2503, "|", true},   {0x2500, "-", true},   {0x2026, "...", true},
	{0x258C, ">", true},   {0x25B8, ">", true},   {0x2018, "'", false},  {0x2019, "'", false},
	{0x201A, "'", false},  {0x201B, "'", false},  {0x2032, "'", false},  {0x201C, "\"", false},
	{0x201D, "\"", false}, {0x201E, "\"", false}, {0x201F, "\"", false}, {0x2033, "\"", false},
	{0x00AB, "\"", false}, {0x00BB, "\"", false}, {0x2010, "-", false},  {0x2011, "-", false},
	{0x2012, "-", false},  {0x2013, "-", false},  {0x2014, "-", false},  {0x2015, "-", false},
	{0x2212, "-", false},  {0x00B7, "-", false},  {0x2022, "*", false},  {0x00B6, "#", false},
	{0x00A0, " ", false},  {0x25CF, "*", true},   {0x2506, ":", true},
};

static const char *glyph_spelling(uint32_t cp, bool marks_only)
{
	for (size_t i = 0; i < sizeof(spellings) / sizeof(spellings[0]); i++)
		if (spellings[i].cp == cp)
			return !marks_only || spellings[i].mark ? spellings[i].ascii : NULL;
	return NULL;
}

const char *glyph_ascii_mark(uint32_t cp)
{
	return glyph_spelling(cp, true);
}

void glyph_at(const char *s, size_t n, struct glyph *g, char scratch[16])
{
	unsigned char c = (unsigned char)s[0];
	uint32_t cp;
	int k;

	memset(g, 0, sizeof(*g));
	g->len = 1;
	g->cp = c;
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
		g->control = g->spelled = true;
		return;
	}
	k = text_decode(s, n, &cp);
	if (k == 0) {
		g->cp = 0;
		g->draw = MB_CUR_MAX > 1 ? "\xEF\xBF\xBD" : "?";
		g->drawlen = MB_CUR_MAX > 1 ? 3 : 1;
		g->width = 1;
		return;
	}
	g->len = (size_t)k;
	g->cp = cp;
	if ((cp >= 0x80 && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
	    (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029) {
		snprintf(scratch, 16, "<U+%04X>", (unsigned)cp);
		g->draw = scratch;
		g->drawlen = 8;
		g->width = 8;
		g->control = g->spelled = true;
		return;
	}
	if (glyph_dropped(cp))
		return;
	const char *ascii = MB_CUR_MAX > 1 ? NULL : glyph_spelling(cp, false);
	if (ascii) {
		g->draw = ascii;
		g->drawlen = strlen(ascii);
		g->width = (int)g->drawlen;
		g->spelled = g->drawlen > 1;
		g->space = cp == 0xA0;
		return;
	}
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

void grid_setup(struct grid *g, int rows, int cols)
{
	size_t n = (size_t)(rows > 0 ? rows : 0) * (size_t)(cols > 0 ? cols : 0);

	if (g->rows != rows || g->cols != cols || !g->cells) {
		free(g->cells);
		g->cells = xcalloc(n ? n : 1, sizeof(*g->cells));
		g->rows = rows;
		g->cols = cols;
	}
	for (size_t i = 0; i < n; i++)
		g->cells[i] = (struct cell){CELL_BLANK, 0, 1, 0};
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

static struct cell *grid_cell(struct grid *g, int y, int x)
{
	return &g->cells[(size_t)y * (size_t)g->cols + (size_t)x];
}

void grid_fill(struct grid *g, int y, int x, int w, uint16_t style)
{
	if (y < 0 || y >= g->rows)
		return;
	for (int i = x; i < x + w && i < g->cols; i++)
		if (i >= 0)
			*grid_cell(g, y, i) = (struct cell){CELL_BLANK, 0, 1, style};
}

int grid_put_glyph(struct grid *g, int y, int x, int limit, const struct glyph *gl, uint16_t style)
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
			struct cell *c = grid_cell(g, y, x - 1);
			if (c->width == 0 && x > 1)
				c = grid_cell(g, y, x - 2);
			if (c->off != CELL_BLANK && c->off + c->len == g->text.len &&
			    c->len < 60000) {
				buf_put(&g->text, gl->draw, gl->drawlen);
				c->len = (uint16_t)(c->len + gl->drawlen);
				return 0;
			}
		}
		if (x >= limit)
			return 0;
		struct cell *c = grid_cell(g, y, x);
		c->off = (uint32_t)g->text.len;
		buf_puts(&g->text, " ");
		buf_put(&g->text, gl->draw, gl->drawlen);
		c->len = (uint16_t)(1 + gl->drawlen);
		c->width = 1;
		c->style = style;
		return 1;
	}
	if (x + gl->width > limit) {
		grid_fill(g, y, x, limit - x, style);
		return limit > x ? limit - x : 0;
	}
	if (gl->spelled) {
		/* "^[", "<U+202E>" or "...": plain ASCII, one cell a byte. */
		for (size_t i = 0; i < gl->drawlen; i++) {
			struct cell *c = grid_cell(g, y, x + (int)i);
			c->off = (uint32_t)g->text.len;
			buf_putc(&g->text, gl->draw[i]);
			c->len = 1;
			c->width = 1;
			c->style = (uint16_t)(style | (gl->control ? ST_CONTROL : 0));
		}
		return gl->width;
	}
	struct cell *c = grid_cell(g, y, x);
	c->off = (uint32_t)g->text.len;
	buf_put(&g->text, gl->draw, gl->drawlen);
	c->len = (uint16_t)gl->drawlen;
	c->width = (uint8_t)gl->width;
	c->style = style;
	if (gl->width == 2) {
		struct cell *r = grid_cell(g, y, x + 1);
		*r = (struct cell){CELL_BLANK, 0, 0, style};
	}
	return gl->width;
}

int grid_put_text(struct grid *g, int y, int x, int w, const char *s, size_t n, uint16_t style)
{
	char scratch[16];
	struct glyph gl;
	int col = x, limit = x + w;

	for (size_t i = 0; i < n && col < limit; i += gl.len) {
		glyph_at(s + i, n - i, &gl, scratch);
		const char *mark = g->ascii ? glyph_ascii_mark(gl.cp) : NULL;
		if (mark && gl.width > 0) {
			gl.draw = mark;
			gl.drawlen = strlen(mark);
			gl.width = (int)gl.drawlen;
			gl.spelled = true;
		}
		col += grid_put_glyph(g, y, col, limit, &gl, style);
	}
	return col - x;
}

int grid_put_str(struct grid *g, int y, int x, int w, const char *s, uint16_t style)
{
	return grid_put_text(g, y, x, w, s, strlen(s), style);
}

/* True when a cut between glyphs a and b splits a word: both are letters or digits that take
 * one column (text in ideographs, which has no spaces, may be cut between any two). */
static bool inside_word(const struct glyph *a, const struct glyph *b)
{
	return a->width == 1 && b->width == 1 && text_is_alnum(a->cp) && text_is_alnum(b->cp) &&
	       !a->control && !b->control;
}

size_t grid_clip_words(const char *s, size_t n, int w)
{
	char scratch[16];
	struct glyph prev = {0}, gl;
	size_t cut = 0, word_end = 0;
	int used = 0, word_used = 0;

	for (size_t i = 0; i < n; i += gl.len) {
		glyph_at(s + i, n - i, &gl, scratch);
		if (i > 0 && gl.width > 0 && !inside_word(&prev, &gl)) {
			size_t e = i;
			while (e > 0 && s[e - 1] == ' ')
				e--;
			/* "¶1/6 · 0%…", not "¶1/6 · 0% ·…": a separator goes with what follows */
			if (e >= 3 && memcmp(s + e - 2, "\xC2\xB7", 2) == 0 && s[e - 3] == ' ')
				for (e -= 2; e > 0 && s[e - 1] == ' ';)
					e--;
			/* "in that law…", not "in that law ……": an ellipsis before the cut (the
			 * " … " that joins the parts of a quote) gives way to the cut's own */
			else if (e >= 3 && memcmp(s + e - 3, "\xE2\x80\xA6", 3) == 0)
				for (e -= 3; e > 0 && s[e - 1] == ' ';)
					e--;
			if (e > 0) {
				word_end = e;
				word_used = used;
			}
		}
		if (used + gl.width > w) {
			cut = i;
			break;
		}
		used += gl.width;
		if (gl.width > 0 || i == 0)
			prev = gl;
		cut = i + gl.len;
	}
	if (cut >= n || cut == word_end)
		return cut;
	/* A word cut in two reads as another word ("Ascend" as "As…"): end at the last whole word
	 * when that keeps at least half the room; a longer word is cut where it must be. */
	if (word_end && word_used * 2 >= w)
		return word_end;
	return cut;
}

int grid_put_clipped(struct grid *g, int y, int x, int w, const char *s, size_t n, uint16_t style)
{
	if (w <= 0)
		return 0;
	if (reader_text_width(s, n) <= w)
		return grid_put_text(g, y, x, w, s, n, style);
	bool ascii = g->ascii || MB_CUR_MAX == 1;
	int ew = ascii && w > 3 ? 3 : 1;
	int used = grid_put_text(g, y, x, w - ew, s, grid_clip_words(s, n, w - ew), style);
	return used + grid_put_str(g, y, x + used, ew, ew == 3 ? "..." : "…", style);
}

void grid_copy(struct grid *g, int y, int x, const struct grid *src, int sy, int sx, int n)
{
	if (y < 0 || y >= g->rows || sy < 0 || sy >= src->rows)
		return;
	for (int i = 0; i < n && x + i < g->cols && sx + i < src->cols; i++) {
		if (x + i < 0 || sx + i < 0)
			continue;
		const struct cell *c =
			&src->cells[(size_t)sy * (size_t)src->cols + (size_t)(sx + i)];
		struct cell *d = grid_cell(g, y, x + i);
		*d = *c;
		if (c->off != CELL_BLANK) {
			d->off = (uint32_t)g->text.len;
			buf_put(&g->text, src->text.data + c->off, c->len);
		}
	}
	/* A wide character cut in half at either end becomes a blank. */
	if (n > 0 && x >= 0 && x < g->cols && grid_cell(g, y, x)->width == 0)
		*grid_cell(g, y, x) = (struct cell){CELL_BLANK, 0, 1, grid_cell(g, y, x)->style};
	int last = x + n - 1;
	if (last >= 0 && last < g->cols && grid_cell(g, y, last)->width == 2)
		*grid_cell(g, y, last) =
			(struct cell){CELL_BLANK, 0, 1, grid_cell(g, y, last)->style};
}

void glyph_run_on(const char *t, size_t i, size_t e, struct glyph *g, char scratch[16])
{
	glyph_at(t + i, e - i, g, scratch);
	if (t[i] == '\n')
		while (i + g->len < e && (t[i + g->len] == ' ' || t[i + g->len] == '\t'))
			g->len++;
}

bool after_soft_hyphen(const char *t, size_t s, size_t i)
{
	return i >= s + 2 && (unsigned char)t[i - 2] == 0xC2 && (unsigned char)t[i - 1] == 0xAD;
}

/* Is i inside an abbreviation with stops ("U.S.", "a.m."), between a stop after a letter and a
 * letter? UAX #14 (as libunistring 1.0 reads it) allows a break there, which shows "a." at a
 * line's end and "m." under it. */
static bool inside_abbreviation(const char *t, size_t s, size_t i)
{
	return i >= s + 2 && t[i - 1] == '.' && text_is_ascii_letter(t[i - 2]) &&
	       text_is_ascii_letter(t[i]);
}

/* May a line that holds lw columns end before t[i] (i > s), brk being UAX #14's breaks of
 * t[s..) (WRAP_TEXT) and after_space whether the glyph before i is a space (WRAP_WORDS)? */
static bool may_break(const char *t, size_t s, size_t i, const char *brk, bool after_space, int lw,
		      int w)
{
	if (!brk)
		return after_space;
	char b = brk[i - s];
	/* A break after a soft hyphen needs a column for the hyphen it shows. */
	return (b == UC_BREAK_POSSIBLE || b == UC_BREAK_MANDATORY) &&
	       !(after_soft_hyphen(t, s, i) && lw + 1 > w) &&
	       !(b == UC_BREAK_POSSIBLE && inside_abbreviation(t, s, i));
}

size_t wrap_lines(const char *t, size_t s, size_t e, int w, enum wrap_mode mode, size_t **starts)
{
	char scratch[16], *brk = NULL;
	struct glyph g;
	size_t count = 0, cap = 0, start = s, last = 0;
	int lw = 0, wlast = 0;
	bool after_space = false;

	if (w < 1)
		w = 1;
	*starts = xgrow(NULL, &cap, 1, sizeof(size_t));
	(*starts)[count++] = s;
	if (e <= s)
		return count;
	if (mode == WRAP_TEXT) {
		brk = xmalloc(e - s);
		u8_possible_linebreaks((const uint8_t *)t + s, e - s, "UTF-8", brk);
	}
	for (size_t i = s; i < e; i += g.len) {
		if (mode == WRAP_WORDS && t[i] == '\n') {
			*starts = xgrow(*starts, &cap, count + 1, sizeof(size_t));
			(*starts)[count++] = start = i + 1;
			lw = 0;
			last = 0;
			after_space = false;
			g.len = 1;
			continue;
		}
		glyph_run_on(t, i, e, &g, scratch);
		if (i > start && may_break(t, s, i, brk, after_space, lw, w)) {
			last = i;
			wlast = lw;
		}
		/* A glyph of no width needs no room (the editor's lines, WRAP_WORDS, have always
		 * broken before one after spaces that ran past the edge). */
		if (!g.space && lw + g.width > w && (g.width > 0 || mode == WRAP_WORDS)) {
			if (last > start) {
				start = last;
				lw -= wlast;
			} else {
				start = i;
				lw = 0;
			}
			last = 0;
			*starts = xgrow(*starts, &cap, count + 1, sizeof(size_t));
			(*starts)[count++] = start;
		}
		lw += g.width;
		after_space = g.space;
	}
	free(brk);
	return count;
}

void grid_text(const struct grid *g, struct buf *out)
{
	for (int y = 0; y < g->rows; y++) {
		size_t mark = out->len, keep = out->len;
		for (int x = 0; x < g->cols; x++) {
			const struct cell *c = &g->cells[(size_t)y * (size_t)g->cols + (size_t)x];
			if (c->width == 0 && c->off == CELL_BLANK)
				continue;
			if (c->off == CELL_BLANK) {
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
