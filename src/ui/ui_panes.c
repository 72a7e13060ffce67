/* ui_panes: the table of what differs between the panes, and the lists (timeline, claims, notes):
 * their selection, opening an item in the article, the jump keys and drawing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader_int.h"

/* ---- the panes that list items ---- */

static void list_go_end(struct reader *r, enum pane p, bool bottom)
{
	long n = (long)pane_ops[p].count(r);

	pane_move(r, p, bottom ? n : -n);
}

static long list_page(const struct reader *r, enum pane p)
{
	return pane_list_rows(r, p);
}

/* ---- the article (no items: its lines are ui_article.c's) ---- */

static void article_pane_draw(struct reader *r, struct grid *g, enum pane p)
{
	if (r->wide)
		pane_draw_header(r, g, p);
	article_draw(r, g);
}

static void article_pane_scroll(struct reader *r, enum pane p, long n)
{
	(void)p;
	article_scroll(r, n);
}

static void article_pane_go_end(struct reader *r, enum pane p, bool bottom)
{
	(void)p;
	article_set_top(r, bottom ? article_max_top(r) : (struct line_pos){0, 0});
}

static long article_pane_page(const struct reader *r, enum pane p)
{
	(void)p;
	return article_rows(r) > 1 ? article_rows(r) : 1;
}

static size_t article_pane_count(const struct reader *r)
{
	(void)r;
	return 0;
}

static const char *article_pane_empty(const struct reader *r)
{
	(void)r;
	return "(the article is empty)";
}

/* ---- the timeline ---- */

static size_t timeline_pane_count(const struct reader *r)
{
	return r->tl->nevents;
}

/* The label of event i in the pane: the year where it is not obvious (the first event of each
 * year, the top row on screen, every event whose year is not the article's); an unknown year
 * as "?" after the date, which the pane's title explains. */
static const char *timeline_label(const struct reader *r, size_t i)
{
	if (r->tl->events[i].year == 0)
		return timex_event_label_fit(&r->tl->events[i], false);
	/* the top row says its year, whatever is scrolled off above it */
	if (i == r->list_top[PANE_TIMELINE])
		return timex_event_label_fit(&r->tl->events[i], true);
	return timex_event_pane_label(r->tl, i, doc_anchor(r->d, NULL).year);
}

/* The columns before a summary: the widest label among the rows on screen and a space, at least
 * 8 and at most TIMEX_LABEL_COLS, so that the summaries line up; a longer label
 * (timex_event_label_fit() fits one to TIMEX_LABEL_COLS) pushes its own summary on, so that one
 * long label does not take the pane's width from every row. The work is the screen's, not the
 * timeline's. */
static int timeline_label_cols(const struct reader *r)
{
	size_t top = r->list_top[PANE_TIMELINE], n = r->tl->nevents;
	size_t h = r->area[PANE_TIMELINE].h > 0 ? (size_t)r->area[PANE_TIMELINE].h : 0;
	int cols = 7;

	for (size_t i = top; i < n && i < top + h; i++) {
		const char *l = timeline_label(r, i);
		int w = reader_text_width(l, strlen(l));
		if (w > cols && w < TIMEX_LABEL_COLS)
			cols = w;
	}
	return cols + 1;
}

static void timeline_pane_draw_row(const struct reader *r, struct grid *g, size_t i, int y, int x,
				   int w, uint16_t sel)
{
	const char *summary = timex_event_summary(r->tl, i);
	summary = summary ? summary : "";
	const char *label = timeline_label(r, i);
	int used = grid_put_str(g, y, x, w, label, (uint16_t)(sel | ST_LABEL)), cols;

	cols = timeline_label_cols(r);
	used = used < cols ? cols : used + 1;
	grid_put_clipped(g, y, x + used, w - used, summary, strlen(summary), sel);
}

void timeline_pane_header_note(const struct reader *r, char *out, size_t n)
{
	size_t k = r->tl->nevents;

	if (n)
		out[0] = '\0';
	if (!k || r->tl->events[k - 1].year != 0)
		return;
	snprintf(out, n,
		 r->tl->events[0].year == 0 ? " · year unknown (:date)" : " · ? year unknown");
}

static struct span timeline_pane_extent(const struct reader *r, size_t i)
{
	return r->tl->events[i].span;
}

static void timeline_pane_open(struct reader *r, size_t i)
{
	const struct event *e = &r->tl->events[i];

	pane_show_item(r, PANE_TIMELINE, i);
	char when[48];
	pane_event_when(r, i, when, sizeof(when));
	reader_status_set(r, false, "Event %zu/%zu · %s · ¶%zu", i + 1, r->tl->nevents, when,
			  (size_t)e->paragraph + 1);
}

static const char *timeline_pane_empty(const struct reader *r)
{
	return r->analysing ? "Finding dates…" : "No dated events found";
}

/* ---- the notes ---- */

/* The notes of this article; those of another article once saved under its path (foreign,
 * listed last) are not rows but the title's one line (notes_pane_header_note()). */
static size_t notes_pane_count(const struct reader *r)
{
	return r->notes->n - r->notes->foreign;
}

/* " · 2 notes of another article that was at this path" (kept, and in the export). */
static void notes_pane_header_note(const struct reader *r, char *out, size_t n)
{
	size_t k = r->notes->foreign;

	if (n)
		out[0] = '\0';
	if (k)
		snprintf(out, n, " · %zu note%s of another article that was at this path", k,
			 k == 1 ? "" : "s");
}

/* Draws what a note is on within w columns: whole when it fits, else up to a word and "…",
 * without the stop or comma before it. Returns the columns used. */
static int note_on_put(struct grid *g, int y, int x, int w, const char *s, bool cut, uint16_t style)
{
	size_t n = strlen(s);

	if (!cut && reader_text_width(s, n) <= w)
		return grid_put_text(g, y, x, w, s, n, style);
	int ew = (g->ascii || MB_CUR_MAX == 1) && w > 3 ? 3 : 1;
	size_t k = grid_clip_words(s, n, w - ew);
	while (k && strchr(" ,.;:", s[k - 1]))
		k--;
	int used = grid_put_text(g, y, x, w - ew, s, k, style);
	return used + grid_put_str(g, y, x + used, ew, ew == 3 ? "..." : "…", style);
}

/* A note's row: where it is, what it is on (a paragraph's opening words, an event's label, a
 * claim's speaker and cue; dim, in at most two fifths of the pane's width and at least 12
 * columns, less where the note needs the room) and the note:
 * "¶6 claim Pat Caddell said · Check the poll". */
static void notes_pane_draw_row(const struct reader *r, struct grid *g, size_t i, int y, int x,
				int w, uint16_t sel)
{
	const struct note *nt = &r->notes->items[i];
	const char *what = notes_on_what(r, i);
	char where[32];
	/* of the pane's width: a row drawn on two lines is drawn wider first */
	int used, lim = (r->area[PANE_NOTES].w - 1) * 2 / 5;

	if (nt->detached)
		snprintf(where, sizeof(where), "detached ");
	else
		snprintf(where, sizeof(where), "¶%zu ", nt->paragraph + 1);
	used = grid_put_str(g, y, x, w, where, (uint16_t)(sel | ST_LABEL));
	if (*what && w - used > 24) {
		/* the note's own words first: what it is on gives way to them, down to 12 */
		int room = w - used - 3 - reader_text_width(nt->text, strlen(nt->text));
		lim = lim < 12 ? 12 : lim > 40 ? 40 : lim;
		lim = room >= lim ? lim : room > 12 ? room : 12;
		used += note_on_put(g, y, x + used, lim, what, notes_on_cut(r, i),
				    (uint16_t)(sel | ST_DIM));
		used += grid_put_str(g, y, x + used, w - used, " · ", (uint16_t)(sel | ST_DIM));
	}
	grid_put_clipped(g, y, x + used, w - used, nt->text, strlen(nt->text), sel);
}

static struct span notes_pane_extent(const struct reader *r, size_t i)
{
	return r->notes->items[i].span;
}

static void notes_pane_open(struct reader *r, size_t i)
{
	const struct note *n = &r->notes->items[i];

	r->sel[PANE_NOTES] = i;
	pane_follow(r, PANE_NOTES);
	if (n->detached) {
		reader_status_set(r, true,
				  "This note could not be placed in this version of the article");
		return;
	}
	r->has_current = true;
	r->current = notes_pane_extent(r, i);
	article_reveal(r, r->current.start);
	reader_status_set(r, false, "Note %zu/%zu · %s · ¶%zu", i + 1, notes_pane_count(r),
			  note_target_name(n->target), n->paragraph + 1);
}

static const char *notes_pane_empty(const struct reader *r)
{
	if (r->reading)
		return "Reading the article…";
	if (!r->db)
		return "Notes unavailable";
	return notes_readonly(r->db) ? "No notes (read-only)" : "No notes yet: a writes one";
}

/* ---- the table ---- */

const struct pane_ops pane_ops[PANE_COUNT] = {
	[PANE_ARTICLE] =
		{
			.name = "Article",
			.draw = article_pane_draw,
			.scroll = article_pane_scroll,
			.go_end = article_pane_go_end,
			.page = article_pane_page,
			.count = article_pane_count,
			.empty_text = article_pane_empty,
		},
	[PANE_TIMELINE] =
		{
			.name = "Timeline",
			.draw = axis_pane_draw,
			.scroll = pane_move,
			.go_end = list_go_end,
			.page = list_page,
			.count = timeline_pane_count,
			.draw_row = timeline_pane_draw_row,
			.open = timeline_pane_open,
			.empty_text = timeline_pane_empty,
			.extent = timeline_pane_extent,
			.note_target = NOTE_EVENT,
			.jump_waiting = "Still finding the dates: a moment",
			.jump_none = "No dated events in this article",
			.jump_last = "No later event",
			.jump_first = "No earlier event",
			.follow = axis_pane_follow,
			.item_at = axis_pane_item_at,
			.header_note = axis_pane_header_note,
			.extra_rows = axis_pane_extra_rows,
		},
	[PANE_CLAIMS] =
		{
			.name = "Claims",
			.draw = claims_pane_draw,
			.scroll = pane_move,
			.go_end = list_go_end,
			.page = claims_pane_page,
			.count = claims_pane_count,
			.draw_row = claims_pane_draw_row,
			.open = claims_pane_open,
			.empty_text = claims_pane_empty,
			.extent = claims_pane_extent,
			.note_target = NOTE_CLAIM,
			.jump_waiting = "Still finding the claims: a moment",
			.jump_none = "No claims in this article",
			.jump_last = "No further claim",
			.jump_first = "No earlier claim",
			.follow = claims_pane_follow,
			.item_at = claims_pane_item_at,
			.header_note = claims_pane_header_note,
			.extra_rows = claims_pane_extra_rows,
		},
	[PANE_NOTES] =
		{
			.name = "Notes",
			.draw = pane_list_draw,
			.scroll = pane_move,
			.go_end = list_go_end,
			.page = list_page,
			.count = notes_pane_count,
			.draw_row = notes_pane_draw_row,
			.open = notes_pane_open,
			.empty_text = notes_pane_empty,
			.header_note = notes_pane_header_note,
			.extent = notes_pane_extent,
		},
};

/* ---- selection ---- */

int pane_list_rows(const struct reader *r, enum pane p)
{
	int h = r->area[p].h - 1;
	return h > 0 ? h : 1;
}

void pane_show_item(struct reader *r, enum pane p, size_t i)
{
	r->sel[p] = i;
	pane_follow(r, p);
	r->visited[p] = true;
	r->has_current = true;
	r->current = pane_ops[p].extent(r, i);
	article_reveal(r, r->current.start);
}

void pane_follow(struct reader *r, enum pane p)
{
	if (pane_ops[p].follow)
		pane_ops[p].follow(r, p);
	else
		pane_list_follow(r, p);
}

void pane_list_follow(struct reader *r, enum pane p)
{
	int rows = pane_list_rows(r, p);
	size_t sel = r->sel[p];

	if (sel < r->list_top[p])
		r->list_top[p] = sel;
	/* The first item from which the selected one still fits (items take one or two lines). */
	size_t first = sel;
	int used = pane_item_lines(r, p, sel);
	while (first > r->list_top[p] && used + pane_item_lines(r, p, first - 1) <= rows)
		used += pane_item_lines(r, p, --first);
	if (first > r->list_top[p])
		r->list_top[p] = first;
	/* The list's end on screen fills the pane: one grown by a resize shows no empty rows under
	 * its last item while items are hidden above (the narrow screen's notes tab showed note 2
	 * of 2 alone). Walked back from the end, a screen's work. */
	size_t fill = pane_ops[p].count(r);
	used = 0;
	while (fill > 0 && used + pane_item_lines(r, p, fill - 1) <= rows)
		used += pane_item_lines(r, p, --fill);
	if (r->list_top[p] > fill)
		r->list_top[p] = fill;
}

void pane_move(struct reader *r, enum pane p, long delta)
{
	size_t n = pane_ops[p].count(r);

	if (!n)
		return;
	if (delta < 0 && (size_t)-delta > r->sel[p])
		r->sel[p] = 0;
	else if (delta > 0 && r->sel[p] + (size_t)delta >= n)
		r->sel[p] = n - 1;
	else
		r->sel[p] = (size_t)((long)r->sel[p] + delta);
	pane_follow(r, p);
}

void pane_jump(struct reader *r, enum pane p, bool forward)
{
	const struct pane_ops *ops = &pane_ops[p];
	size_t n = ops->count(r), i = r->sel[p];

	if (!n)
		reader_status_set(r, true, "%s", r->analysing ? ops->jump_waiting : ops->jump_none);
	else if (!r->visited[p])
		ops->open(r, forward ? 0 : n - 1);
	else if (forward ? i + 1 >= n : i == 0)
		reader_status_set(r, true, "%s", forward ? ops->jump_last : ops->jump_first);
	else
		ops->open(r, forward ? i + 1 : i - 1);
}

void pane_bring_forward(struct reader *r, enum pane p)
{
	if (!r->wide && r->focus != p)
		reader_focus(r, p);
}

/* ---- drawing ---- */

void pane_draw_header(const struct reader *r, struct grid *g, enum pane p)
{
	const struct rect a = r->area[p];
	char buf[320], note[160] = "";
	size_t n = pane_ops[p].count(r);
	uint16_t st = (uint16_t)(ST_HEADER | (r->focus == p ? ST_FOCUS : 0));
	int y = p == PANE_ARTICLE ? a.y - 1 : a.y;

	grid_fill(g, y, a.x, a.w, st);
	if (pane_ops[p].header_note)
		pane_ops[p].header_note(r, note, sizeof(note));
	if (p == PANE_ARTICLE)
		snprintf(buf, sizeof(buf), " %s  ¶%zu/%zu", pane_ops[p].name,
			 doc_paragraph_count(r->d) ? article_place_para(r) + 1 : 0,
			 doc_paragraph_count(r->d));
	else if (n)
		snprintf(buf, sizeof(buf), " %s  %zu/%zu%s", pane_ops[p].name, r->sel[p] + 1, n,
			 note);
	else
		snprintf(buf, sizeof(buf), " %s%s", pane_ops[p].name, note);
	grid_put_clipped(g, y, a.x, a.w, buf, strlen(buf), st);
}

uint16_t pane_row_style(const struct reader *r, enum pane p, size_t i)
{
	if (i != r->sel[p])
		return 0;
	return (uint16_t)(ST_SELECTED | (r->focus == p ? ST_FOCUS : 0));
}

void pane_list_draw(struct reader *r, struct grid *g, enum pane p)
{
	const struct pane_ops *ops = &pane_ops[p];
	const struct rect a = r->area[p];
	size_t n = ops->count(r);

	pane_draw_header(r, g, p);
	if (!n) {
		grid_put_str(g, a.y + 1, a.x + 1, a.w - 1, ops->empty_text(r), ST_DIM);
		return;
	}
	pane_follow(r, p);
	size_t i = r->list_top[p];
	for (int row = 0; row < a.h - 1 && i < n; i++) {
		int y = a.y + 1 + row, lines = pane_item_lines(r, p, i);
		if (row + lines > a.h - 1)
			lines = a.h - 1 - row;
		uint16_t sel = pane_row_style(r, p, i);
		if (sel)
			for (int k = 0; k < lines; k++)
				grid_fill(g, y + k, a.x, a.w, sel);
		pane_draw_item(r, g, p, i, y, lines, sel);
		row += lines;
	}
}

void pane_tab_labels(const struct reader *r, char labels[PANE_COUNT][32], int x[PANE_COUNT + 1])
{
	x[0] = 0;
	for (int p = 0; p < PANE_COUNT; p++) {
		size_t n = pane_ops[p].count(r);
		if (n)
			snprintf(labels[p], 32, " %s %zu ", pane_ops[p].name, n);
		else
			snprintf(labels[p], 32, " %s ", pane_ops[p].name);
		x[p + 1] = x[p] + reader_text_width(labels[p], strlen(labels[p])) + 1;
	}
}

void pane_draw_tabs(const struct reader *r, struct grid *g)
{
	char labels[PANE_COUNT][32];
	int x[PANE_COUNT + 1];

	grid_fill(g, 0, 0, g->cols, ST_HEADER);
	pane_tab_labels(r, labels, x);
	for (int p = 0; p < PANE_COUNT; p++) {
		uint16_t st = (uint16_t)(ST_HEADER | (r->focus == (enum pane)p ? ST_FOCUS : 0));
		if (x[p] < g->cols)
			grid_put_str(g, 0, x[p], g->cols - x[p], labels[p], st);
	}
}
