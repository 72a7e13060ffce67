/* test_timex_years38b: a year that names a thing ("the 2022 presidential election", "Ann Roe's
 * 2007 novel", "few 2017 movies", "next year's budget") dates the thing, not the event of its
 * sentence: the timeline keeps the year, tagged as before, and its summary is the noun phrase,
 * so no row reads "in 2022, Lee spoke". */
#include "timex_fixture.h"

/* The summary of the first event of `text` read at `anchor`, its labels joined by " | ". */
static void expect_first(const char *text, const char *labels, const char *summary)
{
	timex_expect_events(text, "2024-12-07", labels, summary);
}

/* The year as a noun's modifier: the row says the noun phrase. */
static void test_year_names_thing(void)
{
	timex_expect_value("Mara Kell, the rival in the 2022 presidential election, said no.",
			   "2024-12-07", "2022", "2022");
	expect_first("Mara Kell, the rival in the 2022 presidential election, said no.", "2022",
		     "the 2022 presidential election");
	expect_first("The film adapts Ann Roe's 2007 novel about a boy and a lake.", "2007",
		     "Ann Roe's 2007 novel");
	expect_first("The film adapts Ann Roe\xE2\x80\x99s 2007 novel about a boy.", "2007",
		     "Ann Roe\xE2\x80\x99s 2007 novel");
	expect_first("Few 2017 movies could match the warmth of the comedy.", "2017",
		     "2017 movies");
	expect_first("The mayor cut funding from next year's school budget.", "2025",
		     "next year's school budget");
	expect_first("His 2019 album may sell well.", "2019", "His 2019 album");
	/* in a verbless phrase set off by commas, "in" does not make it the sentence's time */
	expect_first("Winner of the top prize at the 2017 Lakeside Film Festival, the drama is "
		     "funny.",
		     "2017", "the 2017 Lakeside Film Festival");
	/* a verb in -ed after the noun is the clause's, not the phrase's: opening the sentence,
	 * the phrase is its subject and the clause the row (test_tl46.c) */
	expect_first("The 2016 floods displaced thousands.", "2016",
		     "The 2016 floods displaced thousands");
}

/* Neighbours that stay: the year dates the sentence ("in 2022", "a 2019 study found"), or the
 * sentence's event is the thing's time ("during the 2008 crisis"). */
static void test_year_names_thing_stay(void)
{
	expect_first("Mara Kell took office in 2022 after a close race.", "2022",
		     "Mara Kell took office in 2022 after a close race");
	expect_first("A 2019 study found that the river was cleaner.", "2019",
		     "A 2019 study found that the river was cleaner");
	expect_first("Banks failed during the 2008 crisis in many towns.", "2008",
		     "Banks failed during the 2008 crisis in many towns");
	expect_first("Sales dropped in the 2015 fiscal year.", "2015",
		     "Sales dropped in the 2015 fiscal year");
	expect_first("In the 2012 race, Tom Vale sold his boat.", "2012",
		     "In the 2012 race, Tom Vale sold his boat");
	expect_first("Prices rose after last year's flood of buyers.", "after 2023",
		     "Prices rose after last year's flood of buyers");
	expect_first("In 2017 prices rose by a tenth.", "2017", "In 2017 prices rose by a tenth");
	expect_first("The mayor said next year will be hard.", "2025",
		     "The mayor said next year will be hard");
	expect_first("The dam was finished in the 2010s and the town grew.", "2010s",
		     "The dam was finished in the 2010s and the town grew");
}

/* A ranking over a year ("my top 12 books of 2019") is the list's, not an event of the year;
 * "of 2019" after a plain noun, or a ranking with no determiner, keeps the sentence. */
static void test_best_of_year(void)
{
	expect_first("Here are my top 12 books of 2019 and where to find them.", "2019",
		     "my top 12 books of 2019");
	expect_first("I made a list of the best songs of 2019, a year of loud guitars.", "2019",
		     "the best songs of 2019");
	expect_first("The floods of 2019 closed the road.", "2019",
		     "The floods of 2019 closed the road");
	expect_first("Best songs of 2019 were short.", "2019", "Best songs of 2019 were short");
}

int main(void)
{
	RUN(test_year_names_thing);
	RUN(test_year_names_thing_stay);
	RUN(test_best_of_year);
	return CHECK_DONE();
}
