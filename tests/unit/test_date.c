/* Unit tests of the date module: ISO parsing, days in a month, day numbers, weekdays, ISO weeks,
 * weekdays of a month, Easter and month names. */
#include "check.h"
#include "dateline/date.h"

static void parse_iso(void)
{
	struct date dt = {0, 0, 0};

	CHECK(date_parse_iso("2025-11-08", &dt));
	CHECK_EQ(dt.year, 2025);
	CHECK_EQ(dt.month, 11);
	CHECK_EQ(dt.day, 8);
	CHECK(date_parse_iso("2024-02-29", &dt));
	CHECK(date_parse_iso("0001-01-01", &dt));
	CHECK(!date_parse_iso("2025-02-29", &dt));
	CHECK(!date_parse_iso("1900-02-29", &dt));
	CHECK(date_parse_iso("2000-02-29", &dt));
	CHECK(!date_parse_iso("2025-13-01", &dt));
	CHECK(!date_parse_iso("2025-00-10", &dt));
	CHECK(!date_parse_iso("2025-04-31", &dt));
	CHECK(!date_parse_iso("0000-01-01", &dt));
	CHECK(!date_parse_iso("2025-1-01", &dt));
	CHECK(!date_parse_iso("2025-11-08x", &dt));
	CHECK(!date_parse_iso("2025-11-0", &dt));
	CHECK(!date_parse_iso("2025/11/08", &dt));
	CHECK(!date_parse_iso("", &dt));
	/* A failed parse leaves the output alone. */
	CHECK_EQ(dt.year, 2000);
}

static void days_in_month(void)
{
	CHECK_EQ(date_days_in_month(2025, 1), 31);
	CHECK_EQ(date_days_in_month(2025, 2), 28);
	CHECK_EQ(date_days_in_month(2024, 2), 29);
	CHECK_EQ(date_days_in_month(2100, 2), 28);
	CHECK_EQ(date_days_in_month(2000, 2), 29);
	CHECK_EQ(date_days_in_month(0, 2), 29);
	CHECK_EQ(date_days_in_month(2025, 11), 30);
	CHECK_EQ(date_days_in_month(2025, 0), 0);
	CHECK_EQ(date_days_in_month(2025, 13), 0);
}

static void day_numbers(void)
{
	int y, m, d;

	CHECK_EQ(date_to_days(1970, 1, 1), 0);
	CHECK_EQ(date_to_days(2000, 3, 1), 11017);
	CHECK_EQ(date_to_days(1969, 12, 31), -1);
	/* Round trips over four centuries, leap days included. */
	for (long z = date_to_days(1900, 1, 1); z < date_to_days(2300, 1, 1); z += 13) {
		date_from_days(z, &y, &m, &d);
		CHECK(date_valid(y, m, d));
		CHECK_EQ(date_to_days(y, m, d), z);
	}
	date_from_days(date_to_days(2024, 2, 29), &y, &m, &d);
	CHECK_EQ(y, 2024);
	CHECK_EQ(m, 2);
	CHECK_EQ(d, 29);
}

static void weekdays_and_weeks(void)
{
	int y, w;

	CHECK_EQ(date_weekday(date_to_days(1970, 1, 1)), 4);  /* Thursday */
	CHECK_EQ(date_weekday(date_to_days(2025, 11, 8)), 6); /* Saturday */
	CHECK_EQ(date_weekday(date_to_days(2025, 11, 9)), 7); /* Sunday */
	CHECK_EQ(date_weekday(date_to_days(1900, 1, 1)), 1);  /* Monday, before day 0 */
	date_isoweek(date_to_days(2025, 11, 8), &y, &w);
	CHECK_EQ(y, 2025);
	CHECK_EQ(w, 45);
	/* 2021-01-03 belongs to the last week of 2020; 2024-12-30 to the first of 2025. */
	date_isoweek(date_to_days(2021, 1, 3), &y, &w);
	CHECK_EQ(y, 2020);
	CHECK_EQ(w, 53);
	date_isoweek(date_to_days(2024, 12, 30), &y, &w);
	CHECK_EQ(y, 2025);
	CHECK_EQ(w, 1);
}

static void isoweek_start(void)
{
	int y, m, d, w;

	date_from_days(date_isoweek_start(2025, 1), &y, &m, &d);
	CHECK_EQ(y * 10000 + m * 100 + d, 20241230);
	date_from_days(date_isoweek_start(2020, 53), &y, &m, &d);
	CHECK_EQ(y * 10000 + m * 100 + d, 20201228);
	date_from_days(date_isoweek_start(2026, 1), &y, &m, &d);
	CHECK_EQ(y * 10000 + m * 100 + d, 20251229);
	/* The inverse of date_isoweek: every Monday of four centuries. */
	for (long z = date_isoweek_start(1900, 1); z < date_to_days(2300, 1, 1); z += 7) {
		date_isoweek(z, &y, &w);
		CHECK_EQ(date_isoweek_start(y, w), z);
	}
}

static void nth_weekday(void)
{
	CHECK_EQ(date_nth_weekday(2025, 11, 4, 4), 27); /* the fourth Thursday of November */
	CHECK_EQ(date_nth_weekday(2025, 9, 1, 1), 1);   /* the first Monday: the 1st itself */
	CHECK_EQ(date_nth_weekday(2025, 5, 1, -1), 26); /* the last Monday of May */
	CHECK_EQ(date_nth_weekday(2025, 5, 7, 2), 11);
	CHECK_EQ(date_nth_weekday(2025, 6, 7, 3), 15);
	CHECK_EQ(date_nth_weekday(2025, 2, 1, 3), 17);
	CHECK_EQ(date_nth_weekday(2024, 2, 4, 5), 29); /* a leap day is a fifth Thursday */
	CHECK_EQ(date_nth_weekday(2024, 2, 4, -5), 1);
	CHECK_EQ(date_nth_weekday(2025, 3, 1, 5), 31);
	CHECK_EQ(date_nth_weekday(2025, 3, 1, -5), 3);
	CHECK_EQ(date_nth_weekday(2025, 2, 5, 5), 0); /* February 2025 has four Fridays */
	CHECK_EQ(date_nth_weekday(2025, 2, 5, -5), 0);
	CHECK_EQ(date_nth_weekday(2025, 2, 5, 0), 0);
	CHECK_EQ(date_nth_weekday(2025, 2, 5, 6), 0);
	CHECK_EQ(date_nth_weekday(2025, 13, 5, 1), 0);
	CHECK_EQ(date_nth_weekday(2025, 2, 0, 1), 0);
	CHECK_EQ(date_nth_weekday(2025, 2, 8, 1), 0);
	/* Every answer is that weekday, in the month, and the n-th of them. */
	for (int m = 1; m <= 12; m++)
		for (int wd = 1; wd <= 7; wd++)
			for (int n = 1; n <= 4; n++) {
				int d = date_nth_weekday(2031, m, wd, n);
				CHECK(d >= 1 + 7 * (n - 1) && d <= 7 * n);
				CHECK_EQ(date_weekday(date_to_days(2031, m, d)), wd);
				int l = date_nth_weekday(2031, m, wd, -n);
				CHECK(l > date_days_in_month(2031, m) - 7 * n);
				CHECK(l <= date_days_in_month(2031, m) - 7 * (n - 1));
				CHECK_EQ(date_weekday(date_to_days(2031, m, l)), wd);
			}
}

static void easter(void)
{
	static const int known[][3] = {
		{2025, 4, 20}, {2024, 3, 31}, {2000, 4, 23}, {1961, 4, 2},  {1943, 4, 25},
		{1818, 3, 22}, {2038, 4, 25}, {2285, 3, 22}, {2019, 4, 21}, {1583, 4, 10},
	};
	int m, d;

	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		date_easter(known[i][0], &m, &d);
		CHECK_EQ(m, known[i][1]);
		CHECK_EQ(d, known[i][2]);
	}
	/* Always a Sunday between March 22 and April 25. */
	for (int y = 1583; y < 4100; y++) {
		date_easter(y, &m, &d);
		CHECK_EQ(date_weekday(date_to_days(y, m, d)), 7);
		CHECK((m == 3 && d >= 22) || (m == 4 && d <= 25));
	}
}

static void month_names(void)
{
	CHECK_STR(date_month_name(1), "January");
	CHECK_STR(date_month_name(12), "December");
	CHECK(date_month_name(0) == NULL);
	CHECK(date_month_name(13) == NULL);
	CHECK_STR(date_month_abbr(9), "Sep");
	CHECK(date_month_abbr(-1) == NULL);
	CHECK_EQ(date_month_parse("November", 8), 11);
	CHECK_EQ(date_month_parse("nov", 3), 11);
	CHECK_EQ(date_month_parse("Sept", 4), 9);
	CHECK_EQ(date_month_parse("MAY", 3), 5);
	CHECK_EQ(date_month_parse("Novem", 5), 0);
	CHECK_EQ(date_month_parse("No", 2), 0);
	CHECK_EQ(date_month_parse("Novembers", 9), 0);
	CHECK_EQ(date_month_parse("Mon", 3), 0);
}

int main(void)
{
	RUN(parse_iso);
	RUN(days_in_month);
	RUN(day_numbers);
	RUN(weekdays_and_weeks);
	RUN(isoweek_start);
	RUN(nth_weekday);
	RUN(easter);
	RUN(month_names);
	return CHECK_DONE();
}
