/* test_ui_axis38: the timeline to scale places years before Christ, session 38. "BC0480" was no
 * day the axis could read, so a story of 480 BC listed its events under "Year unknown". */
#include "reader_fixture.h"

#include <locale.h>

/* A value before Christ is placed at its earliest year, as the timeline orders it; 480 BC is
 * the calendar's year -479. */
static void bc_values(void)
{
	long day;

	CHECK(axis_value_day("BC0480", &day));
	CHECK_EQ(day, date_to_days(-479, 1, 1));
	CHECK(axis_value_day("BC0480-08", &day));
	CHECK_EQ(day, date_to_days(-479, 8, 1));
	CHECK(axis_value_day("BC0331-XX-XX", &day));
	CHECK_EQ(day, date_to_days(-330, 1, 1));
	CHECK(axis_value_day("BC047", &day)); /* the 470s BC: from 479 BC */
	CHECK_EQ(day, date_to_days(-478, 1, 1));
	CHECK(axis_value_day("BC03", &day)); /* the 4th century BC: from 399 BC */
	CHECK_EQ(day, date_to_days(-398, 1, 1));
	/* neighbours that stay */
	CHECK(axis_value_day("0064", &day));
	CHECK_EQ(day, date_to_days(64, 1, 1));
	CHECK(!axis_value_day("BCXXXX-XX-XX", &day));
	CHECK(!axis_value_day("BC", &day));
}

/* A story of 331 BC and a museum of 1998: all three events on the axis, in order, the years
 * before Christ marked so. */
static void bc_axis(void)
{
	struct fixture f;
	struct grid g = {0};
	struct buf out = BUF_INIT;
	static const char t[] = "Title\n\nThe vase was made in 331 BC. The temple burnt in 480 BC. "
				"The museum bought the vase in 1998.\n";

	setup(&f, t, sizeof(t) - 1, 24, 100);
	REQUIRE_EQ(f.tl->nevents, 3);
	reader_key(&f.r, 't');
	const struct axis_view *a = &f.r.axis;
	CHECK_EQ(a->nplaced, 3);
	for (size_t l = 0; l < a->nlines; l++)
		CHECK(a->lines[l].kind != AXIS_LINE_UNDATED);
	for (size_t i = 1; i < 3; i++)
		CHECK(a->line_of[i] > a->line_of[i - 1]);
	screen_text(&f.r, &g, &out);
	CHECK(strstr(out.data, "Year unknown") == NULL);
	/* a line a year: the year marked "480 BC", as the event's own label says it */
	CHECK_EQ(a->step, AXIS_STEP_YEAR);
	CHECK(strstr(out.data, " 480 BC ● 480 BC The temple burnt") != NULL);
	CHECK(strstr(out.data, " 331 BC ● 331 BC The vase was made") != NULL);
	CHECK(strstr(out.data, " 1998   ● 1998   The museum bought") != NULL);
	buf_free(&out);
	grid_free(&g);
	teardown(&f);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(bc_values);
	RUN(bc_axis);
	return CHECK_DONE();
}
