/* ui_layout: where the panes go: one pane with tabs on a narrow screen; side by side on a wide
 * one, the article at a readable measure and the lists sharing the rest by what they hold, their
 * rows wrapped onto a second line when there is room. */
#include <string.h>

#include "reader_int.h"

/* The rows a list's items may take: a row each, or with wrap, a second one for each item whose
 * row does not fit (counted only for a list that could fit at all). */
static int list_want(struct reader *r, enum pane p, int w, int avail, bool wrap)
{
	size_t n = pane_ops[p].count(r);
	int want = 1 + (n ? (int)(n < (size_t)avail ? n : (size_t)avail) : 1);

	if (pane_ops[p].extra_rows)
		want += pane_ops[p].extra_rows(r);
	if (want > avail)
		want = avail;

	if (wrap && n && n < (size_t)avail)
		for (size_t i = 0; i < n && want <= avail; i++)
			want += pane_row_overflows(r, p, i, w);
	return want;
}

/* Shares total rows among k panes: each at least min, then up to what it wants, fairly; returns
 * what is left. */
static int share(int *got, const int *want, int k, int total)
{
	bool more = true;

	while (total > 0 && more) {
		int hungry = 0;
		for (int i = 0; i < k; i++)
			hungry += got[i] < want[i];
		more = hungry > 0;
		if (!more)
			break;
		int each = total / hungry > 0 ? total / hungry : 1;
		for (int i = 0; i < k && total > 0; i++) {
			int add = want[i] - got[i];
			if (add <= 0)
				continue;
			if (add > each)
				add = each;
			got[i] += add;
			total -= add;
		}
	}
	return total;
}

/* Rows a list's area has left over when every item has one wrap the items that need it, from
 * the first; the work is bounded by the area's rows, as there are fewer items than rows. */
static void wrap_spare_rows(struct reader *r, enum pane p)
{
	const struct rect a = r->area[p];
	size_t n = pane_ops[p].count(r);
	long spare = (long)a.h - 1 - (long)n;

	if (!n || spare <= 0)
		return;
	r->item_lines[p] = xrealloc(r->item_lines[p], n);
	r->nitem_lines[p] = n;
	for (size_t k = 0; k < n; k++) {
		int two = spare > 0 ? pane_row_overflows(r, p, k, a.w - 1) : 0;
		r->item_lines[p][k] = (unsigned char)(1 + two);
		spare -= two;
	}
}

/* Lays out the three lists in a column at x, w wide, avail rows high. */
static void layout_lists(struct reader *r, int x, int w, int avail)
{
	static const enum pane lists[3] = {PANE_TIMELINE, PANE_CLAIMS, PANE_NOTES};
	int got[3], want[3], min = avail >= 9 ? 3 : avail / 3, left = avail - 3 * min;

	for (int i = 0; i < 3; i++) {
		got[i] = min;
		want[i] = list_want(r, lists[i], w - 1, avail, false);
	}
	left = share(got, want, 3, left);
	if (left > 0) {
		for (int i = 0; i < 3; i++)
			want[i] = list_want(r, lists[i], w - 1, avail, true);
		left = share(got, want, 3, left);
	}
	/* What no list needs is shared alike, the rest to the first. */
	for (int i = 0; i < 3; i++)
		got[i] += left / 3 + (i == 0 ? left % 3 : 0);
	for (int i = 0, y = 0; i < 3; y += got[i], i++) {
		enum pane p = lists[i];
		r->area[p] = (struct rect){y, x, got[i], w};
		wrap_spare_rows(r, p);
	}
}

void reader_layout(struct reader *r)
{
	int rows = r->rows, cols = r->cols;

	memset(r->area, 0, sizeof(r->area));
	memset(r->nitem_lines, 0, sizeof(r->nitem_lines));
	r->wide = cols >= READER_WIDE_COLS;
	if (reader_too_small(r))
		return;
	if (r->wide) {
		int right = cols * 2 / 5, left = cols - right - 1, avail = rows - 1;
		if (left > READER_ARTICLE_MAX) {
			left = READER_ARTICLE_MAX;
			right = cols - left - 1;
		}
		/* The article has a title line, as the lists have, that shows the focus. */
		r->area[PANE_ARTICLE] = (struct rect){1, 0, avail - 1, left};
		layout_lists(r, left + 1, right, avail);
	} else {
		r->area[r->focus] = (struct rect){1, 0, rows - 2, cols};
		if (r->focus != PANE_ARTICLE)
			wrap_spare_rows(r, r->focus);
	}
	int aw = r->wide ? r->area[PANE_ARTICLE].w : cols;
	r->article_width = aw - 2 > 2 ? aw - 2 : 2;
	if (!r->wide && r->focus != PANE_ARTICLE)
		r->area[PANE_ARTICLE].h = rows - 2; /* the place is kept for the hidden article */
}

enum pane reader_pane_at(const struct reader *r, int y, int x)
{
	for (int p = 0; p < PANE_COUNT; p++) {
		const struct rect *a = &r->area[p];
		int top = a->y - (p == PANE_ARTICLE && r->wide); /* the article's title line */
		if (a->h > 0 && (r->wide || (enum pane)p == r->focus) && y >= top &&
		    y < a->y + a->h && x >= a->x && x < a->x + a->w)
			return (enum pane)p;
	}
	return PANE_COUNT;
}

/* ---- list rows over one or two lines ---- */

/* Draws item i of list p into the reader's scratch row, w columns wide. */
static void scratch_row(struct reader *r, enum pane p, size_t i, int w, uint16_t sel)
{
	grid_setup(&r->scratch, 1, w > 0 ? w : 1);
	r->scratch.ascii = r->ascii;
	if (sel)
		grid_fill(&r->scratch, 0, 0, w, sel);
	pane_ops[p].draw_row(r, &r->scratch, i, 0, 0, w, sel);
}

/* True for a blank or a space on the scratch row. */
static bool scratch_blank(const struct grid *s, int x)
{
	const struct cell *c = &s->cells[x];
	if (c->off == CELL_BLANK)
		return c->width == 1;
	return c->len == 1 && s->text.data[c->off] == ' ';
}

int pane_row_overflows(struct reader *r, enum pane p, size_t i, int w)
{
	if (w < 2)
		return 0;
	/* Twice as wide and a little more: a text cut there ends in "…" after a whole word, which
	 * keeps at least half its room, so past column w whenever it does not fit in w. */
	int wide = 2 * w + 2;
	scratch_row(r, p, i, wide, 0);
	for (int x = w; x < wide; x++)
		if (!scratch_blank(&r->scratch, x))
			return 1;
	return 0;
}

int pane_item_lines(const struct reader *r, enum pane p, size_t i)
{
	return i < r->nitem_lines[p] ? r->item_lines[p][i] : 1;
}

size_t pane_item_at(const struct reader *r, enum pane p, int row)
{
	size_t i = r->list_top[p], n = pane_ops[p].count(r);

	if (pane_ops[p].item_at)
		return pane_ops[p].item_at(r, p, row);
	if (row < 0)
		return SIZE_MAX;
	for (; i < n; i++) {
		row -= pane_item_lines(r, p, i);
		if (row < 0)
			return i;
	}
	return SIZE_MAX;
}

/* Where a row drawn on the scratch row, width columns wide, breaks for a first line of w columns:
 * after its last blank past indent (else at w), and where its second line starts (after the
 * blanks there). */
static void scratch_break(const struct grid *s, int width, int w, int indent, int *brk, int *rest)
{
	*brk = w;
	if (!scratch_blank(s, w)) {
		for (int k = w; k > indent; k--)
			if (scratch_blank(s, k - 1)) {
				*brk = k;
				break;
			}
	}
	*rest = *brk;
	while (*rest < width && scratch_blank(s, *rest))
		(*rest)++;
}

void pane_draw_item(struct reader *r, struct grid *g, enum pane p, size_t i, int y, int lines,
		    uint16_t sel)
{
	const struct rect a = r->area[p];
	int x = a.x + 1, w = a.w - 1;

	if (lines < 2 || w < 8) {
		pane_ops[p].draw_row(r, g, i, y, x, w, sel);
		return;
	}
	/* Drawn three lines wide to see where the first line breaks and where its label ends. */
	scratch_row(r, p, i, 3 * w, sel);
	const struct grid *s = &r->scratch;
	int indent = 0;
	while (indent < w / 3 && (s->cells[indent].style & ST_LABEL))
		indent++;
	while (indent < w / 3 && scratch_blank(s, indent))
		indent++;
	if (indent >= w / 3)
		indent = 2;
	int width = 3 * w, brk, rest;
	scratch_break(s, width, w, indent, &brk, &rest);
	/* Again at the width the two lines hold, so that a cut text ends in "…" there, until the
	 * breaks found are those of the row drawn: a row that gives what a note is on less room
	 * when narrower moves its words, and a break found on the wider one cut them ("the int"
	 * over "erview"). */
	for (int pass = 0; pass < 4 && rest + w - indent != width; pass++) {
		width = rest + w - indent;
		scratch_row(r, p, i, width, sel);
		scratch_break(s, width, w, indent, &brk, &rest);
	}
	grid_copy(g, y, x, &r->scratch, 0, 0, brk);
	grid_copy(g, y + 1, x + indent, &r->scratch, 0, rest, w - indent);
}
