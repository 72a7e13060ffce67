/* Unit tests of timeline rows a reader would find wrong, found by the lead in session 58 in
 * stories of his own (a storm, a chipmaker's results): each next to the row of the same shape
 * that stays. */
#include "timex_fixture.h"

/* "Duke Energy said customers would have power back by Thursday" in a Sunday paper showed the
 * Thursday three days before, when the storm had not yet come: "have" with a noun after it is
 * a verb of its own, so "would" tells a future of the saying; and a weekday a recent saying
 * looks ahead to is the coming one unless the one past is nearer by more than a day. */
static void would_have_a_noun(void)
{
	timex_expect_value_as("Storm\n\nDuke Energy said customers would have power back by "
			      "Thursday.\n",
			      "2026-09-20", ANCHOR_TEXT, "Thursday", "2026-09-24");
	timex_expect_value_as("Storm\n\nDuke Energy said crews would restore power by Thursday.\n",
			      "2026-09-20", ANCHOR_TEXT, "Thursday", "2026-09-24");
	/* stays: a past unreal, and a past told */
	timex_expect_value_as("Storm\n\nDuke Energy said crews would have finished by Thursday.\n",
			      "2026-09-20", ANCHOR_TEXT, "Thursday", "2026-09-17");
	timex_expect_value_as("Storm\n\nDuke Energy said crews restored power on Thursday.\n",
			      "2026-09-20", ANCHOR_TEXT, "Thursday", "2026-09-17");
}

/* "Acme said it would open a plant in May, and that it would hire 300 workers in February"
 * (October 2026) showed February 2026: the first clause's "would" ended the look back from the
 * second to the verb that reports both. */
static void and_that_second_report(void)
{
	const char *t = "Plant\n\nAcme said it would open a plant in May, and that it would hire "
			"300 workers in February.\n";
	timex_expect_value_as(t, "2026-10-29", ANCHOR_TEXT, "February", "2027-02");
	timex_expect_value_as(t, "2026-10-29", ANCHOR_TEXT, "May", "2027-05");
	/* stays: a clause of its own */
	timex_expect_value_as("Plant\n\nAcme said it would open a plant in May, but it hired 300 "
			      "workers in February.\n",
			      "2026-10-29", ANCHOR_TEXT, "February", "2026-02");
}

/* "Duke Energy said crews from 15 states were on their way, and that most customers would have
 * power back by Thursday" showed the row "That most customers would have power back by
 * Thursday": a second thing a verb reports keeps the clause that says who reports it; and "The
 * company also said it would buy back $10 billion of its shares over the next two years, and
 * that its chief financial officer, Mark Ellis, would retire in March" (October 2026) showed
 * March 2026: a long first thing no longer hides the verb of saying from the look back. */
static void and_that_row_says_who(void)
{
	timex_expect_events("Storm\n\nDuke Energy said crews were on their way, and that most "
			    "customers would have power back by Thursday.\n",
			    "2026-09-20", "by Sep 24, 2026",
			    "Duke Energy said crews were on their way, and that most customers "
			    "would have power back by Thursday");
	timex_expect_value_as("Chips\n\nThe company also said it would buy back $10 billion of "
			      "its shares over the next two years, and that its chief financial "
			      "officer, Mark Ellis, would retire in March.\n",
			      "2026-10-29", ANCHOR_TEXT, "March", "2027-03");
	/* stays: a clause of its own after ", and" is cut from what comes before */
	timex_expect_events("Storm\n\nDuke Energy said crews were on their way, and most "
			    "customers got power back on Thursday.\n",
			    "2026-09-20", "Sep 17, 2026",
			    "Most customers got power back on Thursday");
}

int main(void)
{
	and_that_row_says_who();
	would_have_a_noun();
	and_that_second_report();
	return CHECK_DONE();
}
