/* Unit tests of claim rows a reader would find wrong on saved pages not read before (session 33):
 * each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "But, as the audit office has pointed out, the scheme would ...": "pointed out" is a cue in an
 * "as" tag as "noted" is, and a connective before the tag is no part of what was said; "The
 * bridge, as the mayor has said, will close" is shown without its tag; "Z, as X said, Y" keeps
 * Z, and "The judge pointed out the flaw" stays no "as" tag. */
static void as_tag_pointed_out(void)
{
	struct fixture f = run("But, as the audit office has pointed out, the scheme would also be "
			       "used to track reporters.\n\n"
			       "As the judge pointed out, the law would also cover reporters.\n\n"
			       "But, as the mayor has said, the bridge will close in May.\n\n"
			       "The bridge, as the mayor has said, will close in May.\n\n"
			       "The judge pointed out the flaw in the law.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "the scheme would also be used to track reporters",
		 "the audit office", "pointed out", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the law would also cover reporters", "the judge",
		 "pointed out", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the bridge will close in May", "the mayor", NULL, NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "The bridge, as the mayor has said, will close in May",
		 "the mayor", NULL, NULL);
	CHECK(renders(&f, 3, "the mayor said (paraphrase): The bridge will close in May"));
	claim_is(&f, 4, CLAIM_INDIRECT, "the flaw in the law", "The judge", "pointed out", NULL);
	done(&f);
}

/* "But as the paper pointed out, “...”": the quotation's words, as after "said"; "as the
 * mayor very wisely said, ..." names the mayor, the adverbs going with the cue. */
static void as_tag_quotation_and_adverbs(void)
{
	struct fixture f = run("But as the paper pointed out, \u201cStill, the mayor has not "
			       "paid.\u201d\n\n"
			       "The same way, as the mayor very wisely said, people jumped to "
			       "conclusions.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "Still, the mayor has not paid", "the paper", "pointed out",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "The same way, as the mayor very wisely said, people jumped to conclusions",
		 "the mayor", NULL, NULL);
	done(&f);
}

/* "There would be a fund including — according to the minutes — “money for roads”": the
 * source set off by dashes inside its clause, which goes on after them, and the row leaves the
 * aside out as it does one set off by commas; "The plan would cost more — according to the
 * treasury." ends with its source; after "while" the words after the dashes are the
 * source's. */
static void according_between_dashes(void)
{
	struct fixture f = run("There would be a fund including \u2014 according to the minutes "
			       "\u2014 \u201cmoney for roads\u201d.\n\n"
			       "The plan would cost more -- according to the treasury -- than the "
			       "old one.\n\n"
			       "The plan would cost more \u2014 according to the treasury.\n\n"
			       "She blamed the video while \u2014 according to emails \u2014 "
			       "knowing it had no link.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "There would be a fund including \u2014 according to the minutes \u2014 "
		 "\u201cmoney for roads",
		 "the minutes", "according to", NULL);
	CHECK(renders(&f, 0,
		      "According to the minutes (paraphrase): There would be a fund including "
		      "\u2026 \u201cmoney for roads\u201d"));
	CHECK(renders(&f, 1,
		      "According to the treasury (paraphrase): The plan would cost more \u2026 than "
		      "the old one"));
	claim_is(&f, 2, CLAIM_ACCORDING_TO, "The plan would cost more", "the treasury",
		 "according to", NULL);
	claim_is(&f, 4, CLAIM_ACCORDING_TO, "knowing it had no link", "emails", "according to",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(as_tag_pointed_out);
	RUN(as_tag_quotation_and_adverbs);
	RUN(according_between_dashes);
	return CHECK_DONE();
}
