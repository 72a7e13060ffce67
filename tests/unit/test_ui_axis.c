/* Unit tests of the reader's timeline to scale without a terminal: the day of an event's
 * value, the axis lines and their gaps, the selection kept over resizes, undated events apart. */
#include "reader_fixture.h"

#include <locale.h>

/* The line of text that begins with prefix (after a newline), or "" (the rest of the line is for
 * the caller to look into: labels change with the timeline's wording). */
static const char *line_from(const char *text, const char *prefix, char *line, size_t n)
{
	line[0] = '\0';
	for (const char *p = text; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (strncmp(p, prefix, strlen(prefix)) == 0) {
			size_t k = strcspn(p, "\n");
			snprintf(line, n, "%.*s", (int)k, p);
			break;
		}
	return line;
}

/* ---- the timeline to scale ---- */

static void axis_values(void)
{
	long day;

	CHECK(axis_value_day("2025-11-07", &day));
	CHECK_EQ(day, date_to_days(2025, 11, 7));
	CHECK(axis_value_day("2025-11-07T15:30", &day));
	CHECK_EQ(day, date_to_days(2025, 11, 7));
	CHECK(axis_value_day("2025-07", &day));
	CHECK_EQ(day, date_to_days(2025, 7, 1));
	CHECK(axis_value_day("2025-W45", &day));
	CHECK_EQ(day, date_to_days(2025, 11, 3));
	CHECK(axis_value_day("2026-W01", &day)); /* its Monday is in 2025: kept in 2026 */
	CHECK_EQ(day, date_to_days(2026, 1, 1));
	CHECK(axis_value_day("2025-Q3", &day));
	CHECK_EQ(day, date_to_days(2025, 7, 1));
	CHECK(axis_value_day("2025-H2", &day));
	CHECK_EQ(day, date_to_days(2025, 7, 1));
	CHECK(axis_value_day("2025-SU", &day));
	CHECK_EQ(day, date_to_days(2025, 6, 1));
	CHECK(axis_value_day("2025", &day));
	CHECK_EQ(day, date_to_days(2025, 1, 1));
	CHECK(axis_value_day("199", &day));
	CHECK_EQ(day, date_to_days(1990, 1, 1));
	CHECK(axis_value_day("2025-02-30", &day)); /* no such day: its month */
	CHECK_EQ(day, date_to_days(2025, 2, 1));
	CHECK(!axis_value_day("XXXX-11-07", &day));
	CHECK(!axis_value_day("XXXX", &day));
	CHECK(!axis_value_day("PAST_REF", &day));
	CHECK(!axis_value_day("P3Y", &day));
	CHECK(!axis_value_day("", &day));
}

static const char axis_article[] =
	"A title for the axis\n\n"
	"On March 3, 2024, the council met. On March 5, 2024, the council voted on the tram. On "
	"March 9, 2024, the works began. In November 2025, the line opened to the public.\n";

static void axis_to_scale(void)
{
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;

	setup(&f, axis_article, sizeof(axis_article) - 1, 24, 80);
	REQUIRE_EQ(f.tl->nevents, 4);
	reader_key(&f.r, 't');
	CHECK(f.r.axis.on);
	CHECK_EQ(f.r.focus, PANE_TIMELINE);
	CHECK(strstr(f.r.status, "a line is a day") != NULL);
	const struct axis_view *a = &f.r.axis;
	/* A day a line: Mar 3, 4 (empty), 5, 6-8 (empty), 9, then 601 days left out, Nov 2025. */
	CHECK_EQ(a->step, AXIS_STEP_DAY);
	static const enum axis_line_kind kinds[] = {
		AXIS_LINE_EVENT, AXIS_LINE_EMPTY, AXIS_LINE_EVENT, AXIS_LINE_EMPTY, AXIS_LINE_EMPTY,
		AXIS_LINE_EMPTY, AXIS_LINE_EVENT, AXIS_LINE_BREAK, AXIS_LINE_EVENT};
	REQUIRE_EQ(a->nlines, 9);
	for (size_t l = 0; l < 9; l++)
		CHECK_EQ(a->lines[l].kind, kinds[l]);
	CHECK_EQ(a->lines[7].gap, 601);
	CHECK_EQ(a->line_of[3], 8);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, " Timeline  1/4 · to scale, a line a day\n") != NULL);
	char line[256];
	CHECK(strstr(line_from(out.data, " 2024 Mar  3 ● Mar 3", line, sizeof(line)),
		     " On March 3, 2024, the council met") != NULL);
	CHECK(strstr(out.data, "\n      Mar  4 │\n") != NULL);
	CHECK(strstr(out.data, "\n             ┆ about 20 months\n") != NULL);
	/* November 2025 is a month: no day is marked for it, only its year. */
	CHECK(strstr(line_from(out.data, " 2025        ● Nov", line, sizeof(line)),
		     " In November 2025, the line opened") != NULL);
	/* The jump keys and Enter go through the events as in the list. */
	reader_key(&f.r, ']');
	reader_key(&f.r, ']');
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 1);
	CHECK(strstr(f.r.status, "Event 2/4") != NULL);
	reader_key(&f.r, 'j');
	reader_key(&f.r, UI_KEY_ENTER);
	CHECK(strstr(f.r.status, "Event 3/4") != NULL);
	/* Enter showed the article (one pane at a time at 80 columns); Tab comes back. */
	CHECK_EQ(f.r.focus, PANE_ARTICLE);
	reader_key(&f.r, '\t');
	CHECK_EQ(f.r.focus, PANE_TIMELINE);
	screen_text(&f.r, &g, &out);
	/* The selected event's line is highlighted. */
	int y = f.r.area[PANE_TIMELINE].y + 1 + (int)(a->line_of[2] - a->top);
	CHECK((g.cells[(size_t)y * (size_t)g.cols + 20].style & ST_SELECTED) != 0);
	/* A click on an event's line selects it; on an empty step, nothing. */
	reader_mouse(&f.r, f.r.area[PANE_TIMELINE].y + 2, 10, 1);
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 2);
	reader_mouse(&f.r, f.r.area[PANE_TIMELINE].y + 1 + 8, 10, 1);
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 3);
	/* t again: the list, the same event selected. */
	reader_key(&f.r, 't');
	CHECK(!f.r.axis.on);
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 3);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, " Timeline  4/4\n") != NULL);
	CHECK(strstr(out.data, "●") == NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

/* Many events over years in a short pane: a coarser step, the selection kept in view across
 * resizes, the axis rebuilt for the height and never past its end. */
static void axis_resize_keeps_selection(void)
{
	struct fixture f;
	struct buf big = BUF_INIT;
	struct grid g = {0};

	for (int i = 0; i < 120; i++)
		buf_printf(&big, "On %s %d, %d, event number %d happened.\n\n",
			   date_month_name(i % 12 + 1), i % 27 + 1, 2000 + i / 6, i);
	setup(&f, big.data, big.len, 30, 140);
	REQUIRE(f.tl->nevents >= 100);
	reader_key(&f.r, '\t');
	reader_key(&f.r, 't');
	CHECK(f.r.axis.step >= AXIS_STEP_MONTH);
	for (int i = 0; i < 57; i++)
		reader_key(&f.r, ']');
	size_t sel = f.r.sel[PANE_TIMELINE];
	static const int sizes[][2] = {{24, 80}, {12, 40},  {45, 160},
				       {7, 21},  {30, 140}, {60, 200}};
	for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		reader_resize(&f.r, sizes[k][0], sizes[k][1]);
		reader_draw(&f.r, &g);
		const struct axis_view *a = &f.r.axis;
		CHECK_EQ(f.r.sel[PANE_TIMELINE], sel);
		size_t rows = (size_t)(f.r.area[PANE_TIMELINE].h - 1), line = a->line_of[sel];
		CHECK(line >= a->top && line < a->top + rows);
		CHECK(a->top + rows <= a->nlines || a->top == 0);
		CHECK_EQ(a->built_rows, (int)rows);
	}
	reader_key(&f.r, 'G');
	reader_draw(&f.r, &g);
	CHECK_EQ(f.r.sel[PANE_TIMELINE], f.tl->nevents - 1);
	reader_key(&f.r, 'g');
	reader_draw(&f.r, &g);
	CHECK_EQ(f.r.axis.top, 0);
	grid_free(&g);
	teardown(&f);
	buf_free(&big);
}

/* Without an anchor the year of "In July" is unknown: such events are listed apart, under a
 * heading, where the timeline has them (after the dated ones), and the jump keys reach them; the
 * axis is no finer than its events (years: a line a year, 2025 shown empty). */
static void axis_undated_apart(void)
{
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;
	const char *t =
		"Title\n\nIn July the council met. In 2024 the works began. In 2026 the line "
		"opens.\n";
	const char *err = NULL;

	f.d = doc_load(t, strlen(t), "test.txt", FORMAT_TEXT, &err);
	REQUIRE(f.d != NULL);
	f.tl = timex_find(f.d);
	f.cl = claims_find(f.d);
	reader_init(&f.r, f.d, f.tl, f.cl, NULL, NULL, "no database in tests");
	reader_resize(&f.r, 24, 80);
	REQUIRE_EQ(f.tl->nevents, 3);
	reader_key(&f.r, 't');
	const struct axis_view *a = &f.r.axis;
	CHECK_EQ(a->nplaced, 2);
	CHECK_EQ(a->step, AXIS_STEP_YEAR);
	static const enum axis_line_kind kinds[] = {AXIS_LINE_EVENT, AXIS_LINE_EMPTY,
						    AXIS_LINE_EVENT, AXIS_LINE_UNDATED,
						    AXIS_LINE_LISTED};
	REQUIRE_EQ(a->nlines, 5);
	for (size_t l = 0; l < 5; l++)
		CHECK_EQ(a->lines[l].kind, kinds[l]);
	/* The lines keep the timeline's order. */
	for (size_t i = 1; i < 3; i++)
		CHECK(a->line_of[i] > a->line_of[i - 1]);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "\n 2025 │\n") != NULL);
	CHECK(strstr(out.data, "\n Year unknown\n") != NULL);
	CHECK(strstr(out.data, "In July the council met") != NULL);
	reader_key(&f.r, ']');
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 0);
	CHECK_EQ(a->top, 0);
	reader_key(&f.r, 'G');
	CHECK_EQ(f.r.sel[PANE_TIMELINE], 2);
	screen_text(&f.r, &g, &out);
	CHECK(selection_drawn(&f.r, &g, PANE_TIMELINE));
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(axis_values);
	RUN(axis_to_scale);
	RUN(axis_resize_keeps_selection);
	RUN(axis_undated_apart);
	return CHECK_DONE();
}
