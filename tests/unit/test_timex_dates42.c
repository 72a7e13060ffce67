/* test_timex_dates42: timeline rows a reader trusts. A bare "the period" is a span the sentence
 * names, never the last quarter; "the quarter" still is. A number said in words opening a
 * sentence ("Twenty-five years ago, she") names nobody: the row's "she" is the person named
 * before. An amount after "N or" ("three or four months ago") is dated "around"; so is "a decade
 * ago", a year ten back. "21st Century Fox" is a name, no century. Years "later" that land past the paper's date in a
 * clause that does not look ahead have no date. */
#include "timex_fixture.h"

/* "the period before the ruling", "the boom of the period": no quarter, no row of its own;
 * "the quarter" in a report of earnings is the last quarter. */
static void test_the_period_is_no_quarter(void)
{
	timex_expect_value("The court ruled on Monday. She spoke of the period before the ruling.",
			   "2016-06-10", "the period", "none");
	timex_expect_value("On Monday the owner recalled the 1990s and the boom of the period.",
			   "2016-06-10", "the period", "none");
	timex_expect_value("The firm reported on Monday that it earned $5 million in the quarter.",
			   "2016-06-10", "the quarter", "2016-Q1");
}

/* "Twenty-five years ago, she": she is the leader named before, not "Twenty-five"; with no
 * one named before, she stays "she"; a name of one word opening its sentence is still one. */
static void test_number_word_names_nobody(void)
{
	timex_expect_named(
		"Party leader Mary Okafor spoke to supporters.\n\nTwenty-five years ago, she "
		"and her allies won a vote here.\n",
		"2015-11-10", "1990",
		"Twenty-five years ago, Mary Okafor and her allies won a vote here");
	timex_expect_named("Voters cheered.\n\nTen years ago, she led the march.\n", "2015-11-10",
			   "2005", "Ten years ago, she led the march");
	timex_expect_named("Okafor, the party leader, spoke.\n\nIn 2005 she led the march.\n",
			   "2015-11-10", "2005", "In 2005 Okafor led the march");
}

/* "three or four months ago", "40 or 50 years ago": one of two amounts, the label says the date is
 * about right; one amount, or two years ("in 2011 or 2012"), are dated as they are. */
static void test_amount_or_amount_is_around(void)
{
	timex_expect_events("The senator said he met the mayor three or four months ago.",
			    "2016-07-10", "around Mar 2016", NULL);
	timex_expect_events("She said they met 40 or 50 years ago.", "2016-07-10", "around 1966",
			    NULL);
	timex_expect_events("The senator said he met the mayor four months ago.", "2016-07-10",
			    "Mar 2016", NULL);
	timex_expect_events("The plant may have closed in 2011 or 2012.", "2016-07-10",
			    "2011 | 2012", NULL);
}

/* "a decade ago" is ten years back, give or take (TimeML's gold: the year), not the decade
 * before; "two decades ago" is still a decade. */
static void test_a_decade_ago_is_a_year(void)
{
	timex_expect_value("The bank failed a decade ago.", "2018-09-25", "a decade ago", "2008");
	timex_expect_events("The bank failed a decade ago.", "2018-09-25", "around 2008", NULL);
	timex_expect_value("The bank failed two decades ago.", "2018-09-25", "two decades ago",
			   "199");
	timex_expect_events("The bank failed two decades ago.", "2018-09-25", "1990s", NULL);
}

/* "21st Century Fox took": a company's name, no century; "the 20th Century." ending a sentence,
 * a heading in title case, and "the 20th century" stay centuries. */
static void test_century_in_a_name(void)
{
	timex_expect_value("The studio sold its films to 21st Century Fox last year.", "2016-08-01",
			   "21st Century", "none");
	timex_expect_value("It is a cash generator for 21st Century Fox, with big profits.",
			   "2016-08-01", "21st Century", "none");
	timex_expect_value("Neon became a symbol of the 20th Century. It glowed.", "2016-08-01",
			   "the 20th Century", "19");
	timex_expect_value("How the 20th Century Changed Music", "2016-08-01", "the 20th Century",
			   "19");
	timex_expect_value("It was the 20th century and Paris glowed.", "2016-08-01",
			   "the 20th century", "19");
}

/* "more than 200 years later" after a year of these days lands past the paper's date in a clause
 * that does not look ahead: it counts from a moment the story never gave, no row; "16 years
 * later" after 1990 is 2006, and a clause that looks ahead may land past the paper's. */
static void test_later_past_the_paper(void)
{
	timex_expect_events("The council met in 2015. The charter it adopted still holds, "
			    "200 years later.",
			    "2016-07-28", "2015", NULL);
	timex_expect_events("The mill closed in 1990. Sixteen years later, it reopened.",
			    "2016-07-28", "1990 | 2006", NULL);
	timex_expect_events("The council met in 2015. Five years later, it will meet again.",
			    "2016-07-28", "2015 | 2020", NULL);
}

int main(void)
{
	RUN(test_the_period_is_no_quarter);
	RUN(test_number_word_names_nobody);
	RUN(test_amount_or_amount_is_around);
	RUN(test_a_decade_ago_is_a_year);
	RUN(test_century_in_a_name);
	RUN(test_later_past_the_paper);
	return CHECK_DONE();
}
