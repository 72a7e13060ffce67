/* Unit tests of speaker spans a reader would find wrong, found by src49 in session 49: the
 * speaker a row shows is the one who made the claim, never words of the sentence around the
 * noun of the claim; each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* PolNeAR train (wash-post 2016-01-28) "Clinton has pushed back against claims by intelligence
 * agencies that some of her messages should be classified" showed "back against claims": a
 * "claims" after a preposition is the noun, never a verb whose subject is the words before it,
 * and the agent after "by" holds it. Without an agent nobody holds it (no row); a "that" that
 * opens a relative clause ("a group that was funded") is no content; "by now" is no agent. */
static void claims_by_agent(void)
{
	struct fixture f = run("Clinton pushed back against claims by intelligence agencies that "
			       "some of her messages were classified.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "intelligence agencies claims (paraphrase): some of her messages were "
		      "classified"));
	done(&f);
	f = run("Despite claims by critics that the plan would fail, the mayor went ahead.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "critics claims (paraphrase): the plan would fail"));
	done(&f);
	/* stay */
	f = run("Clinton pushed back against claims that some of her messages were classified.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("Clinton pushed back against claims by a group that was funded by her rivals.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("He claims by now that the vote was rigged.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "He (unresolved) claims (paraphrase): the vote was rigged"));
	done(&f);
}

/* The brief's row "Tom Miller, at a consulting firm called Gavekal Dragonomics, argues that
 * ..." showed "Gavekal Dragonomics argues": a "called" right after a lowercase noun names that
 * noun ("a firm called X"), no verb of speech that ends the phrase set off by commas, and the
 * name before the phrase is the speaker. "called" after a name stays a verb with its object. */
static void named_noun_in_phrase(void)
{
	struct fixture f =
		run("Tom Miller, at a consulting firm called Gavekal Dragonomics, argues "
		    "that growth will slow.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Tom Miller argues (paraphrase): growth will slow"));
	done(&f);
	/* stay */
	f = run("The mayor called Smith a liar.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The mayor called (paraphrase): Smith a liar"));
	done(&f);
}

int main(void)
{
	RUN(claims_by_agent);
	RUN(named_noun_in_phrase);
	return CHECK_DONE();
}
