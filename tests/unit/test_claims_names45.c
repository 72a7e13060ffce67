/* Unit tests of claim rows whose speaker a reader would find wrong, found by names45 in
 * session 45: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Jo Park said": a short word no list knows and "Park", a word of places' names that is a family's
 * too, right before a verb of saying, are a person's name (the row was lost: the speaker read
 * as a place); "Central Park said" and "Wall Street said" stay places, and no one's claims. */
static void surname_of_place(void)
{
	struct fixture f =
		run("The council met on Tuesday.\n\n"
		    "\u201cWe cannot keep borrowing,\u201d Jo Park said after the vote.\n\n"
		    "Central Park said the plan would fail.\n\n"
		    "Wall Street said the plan would fail.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Jo Park said: \u201cWe cannot keep borrowing\u201d"));
	done(&f);
}

/* "..., but Tom was nodding off, and as Jim Cole went on ..., until Jim Cole reached the end of
 * his speech. “I love you,” he said.": with no subject of the sentence before to take, "he" is
 * the subject of its last clause (the row read Tom Reed; PolNeAR dev); "Jim Cole spoke after
 * Tom Reed left" keeps its own subject for the "he" after it. */
static void later_clause_subject(void)
{
	struct fixture f = run("Tom Reed and his wife watched the debate on Sunday.\n\n"
			       "\u201cAre you winning?\u201d she asked, but Tom was nodding off, "
			       "and as Jim Cole went on about taxes, she said yes again and "
			       "again, until Jim Cole reached the end of his speech.\n\n"
			       "\u201cI love you,\u201d he said.\n\n"
			       "Jim Cole spoke after Tom Reed left the hall.\n\n"
			       "\u201cWe will win,\u201d he said.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 1, "Jim Cole said: \u201cI love you\u201d"));
	CHECK(renders(&f, 2, "Jim Cole said: \u201cWe will win\u201d"));
	done(&f);
}

/* "Adopting the advice of a lawyer ..., the board rejected both claims and ordered that ...":
 * the participle's phrase that opens the sentence is no subject of the verb after "and", which
 * shares the board (the row read "Adopting the recommendations of a hearing officer ordered";
 * PolNeAR train); "Polling shows ... and suggests" keeps its subject, which is a noun. */
static void participle_opens_before_and(void)
{
	struct fixture f =
		run("Adopting the advice of a lawyer who studied the case last week, the "
		    "board of elections on Monday rejected both claims and ordered that "
		    "his name be printed on the ballot.\n\n"
		    "Polling shows the mayor well ahead and suggests that the race is "
		    "over.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 1,
		      "the board of elections ordered (paraphrase): his name be printed on the "
		      "ballot"));
	CHECK(renders(&f, 3, "Polling suggests (paraphrase): the race is over"));
	done(&f);
}

int main(void)
{
	RUN(surname_of_place);
	RUN(later_clause_subject);
	RUN(participle_opens_before_and);
	return CHECK_DONE();
}
