/* reader: the reader's state machine: set-up, keys (with counts) and mouse to actions, leaving
 * sub-views before quitting, the status line and the frame, drawn into a grid of cells without
 * any terminal (the layout, panes, jumps, search, editor, commands, help and notes are in the
 * ui_*.c files beside it). */
#include "reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader_int.h"

/* The largest count typed before a key. */
#define COUNT_MAX 999999UL

void reader_status_set(struct reader *r, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->status, sizeof(r->status), fmt, ap);
	va_end(ap);
	r->status_error = error;
}

bool reader_too_small(const struct reader *r)
{
	return r->rows < READER_MIN_ROWS || r->cols < READER_MIN_COLS;
}

/* ---- setup ---- */

void reader_index(struct reader *r, const struct timex_list *tl, const struct claim_list *cl)
{
	static const struct timex_list no_timexes;
	static const struct claim_list no_claims;

	const struct claim_list *old_cl = r->cl;

	r->analysing = !tl || !cl;
	r->tl = tl ? tl : &no_timexes;
	r->cl = cl ? cl : &no_claims;
	/* New dates (:date finds them again) keep the claims' view. */
	if (r->cl != old_cl)
		claims_view_reset(r);
	axis_reset(r);
	notes_on_build(r);
}

void reader_set_analysis(struct reader *r, const struct timex_list *tl, const struct claim_list *cl)
{
	struct timex_list *old = r->own_tl != tl ? r->own_tl : NULL;

	if (old)
		r->own_tl = NULL;
	reader_index(r, tl, cl);
	timex_list_free(old);
	for (enum pane p = PANE_TIMELINE; p <= PANE_CLAIMS; p++)
		r->sel[p] = r->list_top[p] = 0;
	r->visited[PANE_TIMELINE] = r->visited[PANE_CLAIMS] = false;
	if (r->anchor_pending && !r->analysing)
		anchor_apply(r);
	reader_layout(r);
}

void reader_init(struct reader *r, struct doc *d, const struct timex_list *tl,
		 const struct claim_list *cl, struct notes_db *db, struct note_list *notes,
		 const char *notes_problem)
{
	memset(r, 0, sizeof(*r));
	r->d = d;
	r->doc = d;
	r->text = doc_text(d, &r->len);
	r->db = db;
	r->notes = notes ? notes : xcalloc(1, sizeof(*r->notes));
	r->notes_problem = notes_problem;
	r->anchor_own = doc_anchor(d, &r->anchor_own_from);
	r->ascii = MB_CUR_MAX == 1;
	buf_init(&r->ed.text);
	reader_index(r, tl, cl);
	r->rows = 24;
	r->cols = 80;
	reader_layout(r);
}

void reader_init_reading(struct reader *r, struct doc *preview)
{
	reader_init(r, preview, NULL, NULL, NULL, NULL, "the article is still being read");
	r->reading = true;
}

void reader_set_doc(struct reader *r, struct doc *d, struct notes_db *db, struct note_list *notes,
		    const char *notes_problem)
{
	r->d = d;
	r->doc = d;
	r->anchor_own = doc_anchor(d, &r->anchor_own_from);
	r->text = doc_text(d, &r->len);
	/* The preview's last paragraph may have been cut short: wrap again from the place. */
	for (size_t i = 0; i < READER_WRAP_SLOTS; i++)
		r->cache[i].used = false;
	note_list_free(r->notes);
	r->notes = notes ? notes : xcalloc(1, sizeof(*r->notes));
	r->db = db;
	r->notes_problem = notes_problem;
	r->sel[PANE_NOTES] = r->list_top[PANE_NOTES] = 0;
	notes_on_build(r);
	r->reading = false;
	reader_resize(r, r->rows, r->cols);
	enum ui_action a = r->deferred;
	r->deferred = ACT_NONE;
	if (a != ACT_NONE) /* what the status line said waited is done */
		r->status[0] = '\0';
	if (a == ACT_SEARCH && r->deferred_query)
		search_start(r, r->deferred_query);
	else if (a != ACT_NONE)
		reader_action(r, a);
	free(r->deferred_query);
	r->deferred_query = NULL;
}

void reader_free(struct reader *r)
{
	for (size_t i = 0; i < READER_WRAP_SLOTS; i++)
		free(r->cache[i].starts);
	free(r->matches);
	free(r->query);
	claims_view_free(r);
	axis_free(r);
	free(r->note_orig);
	free(r->note_kept);
	free(r->confirm_path);
	free(r->deferred_query);
	buf_free(&r->ed.text);
	history_free(&r->hist_search);
	history_free(&r->hist_command);
	grid_free(&r->scratch);
	for (int p = 0; p < PANE_COUNT; p++)
		free(r->item_lines[p]);
	notes_on_free(r);
	note_list_free(r->notes);
	r->notes = NULL;
	timex_list_free(r->own_tl);
	r->own_tl = NULL;
}

void reader_resize(struct reader *r, int rows, int cols)
{
	size_t place = r->top;

	r->rows = rows;
	r->cols = cols;
	reader_layout(r);
	if (article_rows(r) > 0) {
		struct line_pos pos = pos_from_offset(r, place);
		struct line_pos m = article_max_top(r);
		r->top_pos = pos_cmp(pos, m) > 0 ? m : pos;
		/* The place stays the reader's even when the end of the article clamps the view. */
		r->top = place;
	}
}

void reader_focus(struct reader *r, enum pane p)
{
	r->focus = p;
	reader_resize(r, r->rows, r->cols);
}

bool reader_leave_view(struct reader *r)
{
	/* Sub-views close before the reader quits: a list's tab on a narrow screen goes back to
	 * the article (the help closes in help_key). */
	if (!r->wide && r->focus != PANE_ARTICLE) {
		reader_focus(r, PANE_ARTICLE);
		return true;
	}
	return false;
}

/* ---- actions ---- */

/* While the article is read: keeps an action that wants all of it for when it arrives (true),
 * or refuses one (true); a scroll cancels what waits. False: go on with the action. */
static bool reading_defers(struct reader *r, enum ui_action a)
{
	enum pane f = r->focus;

	switch (a) {
	case ACT_BOTTOM:
		if (f != PANE_ARTICLE)
			break;
		/* fall through */
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		r->deferred = a;
		reader_status_set(r, false, "Reading the article: %s when it is read",
				  a == ACT_BOTTOM ? "its end shows" : "the search goes on");
		return true;
	case ACT_EXPORT:
		reader_status_set(r, true, "Reading the article: export it when it is read");
		return true;
	case ACT_DOWN:
	case ACT_UP:
	case ACT_PAGE_DOWN:
	case ACT_PAGE_UP:
	case ACT_HALF_DOWN:
	case ACT_HALF_UP:
	case ACT_TOP:
		if (f == PANE_ARTICLE)
			r->deferred = ACT_NONE;
		break;
	default:
		break;
	}
	return false;
}

/* Goes to item or paragraph n (1-based, clamped) of pane f. */
static void go_number(struct reader *r, enum pane f, unsigned long n)
{
	size_t np = doc_paragraph_count(r->d), count = pane_ops[f].count(r);

	if (f == PANE_ARTICLE) {
		if (np)
			reader_goto(r,
				    doc_paragraph(r->d, n - 1 < np ? n - 1 : np - 1)->span.start);
	} else if (count) {
		r->sel[f] = n - 1 < count ? n - 1 : count - 1;
		pane_follow(r, f);
	}
}

/* Goes n percent (at most 100) of the way through pane f. */
static void go_percent(struct reader *r, enum pane f, unsigned long n)
{
	size_t count = pane_ops[f].count(r);

	if (n > 100)
		n = 100;
	if (f == PANE_ARTICLE) {
		reader_goto(r, (size_t)((double)r->len * (double)n / 100.0));
		if (n == 100)
			article_set_top(r, article_max_top(r));
	} else if (count) {
		r->sel[f] = (size_t)((double)(count - 1) * (double)n / 100.0 + 0.5);
		pane_follow(r, f);
	}
}

/* Whether the action is a jump, whose place the jump list keeps. */
static bool is_jump(enum ui_action a)
{
	switch (a) {
	case ACT_TOP:
	case ACT_BOTTOM:
	case ACT_PERCENT:
	case ACT_OPEN:
	case ACT_NEXT_EVENT:
	case ACT_PREV_EVENT:
	case ACT_NEXT_CLAIM:
	case ACT_PREV_CLAIM:
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		return true;
	default:
		return false;
	}
}

/* Runs action a n times where that means something (n 0: no count was typed). */
static void run_action(struct reader *r, enum ui_action a, unsigned long n)
{
	enum pane f = r->focus;
	const struct pane_ops *ops = &pane_ops[f];
	long page = ops->page(r, f), times = n ? (long)n : 1;

	if (r->reading && reading_defers(r, a))
		return;
	switch (a) {
	case ACT_NONE:
	case ACT_COUNT:
	case ACT_DIGIT:
		break;
	case ACT_DOWN:
	case ACT_UP:
		ops->scroll(r, f, a == ACT_DOWN ? times : -times);
		break;
	case ACT_PAGE_DOWN:
	case ACT_PAGE_UP:
		ops->scroll(r, f, (a == ACT_PAGE_DOWN ? page : -page) * times);
		break;
	case ACT_HALF_DOWN:
	case ACT_HALF_UP:
		ops->scroll(r, f, (a == ACT_HALF_DOWN ? 1 : -1) * (page + 1) / 2 * times);
		break;
	case ACT_TOP:
	case ACT_BOTTOM:
		if (n)
			go_number(r, f, n);
		else
			ops->go_end(r, f, a == ACT_BOTTOM);
		break;
	case ACT_PERCENT:
		if (n)
			go_percent(r, f, n);
		else
			reader_status_set(r, true, "Type a number first: 50%% goes half way");
		break;
	case ACT_NEXT_PANE:
	case ACT_PREV_PANE:
		reader_focus(r, (enum pane)((f + (a == ACT_NEXT_PANE ? 1 : PANE_COUNT - 1)) %
					    PANE_COUNT));
		break;
	case ACT_LEAVE:
		if (f != PANE_ARTICLE)
			reader_focus(r, PANE_ARTICLE);
		break;
	case ACT_OPEN:
		if (ops->count(r))
			ops->open(r, r->sel[f]);
		if (!r->wide && f != PANE_ARTICLE && r->has_current && !r->status_error)
			reader_focus(r, PANE_ARTICLE);
		break;
	case ACT_NEXT_EVENT:
	case ACT_PREV_EVENT:
	case ACT_NEXT_CLAIM:
	case ACT_PREV_CLAIM: {
		bool ev = a == ACT_NEXT_EVENT || a == ACT_PREV_EVENT;
		bool fwd = a == ACT_NEXT_EVENT || a == ACT_NEXT_CLAIM;
		for (long i = 0; i < times && !r->status_error; i++)
			pane_jump(r, ev ? PANE_TIMELINE : PANE_CLAIMS, fwd);
		break;
	}
	case ACT_JUMP_BACK:
		jumps_back(r);
		break;
	case ACT_JUMP_FORWARD:
		jumps_forward(r);
		break;
	case ACT_JUMP_SWAP:
		jumps_swap(r);
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
	case ACT_SEARCH_PREV:
		for (long i = 0; i < times && !r->status_error; i++)
			search_step(r, a == ACT_SEARCH_NEXT);
		break;
	case ACT_ANNOTATE:
		reader_annotate(r);
		break;
	case ACT_EDIT_NOTE:
	case ACT_DELETE_NOTE:
		reader_note_change(r, a);
		break;
	case ACT_EXPORT:
		reader_export_prompt(r, NULL);
		break;
	case ACT_COMMAND:
		cmdline_prompt(r);
		break;
	case ACT_HELP:
		r->mode = MODE_HELP;
		r->help_top = 0;
		break;
	case ACT_CLOSE:
		/* The speaker filter goes first in the claims pane, or when nothing else would
		 * close. */
		if ((f == PANE_CLAIMS || ((!r->nmatches || r->search_hidden) && !r->has_current &&
					  (r->wide || f == PANE_ARTICLE))) &&
		    claims_filter_clear(r)) {
			reader_status_set(r, false, "All %zu claims", r->cl->n);
			break;
		}
		if (reader_leave_view(r))
			break;
		/* The matches stay for n and N, which show them again. */
		r->search_hidden = true;
		r->has_current = false;
		break;
	case ACT_REDRAW:
		r->repaint = true;
		break;
	case ACT_RELOAD:
		r->reload = true;
		break;
	case ACT_QUIT:
		if (!reader_leave_view(r))
			r->quit = true;
		break;
	}
}

void reader_action_n(struct reader *r, enum ui_action a, unsigned long n)
{
	struct place before = place_now(r);

	run_action(r, a, n);
	if (is_jump(a))
		jumps_record(r, &before);
}

void reader_action(struct reader *r, enum ui_action a)
{
	reader_action_n(r, a, 0);
}

/* A key in the normal mode: a count, the second ' of '', or an action. */
static void normal_key(struct reader *r, int key)
{
	enum ui_action a;
	char name[32];

	if (key == '\n')
		key = UI_KEY_ENTER;
	a = actions_for_key(key);
	if (r->quote_pending) {
		r->quote_pending = false;
		if (a != ACT_JUMP_SWAP) {
			actions_key_name(key, name, sizeof(name));
			reader_status_set(r, false,
					  "' then %s does nothing ('' goes back) · ? for help",
					  name);
			r->has_count = false;
			return;
		}
		run_action(r, ACT_JUMP_SWAP, 0);
		return;
	}
	if (a == ACT_DIGIT) {
		unsigned long d = (unsigned long)(key - '0');
		r->count = r->has_count && r->count <= COUNT_MAX / 10 ? r->count * 10 + d : d;
		r->has_count = true;
		return;
	}
	if (a == ACT_CLOSE && r->has_count) {
		r->has_count = false;
		return;
	}
	if (a == ACT_JUMP_SWAP) {
		r->quote_pending = true;
		return;
	}
	unsigned long n = r->has_count ? r->count : 0;
	r->has_count = false;
	if (a == ACT_NONE) {
		actions_key_name(key, name, sizeof(name));
		reader_status_set(r, false, "%s does nothing here · ? for help", name);
		return;
	}
	reader_action_n(r, a, n);
}

/* A key at a one-line prompt (search, export, command): history, completion, editing. */
static void prompt_key(struct reader *r, int key)
{
	enum mode m = r->mode;
	struct history *h = m == MODE_SEARCH    ? &r->hist_search
			    : m == MODE_COMMAND ? &r->hist_command
						: NULL;

	if (key >= UI_KEY_ALT)
		return;
	if (h && (key == UI_KEY_UP || key == UI_KEY_DOWN)) {
		history_step(h, &r->ed, key == UI_KEY_UP);
		return;
	}
	if (m == MODE_COMMAND && key == '\t') {
		cmdline_complete(r);
		return;
	}
	if (m == MODE_COMMAND && key == UI_KEY_BACKSPACE && r->ed.text.len == 0) {
		r->mode = MODE_NORMAL; /* as in vim, Backspace on an empty command line leaves it */
		return;
	}
	enum editor_result rc = editor_key(&r->ed, key);
	if (rc == EDITOR_EDITING)
		return;
	r->mode = MODE_NORMAL;
	if (rc == EDITOR_CANCEL)
		return;
	if (h)
		history_add(h, r->ed.text.data);
	if (m == MODE_SEARCH && r->reading) {
		free(r->deferred_query);
		r->deferred_query = xstrdup(r->ed.text.data);
		r->deferred = ACT_SEARCH;
		reader_status_set(r, false, "Reading the article: the search runs when it is read");
	} else if (m == MODE_SEARCH) {
		struct place before = place_now(r);
		search_start(r, r->ed.text.data);
		jumps_record(r, &before);
	} else if (m == MODE_EXPORT) {
		reader_export_run(r, r->ed.text.data, false);
	} else {
		cmdline_run(r, r->ed.text.data);
	}
}

/* The answer to the question on the status line. */
static void confirm_key(struct reader *r, int key)
{
	bool yes = key == 'y' || key == 'Y', no = key == 'n' || key == 'N' || key == UI_KEY_ESC;

	if (r->confirm == CONFIRM_DISCARD) {
		if (yes || no)
			reader_note_discard(r, yes);
		return; /* any other key leaves the question up: the note is at stake */
	}
	r->mode = MODE_NORMAL;
	if (r->confirm == CONFIRM_DELETE)
		reader_note_confirm(r, yes);
	else if (yes)
		reader_export_run(r, r->confirm_path, true);
	else
		reader_status_set(r, false, "Not exported: %s is unchanged", r->confirm_path);
}

void reader_key(struct reader *r, int key)
{
	if (key == UI_KEY_RESIZE)
		return;
	/* On a screen too small to show them, keys of the editor and the prompts wait for it to
	 * grow (the note is kept). */
	if (reader_too_small(r) && r->mode != MODE_NORMAL)
		return;
	r->status[0] = '\0';
	r->status_error = false;
	switch (r->mode) {
	case MODE_HELP:
		help_key(r, key);
		return;
	case MODE_NOTE:
		reader_note_key(r, key);
		return;
	case MODE_SEARCH:
	case MODE_EXPORT:
	case MODE_COMMAND:
		prompt_key(r, key);
		return;
	case MODE_CONFIRM:
		confirm_key(r, key);
		return;
	case MODE_NORMAL:
		break;
	}
	normal_key(r, key);
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
			if (x >= tx[t] && x < tx[t + 1])
				reader_focus(r, (enum pane)t);
		return;
	}
	enum pane p = reader_pane_at(r, y, x);
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

/* The right end of the status line: the count being typed, the search, the anchor date and the
 * hint for help, as many as fit beside the left part (lw columns) in w; on a narrow screen the
 * hint goes first, then where the anchor came from, then the anchor. */
static void status_right(struct reader *r, char *out, size_t n, int lw, int w, bool message)
{
	char search[64], anchor[96], brief[32], count[24];
	const char *parts[4];
	int k = 0;

	search_status(r, search, sizeof(search));
	anchor_describe(r, anchor, sizeof(anchor), false);
	anchor_describe(r, brief, sizeof(brief), true);
	if (r->has_count)
		snprintf(count, sizeof(count), "%lu", r->count), parts[k++] = count;
	if (search[0])
		parts[k++] = search;
	parts[k++] = anchor;
	if (!message)
		parts[k++] = "? help";
	for (int tries = 0; k > 0; tries++) {
		size_t len = 0;
		out[0] = '\0';
		for (int i = 0; i < k && len + 1 < n; i++)
			len += (size_t)snprintf(out + len, n - len, "%s%s", i ? " · " : "",
						parts[i]);
		if (len + 2 < n)
			out[len] = ' ', out[len + 1] = '\0';
		int rw = reader_text_width(out, strlen(out));
		if (lw + rw + 1 <= w)
			return;
		/* Drop the hint, then shorten the anchor, then drop it. */
		if (parts[k - 1] == anchor)
			parts[k - 1] = brief;
		else
			k--;
	}
	out[0] = '\0';
}

static void draw_status(struct reader *r, struct grid *g)
{
	int y = g->rows - 1, w = g->cols;
	char right[200], left[600];

	grid_fill(g, y, 0, w, ST_STATUS);
	switch (r->mode) {
	case MODE_SEARCH:
		editor_draw_prompt(&r->ed, g, "/");
		return;
	case MODE_EXPORT:
		editor_draw_prompt(&r->ed, g, "Export to: ");
		return;
	case MODE_COMMAND:
		cmdline_draw(r, g);
		return;
	case MODE_CONFIRM:
		grid_put_clipped(g, y, 0, w, r->question, strlen(r->question),
				 ST_STATUS | ST_ERROR);
		return;
	default:
		break;
	}
	if (r->status[0]) {
		snprintf(left, sizeof(left), " %s", r->status);
	} else if (r->reading) {
		const char *name = doc_name(r->d), *slash = strrchr(name, '/');
		snprintf(left, sizeof(left), " ¶%zu · Reading the article… · %s",
			 doc_paragraph_count(r->d) ? article_place_para(r) + 1 : 0,
			 slash && slash[1] ? slash + 1 : name);
	} else {
		size_t np = doc_paragraph_count(r->d), p = np ? article_place_para(r) + 1 : 0;
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
	}
	int lw = reader_text_width(left, strlen(left));
	/* A message keeps its room; the article's name gives way to the right part. */
	status_right(r, right, sizeof(right), r->status[0] ? lw : (lw < w / 2 ? lw : w / 2), w,
		     r->status[0] != '\0');
	int rw = reader_text_width(right, strlen(right));
	grid_put_clipped(g, y, 0, rw ? w - rw - 1 : w, left, strlen(left),
			 (uint16_t)(ST_STATUS | (r->status_error ? ST_ERROR : 0)));
	if (rw)
		grid_put_str(g, y, w - rw, rw, right, ST_STATUS);
}

void reader_draw(struct reader *r, struct grid *g)
{
	grid_setup(g, r->rows, r->cols);
	g->ascii = r->ascii;
	if (reader_too_small(r)) {
		if (r->rows > 0 && r->cols > 0)
			grid_put_str(g, r->rows / 2, 0, r->cols, "terminal too small", ST_ERROR);
		if (r->mode == MODE_NOTE && r->rows / 2 + 1 < r->rows)
			grid_put_str(g, r->rows / 2 + 1, 0, r->cols, "(your note is kept)", ST_DIM);
		return;
	}
	reader_layout(r);
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
	if (r->mode == MODE_NOTE || (r->mode == MODE_CONFIRM && r->confirm == CONFIRM_DISCARD))
		reader_note_draw(r, g);
	draw_status(r, g);
}
