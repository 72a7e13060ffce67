/* reader: the reader's state machine: set-up, layout, keys and mouse to actions, the status line
 * and the frame, drawn into a grid of cells without any terminal (the panes, the search, the
 * editor, help and notes are in the ui_*.c files beside it). */
#include "reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader_int.h"

void reader_status_set(struct reader *r, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->status, sizeof(r->status), fmt, ap);
	va_end(ap);
	r->status_error = error;
}

/* ---- layout ---- */

static void layout(struct reader *r)
{
	int rows = r->rows, cols = r->cols;

	memset(r->area, 0, sizeof(r->area));
	r->wide = cols >= READER_WIDE_COLS;
	if (rows < READER_MIN_ROWS || cols < READER_MIN_COLS)
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
	article_mark(r);
	claims_view_reset(r);
	axis_reset(r);
}

void reader_set_analysis(struct reader *r, const struct timex_list *tl, const struct claim_list *cl)
{
	index_analysis(r, tl, cl);
	for (enum pane p = PANE_TIMELINE; p <= PANE_CLAIMS; p++)
		r->sel[p] = r->list_top[p] = 0;
	r->visited[PANE_TIMELINE] = r->visited[PANE_CLAIMS] = false;
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
	claims_view_free(r);
	axis_free(r);
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
		struct line_pos m = article_max_top(r);
		r->top_pos = pos_cmp(pos, m) > 0 ? m : pos;
		/* The place stays the reader's even when the end of the article clamps the view. */
		r->top = place;
	}
}

/* ---- actions ---- */

void reader_action(struct reader *r, enum ui_action a)
{
	enum pane f = r->focus;
	const struct pane_ops *ops = &pane_ops[f];
	long page = ops->page(r, f);

	switch (a) {
	case ACT_NONE:
	case ACT_COUNT:
		break;
	case ACT_DOWN:
		ops->scroll(r, f, 1);
		break;
	case ACT_UP:
		ops->scroll(r, f, -1);
		break;
	case ACT_PAGE_DOWN:
		ops->scroll(r, f, page);
		break;
	case ACT_PAGE_UP:
		ops->scroll(r, f, -page);
		break;
	case ACT_HALF_DOWN:
		ops->scroll(r, f, (page + 1) / 2);
		break;
	case ACT_HALF_UP:
		ops->scroll(r, f, -(page + 1) / 2);
		break;
	case ACT_TOP:
	case ACT_BOTTOM:
		ops->go_end(r, f, a == ACT_BOTTOM);
		break;
	case ACT_NEXT_PANE:
	case ACT_PREV_PANE:
		r->focus =
			(enum pane)((f + (a == ACT_NEXT_PANE ? 1 : PANE_COUNT - 1)) % PANE_COUNT);
		reader_resize(r, r->rows, r->cols);
		break;
	case ACT_OPEN:
		if (ops->count(r))
			ops->open(r, r->sel[f]);
		if (!r->wide && f != PANE_ARTICLE && r->has_current && !r->status_error) {
			r->focus = PANE_ARTICLE;
			reader_resize(r, r->rows, r->cols);
		}
		break;
	case ACT_NEXT_EVENT:
	case ACT_PREV_EVENT:
		pane_jump(r, PANE_TIMELINE, a == ACT_NEXT_EVENT);
		break;
	case ACT_NEXT_CLAIM:
	case ACT_PREV_CLAIM:
		pane_jump(r, PANE_CLAIMS, a == ACT_NEXT_CLAIM);
		break;
	case ACT_SPEAKER_FILTER:
		claims_filter_toggle(r);
		break;
	case ACT_SPEAKER_GROUP:
		claims_group_toggle(r);
		break;
	case ACT_TIMELINE_AXIS:
		axis_toggle(r);
		break;
	case ACT_SEARCH:
		search_prompt(r);
		break;
	case ACT_SEARCH_NEXT:
		search_step(r, true);
		break;
	case ACT_SEARCH_PREV:
		search_step(r, false);
		break;
	case ACT_ANNOTATE:
		reader_annotate(r);
		break;
	case ACT_EDIT_NOTE:
	case ACT_DELETE_NOTE:
		reader_note_change(r, a);
		break;
	case ACT_EXPORT:
		reader_export_prompt(r);
		break;
	case ACT_HELP:
		r->mode = MODE_HELP;
		r->help_top = 0;
		break;
	case ACT_CLOSE:
		/* In the claims pane, or when nothing else is to close, Esc ends the speaker
		 * filter. */
		if ((f == PANE_CLAIMS || (!r->nmatches && !r->has_current)) &&
		    claims_filter_clear(r)) {
			reader_status_set(r, false, "All %zu claims", r->cl->n);
			break;
		}
		/* The query stays for n and N, which then say it was not found. */
		r->nmatches = 0;
		r->has_current = false;
		break;
	case ACT_REDRAW:
		r->repaint = true;
		break;
	case ACT_RELOAD:
		r->reload = true;
		break;
	case ACT_QUIT:
		r->quit = true;
		break;
	}
}

void reader_key(struct reader *r, int key)
{
	enum editor_result rc;

	if (key == UI_KEY_RESIZE)
		return;
	r->status[0] = '\0';
	r->status_error = false;
	switch (r->mode) {
	case MODE_HELP:
		help_key(r, key);
		return;
	case MODE_SEARCH:
	case MODE_EXPORT:
	case MODE_NOTE:
		rc = editor_key(&r->ed, key);
		if (rc == EDITOR_EDITING)
			return;
		enum mode m = r->mode;
		r->mode = MODE_NORMAL;
		if (rc == EDITOR_CANCEL) {
			if (m == MODE_NOTE)
				reader_status_set(r, false, "Note discarded");
			return;
		}
		if (m == MODE_SEARCH)
			search_start(r, r->ed.text.data);
		else if (m == MODE_EXPORT)
			reader_export_run(r, r->ed.text.data);
		else
			reader_note_save(r);
		return;
	case MODE_CONFIRM:
		reader_note_confirm(r, key);
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
		pane_tab_labels(r, labels, tx);
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
		pane_ops[p].scroll(r, p, button == 4 ? -3 : 3);
		return;
	}
	r->focus = p;
	if (p == PANE_ARTICLE)
		return;
	size_t i = pane_item_at(r, p, y - r->area[p].y - 1);
	if (i != SIZE_MAX) {
		bool again = r->sel[p] == i;
		r->sel[p] = i;
		pane_follow(r, p);
		if (again || r->wide)
			reader_action(r, ACT_OPEN);
	}
}

/* ---- drawing ---- */

static void draw_status(struct reader *r, struct grid *g)
{
	int y = g->rows - 1, w = g->cols;
	char right[96] = "", left[600];

	grid_fill(g, y, 0, w, ST_STATUS);
	switch (r->mode) {
	case MODE_SEARCH:
		editor_draw_prompt(&r->ed, g, "/");
		return;
	case MODE_EXPORT:
		editor_draw_prompt(&r->ed, g, "Export to: ");
		return;
	case MODE_CONFIRM:
		grid_put_str(g, y, 0, w, "Delete this note? (y/n)", ST_STATUS | ST_ERROR);
		return;
	default:
		break;
	}
	search_status(r, right, sizeof(right));
	if (r->status[0]) {
		snprintf(left, sizeof(left), " %s", r->status);
	} else {
		size_t np = doc_paragraph_count(r->d), p = np ? r->top_pos.para + 1 : 0;
		unsigned pct = r->len ? (unsigned)((double)r->top * 100.0 / (double)r->len) : 100;
		if (pos_cmp(r->top_pos, article_max_top(r)) >= 0)
			pct = 100;
		const char *name = doc_name(r->d), *slash = strrchr(name, '/');
		const char *title = doc_title(r->d, NULL) ? NULL : doc_title_text(r->d);
		/* A page's headline is its title, not a paragraph of the text: the status line
		 * shows it. The speaker filter comes first: it changes what the claims pane
		 * lists. */
		char filter[200];
		claims_status(r, filter, sizeof(filter));
		snprintf(left, sizeof(left), " ¶%zu/%zu · %u%% · %s%s%s%s%s", p, np, pct, filter,
			 filter[0] ? " · " : "", title ? title : "", title ? " · " : "",
			 slash && slash[1] ? slash + 1 : name);
		if (!right[0] && w >= 40)
			snprintf(right, sizeof(right), "? help ");
	}
	int rw = reader_text_width(right, strlen(right));
	if (rw > w / 2)
		rw = 0;
	grid_put_clipped(g, y, 0, w - rw, left, strlen(left),
			 (uint16_t)(ST_STATUS | (r->status_error ? ST_ERROR : 0)));
	if (rw)
		grid_put_str(g, y, w - rw, rw, right, ST_STATUS);
}

void reader_draw(struct reader *r, struct grid *g)
{
	grid_setup(g, r->rows, r->cols);
	if (r->rows < READER_MIN_ROWS || r->cols < READER_MIN_COLS) {
		if (r->rows > 0 && r->cols > 0)
			grid_put_str(g, r->rows / 2, 0, r->cols, "terminal too small", ST_ERROR);
		return;
	}
	if (r->mode == MODE_HELP) {
		help_draw(r, g);
		return;
	}
	if (r->wide) {
		for (enum pane p = 0; p < PANE_COUNT; p++)
			pane_ops[p].draw(r, g, p);
		/* The column between the article and the lists. */
		for (int y = 0; y < r->rows - 1; y++)
			grid_put_str(g, y, r->area[PANE_ARTICLE].w, 1, "│", ST_BORDER);
	} else {
		pane_draw_tabs(r, g);
		pane_ops[r->focus].draw(r, g, r->focus);
	}
	if (r->mode == MODE_NOTE)
		reader_note_draw(r, g);
	draw_status(r, g);
}
