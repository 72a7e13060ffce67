/* Unit tests of timeline rows a reader could not read, found by tl46 in session 46: each next to
 * the row of the same shape that stays. */
#include "timex_fixture.h"

/* "the 2011 raid", "its 1990 invasion": a year's phrase alone says no happening; its "of"
 * phrase or its relative clause with a past verb says what the thing was, up to a comma, a
 * preposition or a conjunction. A phrase with neither, or a relative clause with no past verb,
 * stays bare; a preposition between capitals leaves the phrase bare. */
static void test_thing_says_what_it_was(void)
{
	timex_expect_events("The senator praised the 2009 raid that freed two hostages during a "
			    "storm, aides said.",
			    "2016-06-01", "2009", "the 2009 raid that freed two hostages");
	timex_expect_events("Sanctions came after its 1990 invasion of Ruritania until last week.",
			    "2016-06-01", "1990 | until week of May 23, 2016",
			    "its 1990 invasion of Ruritania");
	timex_expect_events(
		"She backed the 1994 road bill that was signed into law by her brother.",
		"2016-06-01", "1994", "the 1994 road bill that was signed into law");
	timex_expect_events("Voters recalled last year's deadly U.S. Embassy fire in the port.",
			    "2016-06-01", "2015", "last year's deadly U.S. Embassy fire");
	/* stay */
	timex_expect_events("The donors of the 2012 election gave again.", "2016-06-01", "2012",
			    "the 2012 election");
	timex_expect_events("He told the 2012 campaign that he would quit.", "2016-06-01", "2012",
			    "the 2012 campaign");
	timex_expect_events("He sponsored the 2014 renewal of the Death in Jail Act.", "2016-06-01",
			    "2014", "the 2014 renewal");
}

/* "The 2013 census enumerated 4 million people" opened by a year's phrase whose past verb follows
 * it: the clause is what the thing did in its year, and is the row (the row read "The 2013
 * census"); with another date in the sentence, the verb may be that date's ("Kopp's 1987 car was
 * found last month"), and the phrase stays the row. */
static void test_thing_as_subject(void)
{
	timex_expect_events("The 2013 census counted four million people.", "2016-06-01", "2013",
			    "The 2013 census counted four million people");
	timex_expect_events("Lina's 1987 van was found last month at the port.", "2016-06-01",
			    "1987 | May 2016", "Lina's 1987 van");
	timex_expect_events("The 2016 floods could return.", "2016-06-01", "2016",
			    "The 2016 floods");
}

/* "whacks Clinton in Christmas ad", "the Christmas party shooting": a holiday named as a thing's
 * kind dated the sentence at Dec 25; the thing is of the season, no event of the day. A word of
 * time after it ("Easter weekend"), a verb ("Christmas is"), or a holiday named a day ("a Labor
 * Day cookout") keeps the row. */
static void test_holiday_as_kind(void)
{
	timex_expect_events("Rivals mock the mayor in Christmas ad", "2015-12-20", "", NULL);
	timex_expect_events("Crowds filled the shops to buy Christmas gifts.", "2015-12-20", "",
			    NULL);
	timex_expect_events("On Friday the aides called the Christmas party attack a crime.",
			    "2015-12-20", "Dec 18, 2015", NULL);
	/* stay */
	timex_expect_events("The mayor hosted a Labor Day cookout in the park.", "2016-09-01",
			    "Sep 5, 2016", NULL);
	timex_expect_events("Traffic was heavy over the Easter weekend.", "2016-03-30",
			    "Mar 27, 2016", NULL);
	timex_expect_events("Christmas is quiet in the town.", "2015-12-20", "Dec 25, 2015", NULL);
}

int main(void)
{
	RUN(test_holiday_as_kind);
	RUN(test_thing_says_what_it_was);
	RUN(test_thing_as_subject);
	return CHECK_DONE();
}
