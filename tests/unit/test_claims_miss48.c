/* Unit tests of reports the claims engine missed, found by miss48 in session 48 (PolNeAR train
 * rows): each next to the row of the same shape that stays as it was. */
#include "claims_fixture.h"

/* PolNeAR train: "She has since said that she attended because ..." and "X has since stressed
 * that ..." were missed: "since", a preposition too, read the verb after it as a noun. After
 * "has", "have" or "had" it is an adverb and the verb is the cue; after another verb it stays a
 * preposition and "said" an adjective. */
static void since_after_auxiliary(void)
{
	struct fixture f = run("Ann Lee has since said that the plan would cost less.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee has since said (paraphrase): the plan would cost less"));
	done(&f);
	f = run("The city leaders had since argued that the road was safe.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The city leaders had since argued (paraphrase): the road was safe"));
	done(&f);
	/* stay */
	f = run("The team has not won a game since said coach left the club.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* PolNeAR train: "Despite Mr. Trump's claims that his net worth exceeds $10 billion, ..." was
 * missed: a word in "-s" after "that" was taken for a verb or a plural, as in a relative
 * clause, and "his" ends in "s". A pronoun or a determiner opens the clause's subject; a word
 * in "-ed" after "that" still opens a relative clause. */
static void possessive_claim_his(void)
{
	struct fixture f =
		run("Despite Ann Lee's claims that his fortune tops ten billion dollars, "
		    "the filing shows less.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Ann Lee's claims (paraphrase): his fortune tops ten billion dollars"));
	done(&f);
	/* stay */
	f = run("Despite Ann Lee's claims that surfaced last week, the filing shows less.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* PolNeAR train (a poll digest): "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark
 * Blumenthal and Jon Cohen: “...”", "Pollsters agree - Carl Bialik: “...”" were missed: a
 * label is read only at the start of its paragraph. After a topic and a spaced dash the label
 * of who is quoted begins, a quotation after its colon; a hyphen inside a word is no such dash,
 * and without a quotation after the colon the paragraph stays as it was. */
static void label_after_topic_dash(void)
{
	struct fixture f =
		run("Ann Marsh runs the poll.\n\n"
		    "TURNOUT WAS HIGH - Ann Marsh: “More people voted than we expected.”\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Marsh: “More people voted than we expected.”"));
	done(&f);
	/* stay */
	f = run("Ann Marsh runs the poll.\n\n"
		"TURNOUT WAS HIGH - Ann Marsh: more people voted than expected.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

int main(void)
{
	RUN(since_after_auxiliary);
	RUN(possessive_claim_his);
	RUN(label_after_topic_dash);
	return CHECK_DONE();
}
