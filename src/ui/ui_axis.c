/* ui_axis: the timeline pane drawn to scale: a vertical axis with one line per time step (a day,
 * week, month, quarter, year or decade: the finest that keeps the range in view), each event on
 * its step, a long empty stretch as one break line, years and months marked, and the events whose
 * year is unknown listed apart, before or after the axis as the timeline orders them. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader_int.h"

/* Empty steps drawn one a line; a longer empty stretch becomes one break line. */
#define GAP_MAX 3
/* The widest date label column of the axis. */
#define LABEL_MAX 16

static const char *const step_words[AXIS_STEP_COUNT] = {"a day",     "a week", "a month",
							"a quarter", "a year", "a decade"};

/* ---- dates from TIMEX3 values ---- */

static bool digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

/* The year of the calendar (date_to_days()'s, with a year 0) of year y of value's era: "BC0480"
 * is 480 BC, the year -479. */
static int era_year(bool bc, int y)
{
	return bc ? 1 - y : y;
}

/* Reads value's start as a day number and how fine the value is (AXIS_STEP_DAY for a day or a
 * time, AXIS_STEP_WEEK, ... AXIS_STEP_DECADE for a decade or a century). A value before Christ
 * ("BC0480-SU", the decade "BC047", the century "BC03") is placed as the timeline orders it, at
 * its earliest year (479 BC for the 470s BC). */
static bool value_day(const char *v, long *day, enum axis_step *fine)
{
	bool bc = v[0] == 'B' && v[1] == 'C';
	if (bc)
		v += 2;
	size_t n = strlen(v);
	int y, x, m = 1, d = 1;

	if (n == 3 && digits(v, 3, &x)) {
		*day = date_to_days(bc ? era_year(bc, x * 10 + 9) : x * 10, 1, 1);
		*fine = AXIS_STEP_DECADE;
		return true;
	}
	if (n == 2 && digits(v, 2, &x)) {
		*day = date_to_days(bc ? era_year(bc, x * 100 + 99) : x * 100, 1, 1);
		*fine = AXIS_STEP_DECADE;
		return true;
	}
	if (n < 4 || !digits(v, 4, &y) || y < 1)
		return false;
	y = era_year(bc, y);
	*fine = AXIS_STEP_YEAR;
	if (n >= 7 && v[4] == '-') {
		const char *r = v + 5;
		static const char *const seasons[] = {"SP", "SU", "FA", "WI"};
		if (r[0] == 'Q' && r[1] >= '1' && r[1] <= '4') {
			m = (r[1] - '0') * 3 - 2;
			*fine = AXIS_STEP_QUARTER;
		} else if (r[0] == 'H' && (r[1] == '1' || r[1] == '2')) {
			m = r[1] == '1' ? 1 : 7;
			*fine = AXIS_STEP_QUARTER;
		} else if (r[0] == 'W' && digits(r + 1, 2, &x) && x >= 1 && x <= 53) {
			/* The week's Monday, kept in the value's year as the timeline orders it. */
			long z = date_isoweek_start(y, x), jan1 = date_to_days(y, 1, 1);
			*day = z < jan1 ? jan1 : z;
			*fine = AXIS_STEP_WEEK;
			return true;
		} else if (digits(r, 2, &x) && x >= 1 && x <= 12) {
			m = x;
			*fine = AXIS_STEP_MONTH;
			if (r[2] == '-' && digits(r + 3, 2, &x) && x >= 1 &&
			    x <= date_days_in_month(y, m)) {
				d = x;
				*fine = AXIS_STEP_DAY;
			}
		} else {
			for (int i = 0; i < 4; i++)
				if (strncmp(r, seasons[i], 2) == 0) {
					m = 3 + 3 * i;
					*fine = AXIS_STEP_QUARTER;
				}
		}
	}
	*day = date_to_days(y, m, d);
	return true;
}

bool axis_value_day(const char *value, long *day)
{
	enum axis_step fine;

	return value_day(value, day, &fine);
}

/* ---- time steps ---- */

static long floor_div(long a, long b)
{
	long q = a / b;

	if (a % b != 0 && (a < 0) != (b < 0))
		q--;
	return q;
}

/* The step of step size s that holds day number z. Weeks start on Monday (day 0, 1970-01-01,
 * was a Thursday). */
static long slot_of(enum axis_step s, long z)
{
	int y, m, d;

	if (s == AXIS_STEP_DAY)
		return z;
	if (s == AXIS_STEP_WEEK)
		return floor_div(z + 3, 7);
	date_from_days(z, &y, &m, &d);
	switch (s) {
	case AXIS_STEP_MONTH:
		return (long)y * 12 + (m - 1);
	case AXIS_STEP_QUARTER:
		return (long)y * 4 + (m - 1) / 3;
	case AXIS_STEP_YEAR:
		return y;
	default:
		return floor_div(y, 10);
	}
}

/* The first day of step `slot` of size s. */
static long slot_day(enum axis_step s, long slot)
{
	switch (s) {
	case AXIS_STEP_DAY:
		return slot;
	case AXIS_STEP_WEEK:
		return slot * 7 - 3;
	case AXIS_STEP_MONTH:
		return date_to_days((int)floor_div(slot, 12),
				    (int)(slot - floor_div(slot, 12) * 12) + 1, 1);
	case AXIS_STEP_QUARTER:
		return date_to_days((int)floor_div(slot, 4),
				    (int)(slot - floor_div(slot, 4) * 4) * 3 + 1, 1);
	case AXIS_STEP_YEAR:
		return date_to_days((int)slot, 1, 1);
	default:
		return date_to_days((int)slot * 10, 1, 1);
	}
}

static int slot_year(enum axis_step s, long slot)
{
	int y, m, d;

	date_from_days(slot_day(s, slot), &y, &m, &d);
	return y;
}

/* ---- building the axis ---- */

struct placed {
	size_t event;
	long day;
	enum axis_step fine;
};

/* The lines events at these days take with steps of size s, and how many of them are breaks. */
static void measure(const struct placed *pl, size_t np, enum axis_step s, size_t *lines,
		    size_t *breaks)
{
	long prev = 0;

	*lines = *breaks = 0;
	for (size_t i = 0; i < np; i++) {
		long slot = slot_of(s, pl[i].day);
		if (i && slot != prev) {
			long gap = slot - prev - 1;
			if (gap > GAP_MAX) {
				++*lines;
				++*breaks;
			} else {
				*lines += (size_t)gap;
			}
		}
		++*lines;
		prev = slot;
	}
}

/* The finest step, no finer than the finest event, whose axis stays short (within the pane, or
 * half again as long as the shortest) with few breaks; else the one with the shortest axis. */
static enum axis_step choose_step(const struct placed *pl, size_t np, int rows)
{
	size_t lines[AXIS_STEP_COUNT] = {0}, breaks[AXIS_STEP_COUNT] = {0}, least = SIZE_MAX;
	enum axis_step best = AXIS_STEP_YEAR, finest = np ? AXIS_STEP_DECADE : AXIS_STEP_DAY;

	for (size_t k = 0; k < np; k++)
		if (pl[k].fine < finest)
			finest = pl[k].fine;
	for (int s = finest; s < AXIS_STEP_COUNT; s++) {
		measure(pl, np, (enum axis_step)s, &lines[s], &breaks[s]);
		if (lines[s] < least) {
			least = lines[s];
			best = (enum axis_step)s;
		}
	}
	size_t limit = least + least / 2, most_breaks = np / 8 > 2 ? np / 8 : 2;
	if (limit < (size_t)rows)
		limit = (size_t)rows;
	for (int s = finest; s < AXIS_STEP_COUNT; s++)
		if (lines[s] <= limit && breaks[s] <= most_breaks)
			return (enum axis_step)s;
	return best;
}

static struct axis_line *add_line(struct axis_view *a, enum axis_line_kind kind, long slot)
{
	struct axis_line *l = &a->lines[a->nlines++];

	memset(l, 0, sizeof(*l));
	l->kind = kind;
	l->slot = slot;
	return l;
}

/* The heading of the nu events whose year is unknown, and those events, in the timeline's
 * order. */
static void add_undated(struct axis_view *a, const struct timex_list *tl, size_t nu)
{
	if (!nu)
		return;
	add_line(a, AXIS_LINE_UNDATED, 0);
	for (size_t i = 0; i < tl->nevents; i++) {
		long day;
		enum axis_step fine;
		if (value_day(tl->items[tl->events[i].timex].value, &day, &fine))
			continue;
		a->line_of[i] = a->nlines;
		add_line(a, AXIS_LINE_LISTED, 0)->event = i;
	}
}

/* The rows the timeline pane has for its items, or would have when shown. */
static int axis_rows(const struct reader *r)
{
	if (r->area[PANE_TIMELINE].h > 0)
		return pane_list_rows(r, PANE_TIMELINE);
	return r->rows - 3 > 1 ? r->rows - 3 : 1;
}

static void axis_build(struct reader *r, int rows)
{
	struct axis_view *a = &r->axis;
	const struct timex_list *tl = r->tl;
	size_t n = tl->nevents, np = 0, nu = 0;
	long last = LONG_MIN;

	free(a->lines);
	free(a->line_of);
	struct placed *pl = xmalloc((n ? n : 1) * sizeof(*pl));
	a->line_of = xcalloc(n ? n : 1, sizeof(*a->line_of));
	for (size_t i = 0; i < n; i++) {
		const struct timex *x = &tl->items[tl->events[i].timex];
		long day;
		enum axis_step fine;
		if (!value_day(x->value, &day, &fine)) {
			nu++;
			continue;
		}
		/* The timeline is in date order; a week's Monday or a coarse value never moves
		 * the axis back. */
		if (day < last)
			day = last;
		last = day;
		pl[np++] = (struct placed){i, day, fine};
	}
	a->step = choose_step(pl, np, rows);
	a->nplaced = np;
	a->lines = xmalloc((nu + 1 + np * (GAP_MAX + 1) + 1) * sizeof(*a->lines));
	a->nlines = 0;
	/* The events without a year go where the timeline has them (first or last), so that the
	 * lines keep its order. */
	size_t first_undated = SIZE_MAX;
	for (size_t i = 0; i < n && first_undated == SIZE_MAX; i++) {
		long day;
		enum axis_step fine;
		if (!value_day(tl->items[tl->events[i].timex].value, &day, &fine))
			first_undated = i;
	}
	bool undated_last = np && first_undated > pl[0].event;
	if (!undated_last)
		add_undated(a, tl, nu);
	long prev = 0;
	for (size_t k = 0; k < np; k++) {
		long slot = slot_of(a->step, pl[k].day);
		if (k && slot != prev) {
			long gap = slot - prev - 1;
			if (gap > GAP_MAX)
				add_line(a, AXIS_LINE_BREAK, prev + 1)->gap = gap;
			else
				for (long s = prev + 1; s < slot; s++)
					add_line(a, AXIS_LINE_EMPTY, s);
		}
		a->line_of[pl[k].event] = a->nlines;
		add_line(a, AXIS_LINE_EVENT, slot)->event = pl[k].event;
		prev = slot;
	}
	if (undated_last)
		add_undated(a, tl, nu);
	/* The marks: the year where it changes; the step where it changes, except on an event
	 * coarser than the step (an event of the year 2025 is not in its January). */
	long marked = LONG_MIN;
	int year = INT_MIN;
	for (size_t l = 0; l < a->nlines; l++) {
		struct axis_line *ln = &a->lines[l];
		if (ln->kind != AXIS_LINE_EVENT && ln->kind != AXIS_LINE_EMPTY)
			continue;
		int y = slot_year(a->step, ln->slot);
		if (y != year) {
			ln->year_mark = true;
			year = y;
		}
		bool coarse = false;
		if (ln->kind == AXIS_LINE_EVENT) {
			const struct timex *x = &tl->items[tl->events[ln->event].timex];
			long day;
			enum axis_step fine = AXIS_STEP_DAY;
			value_day(x->value, &day, &fine);
			coarse = fine > a->step;
		}
		if (ln->slot != marked && !coarse) {
			ln->step_mark = true;
			marked = ln->slot;
		}
	}
	a->built = true;
	a->built_rows = rows;
	if (a->top >= a->nlines)
		a->top = 0;
	free(pl);
}

void axis_ensure(struct reader *r)
{
	int rows = axis_rows(r);

	if (!r->axis.built || r->axis.built_rows != rows)
		axis_build(r, rows);
}

void axis_reset(struct reader *r)
{
	r->axis.built = false;
	r->axis.top = 0;
}

void axis_free(struct reader *r)
{
	free(r->axis.lines);
	free(r->axis.line_of);
	r->axis.lines = NULL;
	r->axis.line_of = NULL;
	r->axis.nlines = 0;
	r->axis.built = false;
}

void axis_toggle(struct reader *r)
{
	struct axis_view *a = &r->axis;

	a->on = !a->on;
	pane_bring_forward(r, PANE_TIMELINE);
	pane_follow(r, PANE_TIMELINE);
	if (!a->on)
		reader_status_set(r, false, "The timeline as a list (t shows it to scale)");
	else if (!r->tl->nevents)
		reader_status_set(r, false, "%s",
				  r->analysing ? pane_ops[PANE_TIMELINE].jump_waiting
					       : pane_ops[PANE_TIMELINE].jump_none);
	else if (!a->nplaced)
		reader_status_set(r, false,
				  "No event's year is known, so none has a place on the axis "
				  "(t shows the list)");
	else
		reader_status_set(r, false,
				  "The timeline to scale: a line is %s (t shows the list)",
				  step_words[a->step]);
}

/* ---- the pane's operations while the axis shows ---- */

void axis_pane_follow(struct reader *r, enum pane p)
{
	struct axis_view *a = &r->axis;
	size_t n = r->tl->nevents;

	if (!a->on) {
		pane_list_follow(r, p);
		return;
	}
	axis_ensure(r);
	if (!n) {
		r->sel[p] = 0;
		a->top = 0;
		return;
	}
	if (r->sel[p] >= n)
		r->sel[p] = n - 1;
	size_t rows = (size_t)pane_list_rows(r, p), line = a->line_of[r->sel[p]], first = line;
	/* The first event comes with the lines above it (the heading of the undated ones). */
	if (r->sel[p] == 0 || (line && a->lines[line - 1].kind == AXIS_LINE_UNDATED))
		first = r->sel[p] == 0 ? 0 : line - 1;
	if (first < a->top)
		a->top = first;
	if (line >= a->top + rows)
		a->top = line - rows + 1;
	/* The axis fills the pane down to its end. */
	if (a->nlines <= rows)
		a->top = 0;
	else if (a->top > a->nlines - rows)
		a->top = a->nlines - rows;
}

size_t axis_pane_item_at(const struct reader *r, enum pane p, int row)
{
	const struct axis_view *a = &r->axis;

	if (!a->on) {
		/* The list's rows take one or two lines. */
		size_t i = r->list_top[p], n = r->tl->nevents;
		for (; row >= 0 && i < n; i++) {
			row -= pane_item_lines(r, p, i);
			if (row < 0)
				return i;
		}
		return SIZE_MAX;
	}
	/* The axis is built by the frame the click is on. */
	if (!a->built || row < 0 || row >= pane_list_rows(r, p) ||
	    a->top + (size_t)row >= a->nlines)
		return SIZE_MAX;
	const struct axis_line *l = &a->lines[a->top + (size_t)row];
	return l->kind == AXIS_LINE_EVENT || l->kind == AXIS_LINE_LISTED ? l->event : SIZE_MAX;
}

int axis_pane_extra_rows(const struct reader *r)
{
	const struct axis_view *a = &r->axis;

	if (!a->on || !a->built || a->nlines <= r->tl->nevents)
		return 0;
	return (int)(a->nlines - r->tl->nevents < 1000 ? a->nlines - r->tl->nevents : 1000);
}

void axis_pane_header_note(const struct reader *r, char *out, size_t n)
{
	if (n)
		out[0] = '\0';
	if (r->axis.on && r->axis.built && r->axis.nplaced)
		snprintf(out, n, " · to scale, a line %s", step_words[r->axis.step]);
	else
		timeline_pane_header_note(r, out, n);
}

/* ---- drawing ---- */

static int step_width(enum axis_step s)
{
	switch (s) {
	case AXIS_STEP_DAY:
	case AXIS_STEP_WEEK:
		return 6;
	case AXIS_STEP_MONTH:
		return 3;
	case AXIS_STEP_QUARTER:
		return 2;
	default:
		return 0;
	}
}

static void year_text(enum axis_step s, long slot, char *out, size_t n)
{
	int y = slot_year(s, slot);

	/* before Christ, as the timeline says it: the year -479 is "480 BC", its decade "480s BC" */
	if (s == AXIS_STEP_DECADE && y < 1)
		snprintf(out, n, "%ds BC", -y / 10 * 10);
	else if (s == AXIS_STEP_DECADE)
		snprintf(out, n, "%ds", y);
	else if (y < 1)
		snprintf(out, n, "%d BC", 1 - y);
	else
		snprintf(out, n, "%d", y);
}

/* The gutter's columns: the year, then the step's mark ("Nov 28", "Nov", "Q3" or none). The
 * year's are those of "2025" or "1990s", or of the widest year marked before Christ ("480 BC"). */
static int year_width(const struct axis_view *a)
{
	int w = a->step == AXIS_STEP_DECADE ? 5 : 4;
	char buf[32];
	for (size_t l = 0; l < a->nlines; l++)
		if ((a->lines[l].kind == AXIS_LINE_EVENT || a->lines[l].kind == AXIS_LINE_EMPTY) &&
		    slot_year(a->step, a->lines[l].slot) < 1) {
			year_text(a->step, a->lines[l].slot, buf, sizeof(buf));
			if ((int)strlen(buf) > w)
				w = (int)strlen(buf);
		}
	return w;
}

static void step_text(enum axis_step s, long slot, char *out, size_t n)
{
	int y, m, d;

	date_from_days(slot_day(s, slot), &y, &m, &d);
	switch (s) {
	case AXIS_STEP_DAY:
	case AXIS_STEP_WEEK:
		snprintf(out, n, "%s %2d", date_month_abbr(m), d);
		break;
	case AXIS_STEP_MONTH:
		snprintf(out, n, "%s", date_month_abbr(m));
		break;
	case AXIS_STEP_QUARTER:
		snprintf(out, n, "Q%d", (m - 1) / 3 + 1);
		break;
	default:
		out[0] = '\0';
	}
}

/* How long a break of gap steps is, for people: "13 months", "about 20 months", "3 years". */
static void gap_text(enum axis_step s, long gap, char *out, size_t n)
{
	const char *unit = "month";
	long count = gap;
	bool about = false;

	switch (s) {
	case AXIS_STEP_DAY:
	case AXIS_STEP_WEEK: {
		/* Days are counted in the largest unit that reads well, rounded. */
		long days = gap * (s == AXIS_STEP_WEEK ? 7 : 1);
		about = true;
		if (days < 14) {
			unit = "day";
			count = days;
			about = false;
		} else if (days < 61) {
			unit = "week";
			count = (days + 3) / 7;
			about = days % 7 != 0;
		} else if (days < 730) {
			count = (long)((double)days / 30.44 + 0.5);
		} else {
			unit = "year";
			count = (long)((double)days / 365.25 + 0.5);
		}
		break;
	}
	case AXIS_STEP_MONTH:
	case AXIS_STEP_QUARTER:
		count = gap * (s == AXIS_STEP_QUARTER ? 3 : 1);
		if (count >= 24 && count % 12 && count < 120) {
			snprintf(out, n, "%ld years %ld month%s", count / 12, count % 12,
				 count % 12 == 1 ? "" : "s");
			return;
		}
		if (count >= 24) {
			unit = "year";
			about = count % 12 != 0;
			count = (count + 6) / 12;
		}
		break;
	default:
		unit = "year";
		count = gap * (s == AXIS_STEP_DECADE ? 10 : 1);
	}
	snprintf(out, n, "%s%ld %s%s", about ? "about " : "", count, unit, count == 1 ? "" : "s");
}

/* The width of the date labels of the events on lines [from, to), at most LABEL_MAX. */
static int label_width(const struct reader *r, size_t from, size_t to)
{
	int w = 0;

	for (size_t l = from; l < to && l < r->axis.nlines; l++) {
		const struct axis_line *ln = &r->axis.lines[l];
		if (ln->kind != AXIS_LINE_EVENT)
			continue;
		const char *label = timex_event_label_fit(&r->tl->events[ln->event], true);
		int lw = reader_text_width(label, strlen(label));
		if (lw > w)
			w = lw;
	}
	return w < LABEL_MAX ? w : LABEL_MAX;
}

void axis_pane_draw(struct reader *r, struct grid *g, enum pane p)
{
	struct axis_view *a = &r->axis;
	const struct rect ar = r->area[p];
	char buf[64];

	if (!a->on) {
		pane_list_draw(r, g, p);
		return;
	}
	axis_pane_follow(r, p);
	pane_draw_header(r, g, p);
	if (!r->tl->nevents) {
		grid_put_str(g, ar.y + 1, ar.x + 1, ar.w - 1, pane_ops[p].empty_text(r), ST_DIM);
		return;
	}
	int rows = ar.h - 1, x0 = ar.x + 1, w = ar.w - 1;
	int yw = year_width(a), sw = step_width(a->step);
	int axis_x = x0 + yw + (sw ? 1 + sw : 0) + 1;
	int lw = label_width(r, a->top, a->top + (size_t)rows);
	for (int row = 0; row < rows && a->top + (size_t)row < a->nlines; row++) {
		size_t l = a->top + (size_t)row;
		const struct axis_line *ln = &a->lines[l];
		int y = ar.y + 1 + row;
		if (ln->kind == AXIS_LINE_UNDATED) {
			grid_put_str(g, y, x0, w, "Year unknown", ST_LABEL | ST_DIM);
			continue;
		}
		uint16_t sel = ln->kind == AXIS_LINE_EVENT || ln->kind == AXIS_LINE_LISTED
				       ? pane_row_style(r, p, ln->event)
				       : 0;
		if (sel)
			grid_fill(g, y, ar.x, ar.w, sel);
		if (ln->kind == AXIS_LINE_LISTED) {
			pane_ops[p].draw_row(r, g, ln->event, y, x0 + 1, w - 1, sel);
			continue;
		}
		/* The year where it changes, and in dim on the top line so it is never lost. */
		if (ln->kind != AXIS_LINE_BREAK && (ln->year_mark || row == 0)) {
			year_text(a->step, ln->slot, buf, sizeof(buf));
			grid_put_clipped(g, y, x0, w, buf, strlen(buf),
					 (uint16_t)(sel | (ln->year_mark ? ST_LABEL : ST_DIM)));
		}
		if (sw && ln->step_mark) {
			step_text(a->step, ln->slot, buf, sizeof(buf));
			grid_put_clipped(g, y, x0 + yw + 1, x0 + w - (x0 + yw + 1), buf,
					 strlen(buf), (uint16_t)(sel | ST_LABEL));
		}
		int room = x0 + w - axis_x;
		if (room <= 0)
			continue;
		if (ln->kind == AXIS_LINE_EMPTY) {
			grid_put_str(g, y, axis_x, room, "│", ST_BORDER);
		} else if (ln->kind == AXIS_LINE_BREAK) {
			gap_text(a->step, ln->gap, buf, sizeof(buf));
			grid_put_str(g, y, axis_x, room, "┆", ST_BORDER);
			grid_put_clipped(g, y, axis_x + 2, room - 2, buf, strlen(buf), ST_DIM);
		} else {
			const struct event *e = &r->tl->events[ln->event];
			const char *summary = timex_event_summary(r->tl, ln->event);
			summary = summary ? summary : "";
			grid_put_str(g, y, axis_x, room, "●", (uint16_t)(sel | ST_DATE));
			int x = axis_x + 2;
			const char *label = timex_event_label_fit(e, true);
			grid_put_clipped(g, y, x, x0 + w - x < lw ? x0 + w - x : lw, label,
					 strlen(label), (uint16_t)(sel | ST_LABEL));
			x += lw + 1;
			if (x < x0 + w)
				grid_put_clipped(g, y, x, x0 + w - x, summary, strlen(summary),
						 sel);
		}
	}
}
