/* Unit tests of claims the engine did not find, mined from PolNeAR train's missed gold rows
 * (session 38): each next to the claim of the same shape that stays as it was. */
#include "claims_fixture.h"

/* "Cole's claim that there were ten thousand new jobs": an existential "there" opens the claim's
 * clause as its subject does; a clause with a plain subject reads as before, and "there" with
 * no verb after it is a place, no clause. */
static void claim_that_there(void)
{
	struct fixture f = run("The auditors checked Mayor Cole\u2019s claim that there were ten "
			       "thousand new jobs last year.\n\n"
			       "The auditors checked Mayor Cole\u2019s claim that the bridge was "
			       "safe.\n\n"
			       "The auditors checked Mayor Cole\u2019s claim that there, on the "
			       "river, the bridge was safe.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "there were ten thousand new jobs last year",
		 "Mayor Cole\u2019s", "claim", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the bridge was safe", "Mayor Cole\u2019s", "claim", NULL);
	done(&f);
}

/* "He’s predicting he will win": a person's pronoun with "is" or "has" run in, opening its
 * clause, is the subject of the cue after it, and the row names whom it resolves to, as for
 * "He’d said"; "Cole’s saying" is still a noun phrase, "it’s called" names a thing, and "an
 * office he’s wanted to hold" or "whether he’s wanted to" reports nothing. */
static void pronoun_is_has_before_cue(void)
{
	struct fixture f =
		run("Senator Hale spoke in Dover on Monday. He\u2019s predicting he will "
		    "carry the state.\n\n"
		    "Senator Hale spoke in Dover on Tuesday. He\u2019s been saying for "
		    "weeks that the race is close.\n\n"
		    "Mayor Cole\u2019s saying went around the town.\n\n"
		    "It is the office he\u2019s wanted to hold since he was a boy.\n\n"
		    "Whether he\u2019s wanted to admit it or not, the mayor has won.\n\n"
		    "It\u2019s called the river tax.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "he will carry the state", "He", "predicting", "Hale");
	claim_is(&f, 1, CLAIM_INDIRECT, "that the race is close", "He", "been saying", "Hale");
	CHECK(renders(&f, 0, "Hale is predicting (paraphrase): he will carry the state"));
	CHECK(renders(&f, 1, "Hale has been saying (paraphrase): the race is close"));
	done(&f);
}

/* "The state auditor is confirming that the fund is not registered": "confirming" takes its
 * clause as "confirmed" and "confirms" do; "confirming the closure" reports nothing. */
static void confirming_that(void)
{
	struct fixture f =
		run("The state auditor is confirming that the fund is not registered.\n\n"
		    "The state auditor confirmed that the fund is not registered.\n\n"
		    "Officials are confirming the closure of the bridge.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the fund is not registered", "The state auditor",
		 "is confirming", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the fund is not registered", "The state auditor",
		 "confirmed", NULL);
	done(&f);
}

int main(void)
{
	RUN(claim_that_there);
	RUN(pronoun_is_has_before_cue);
	RUN(confirming_that);
	return CHECK_DONE();
}
