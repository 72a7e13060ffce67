/* Unit tests of speakers a reader would find wrong, found by subj48 in session 48: the speaker a
 * row shows is the whole speaker, never a noun inside a clause or phrase of its apposition; each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* PolNeAR train (nyt 2016-02-08) "Brett H. McGurk, President Obama's special envoy to the
 * global coalition fighting the Islamic State, tweeted that ..." showed "the Islamic State
 * tweeted": an apposition that opens with a titled name's possessive is set off like one that
 * opens with a lone possessive, and the name before it is the speaker. A possessive name after
 * an opening phrase's comma stays the subject's own. */
static void possessive_name_apposition(void)
{
	struct fixture f = run("Tom Reed, President Obama's envoy to the coalition fighting the "
			       "Islamic State, wrote that the town had fallen.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the town had fallen",
		 "Tom Reed, President Obama's envoy to the coalition fighting the Islamic State",
		 "wrote", "Tom Reed");
	done(&f);
	/* stay */
	f = run("Tom Reed, Obama's envoy to the coalition fighting the rebels, wrote that the town "
		"had fallen.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the town had fallen",
		 "Tom Reed, Obama's envoy to the coalition fighting the rebels", "wrote",
		 "Tom Reed");
	done(&f);
	f = run("After a week of fighting, President Obama's aides said the plan was working.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan was working", "President Obama's aides", "said",
		 NULL);
	done(&f);
}

/* PolNeAR train (nyt 2016-07-27) "Laurence Meyer, a former Fed governor who argued with Ms.
 * Brainard at the February conference, said in a recent interview that ..." showed "Laurence
 * Meyer argued", its speaker "who": when the relative clause's verb and the main clause's both
 * reach one content, the main clause's cue, with the whole subject, is the row. A relative
 * clause whose verb alone reports stays. */
static void main_cue_after_relative(void)
{
	struct fixture f = run("Ann Lee, a former governor who argued with the mayor, said in an "
			       "interview that the budget was too small.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the budget was too small",
		 "Ann Lee, a former governor who argued with the mayor", "said", "Ann Lee");
	done(&f);
	/* stay */
	f = run("Ann Lee, who argued that the plan was weak, left the party in May.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the plan was weak", "who", "argued", "Ann Lee");
	done(&f);
}

int main(void)
{
	RUN(possessive_name_apposition);
	RUN(main_cue_after_relative);
	return CHECK_DONE();
}
