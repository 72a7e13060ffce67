/* Unit tests of the date module: ISO parsing, days in a month, day numbers, weekdays, ISO weeks
 * and month names. */
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
	RUN(month_names);
	return CHECK_DONE();
}
