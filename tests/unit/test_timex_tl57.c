/* Unit tests of timeline rows a reader would find wrong, found by tl57 in session 57 in stories
 * of his own (a utility's fine, a cup final, a company's cuts): each next to the row of the same
 * shape that stays. */
#include "timex_fixture.h"

/* "..., and it agreed in 2019 to pay a $10 million penalty" showed "It agreed in 2019 to pay
 * ...": a clause cut to its date opened with a pronoun no summary names. A clause that "it",
 * "its", "they" or "their" opens keeps the clause before it, which says who; "he" and "she" are
 * still cut (the coreference names them), and so is a clause with a subject of its own, and an
 * "it" that stands for what follows ("it is hard to say", "it was Smith who"). */
static void pronoun_keeps_its_clause(void)
{
	const char *a = "2026-05-18";
	timex_expect_named(
		"Fine\n\nAfter an October 2017 windstorm, regulators found the utility "
		"had failed to trim trees, and it agreed in 2019 to pay a $10 million "
		"penalty.\n",
		a, "2019",
		"After an October 2017 windstorm, regulators found the utility had failed "
		"to trim trees, and it agreed in 2019 to pay a $10 million penalty");
	timex_expect_named("Arrests\n\nPolice arrested two men in April, and they were charged "
			   "in May.\n",
			   a, "May 2026",
			   "Police arrested two men in April, and they were charged in May");
	timex_expect_named("Arrests\n\nWhen the plant closed in 2019, its owner sold the land in "
			   "2021.\n",
			   a, "2021",
			   "When the plant closed in 2019, its owner sold the land in 2021");
	/* the earlier clause stays cut to its own date */
	timex_expect_named("Arrests\n\nPolice arrested two men in April, and they were charged "
			   "in May.\n",
			   a, "Apr 2026", "Police arrested two men in April");
	/* stay: a subject of its own, a "he" the coreference names */
	timex_expect_named("Arrests\n\nPolice arrested two men in April, and prosecutors charged "
			   "them in May.\n",
			   a, "May 2026", "Prosecutors charged them in May");
	timex_expect_named("Race\n\nThe plan failed in April, and it is hard to say what comes "
			   "in May.\n",
			   a, "May 2026", "It is hard to say what comes in May");
	timex_expect_named("Race\n\nThe plan failed in April, and it was Smith who quit in May.\n",
			   a, "May 2026", "It was Smith who quit in May");
	timex_expect_named("Race\n\nJohn Smith lost the race in April, and he conceded in May.\n",
			   a, "May 2026", "John Smith conceded in May");
	timex_expect_named("Arrests\n\nWhen the plant closed in 2019, the owner sold the land in "
			   "2021.\n",
			   a, "2021", "The owner sold the land in 2021");
}

/* "the referee had missed a handball in the second half" in a football story of May 2026
 * showed the second half of 2025. A half with no year near a word of a game (match, goal,
 * referee, penalty ...) and no noun of a business figure, nor talk of quarters, is a half of a
 * match. Business halves stay, even beside a game word. */
static void match_half_in_words(void)
{
	const char *a = "2026-05-18";
	timex_expect_value("Final\n\nThe coach said the referee had missed a handball in the "
			   "second half.\n",
			   a, "the second half", "none");
	timex_expect_value("Final\n\nLakeside scored twice in the first half of the match.\n", a,
			   "the first half", "none");
	timex_expect_value("Final\n\nThe visitors pressed for a goal throughout the second half.\n",
			   a, "the second half", "none");
	/* stay: a business figure, talk of quarters, a year, no game word */
	timex_expect_value("Results\n\nThe game maker said sales rose in the second half.\n", a,
			   "the second half", "2025-H2");
	timex_expect_value("Results\n\nThe club will report a profit in the second half.\n", a,
			   "the second half", "2026-H2");
	timex_expect_value("Results\n\nThe company will hire more staff in the second half.\n", a,
			   "the second half", "2026-H2");
	timex_expect_value("Results\n\nThe league's broadcaster lost money in the first "
			   "quarter and will show a match in the second half.\n",
			   a, "the second half", "2026-H2");
	timex_expect_value("Results\n\nThe goal is to break even in the second half of 2027.\n", a,
			   "the second half of 2027", "2027-H2");
}

/* "Kim said the company would cut 1,500 jobs by the end of the first quarter" (October 2025)
 * showed Q1 2025: "would cut" read as a past ("cut" is a past form too), the comma of "1,500"
 * ended the clause, and "the" before the quarter made it a thing's date. A plain verb after a
 * modal is no past; a figure's comma is inside its number; "would" under a past saying is the
 * future of the saying. */
static void would_after_saying(void)
{
	const char *a = "2025-10-20";
	timex_expect_value("Cuts\n\nKim said the company would cut 1,500 jobs by the end of the "
			   "first quarter.\n",
			   a, "the first quarter", "2026-Q1");
	timex_expect_value("Cuts\n\nKim said the company would cut jobs in the first quarter.\n", a,
			   "the first quarter", "2026-Q1");
	timex_expect_value("Cuts\n\nKim said the company would cut 1,500 jobs in March.\n", a,
			   "March", "2026-03");
	timex_expect_value("Cuts\n\nKim said the company could cut 1,500 jobs in March.\n", a,
			   "March", "2026-03");
	/* stay: a past told in the past */
	timex_expect_value("Cuts\n\nKim said the company cut 1,500 jobs in March.\n", a, "March",
			   "2025-03");
	timex_expect_value("Cuts\n\nKim said sales fell in the first quarter.\n", a,
			   "the first quarter", "2025-Q1");
	timex_expect_value("Cuts\n\nKim said the company would have cut jobs in March.\n", a,
			   "March", "2025-03");
	timex_expect_value("Cuts\n\nThe company cut 1,500 jobs in March.\n", a, "March", "2025-03");
	/* a present copula before the phrase ("is a change from the first half of the year" in
	 * December) is no plan: this year's */
	timex_expect_value("Change\n\nThe race is a striking change from the first half of the "
			   "year, when the spotlight was on Clinton.\n",
			   "2015-12-22", "the first half", "2015-H1");
}

/* "Its shares have lost a third of their value since January" in a story of November 2025
 * showed "since Jan 2026", a start still to come: the perfect's verb stands too far back for the
 * tense to read it. A month after "since" ("since early January") with nothing else to say its
 * time is on or before the anchor. */
static void since_a_month_is_past(void)
{
	const char *a = "2025-11-20";
	timex_expect_value("Shares\n\nThe shares have lost a third of their value since "
			   "January.\n",
			   a, "January", "2025-01");
	timex_expect_value("Shares\n\nPrices have risen steadily across the region since early "
			   "January.\n",
			   a, "early January", "2025-01");
	/* stay: a future's end point, a year given, a month just before the anchor */
	timex_expect_value("Shares\n\nThe office will stay closed until January.\n", a, "January",
			   "2026-01");
	timex_expect_value("Shares\n\nHe has been in jail since March 2024.\n", a, "March 2024",
			   "2024-03");
	timex_expect_value("Shares\n\nThe shares have lost a third of their value since "
			   "October.\n",
			   a, "October", "2025-10");
}

int main(void)
{
	pronoun_keeps_its_clause();
	match_half_in_words();
	would_after_saying();
	since_a_month_is_past();
	return CHECK_DONE();
}
