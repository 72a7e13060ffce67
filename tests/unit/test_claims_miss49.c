/* Unit tests of claims found by miss49 in session 49: each row next to the row of the same
 * shape that stays as it was. */
#include "claims_fixture.h"

/* PolNeAR train "Rabbis vow to boycott Trump speech", "He promises to immediately declare it a
 * currency manipulator", "Republicans will pledge to appoint strict constructionists": the
 * bare "vow" and "pledge", and "promise" and "promises", take an infinitive for their content
 * as "vowed", "pledged" and "promised" do. After a possessive, an adjective or a noun of a
 * thing the word is a noun ("kept his promise to rebuild", "rising costs promise to swell the
 * budget"), and without an infinitive, "that" or a quotation the bare words are nouns ("took
 * a vow of silence", "a pledge of support"): no cue. */
static void vow_infinitive(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Farmers vow to block the new road.\n\n"
			       "The mayor promises to rebuild the old bridge.\n\n"
			       "Nurses will pledge to stay at the clinic.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Farmers vow (paraphrase): to block the new road"));
	CHECK(renders(&f, 1, "The mayor promises (paraphrase): to rebuild the old bridge"));
	CHECK(renders(&f, 2, "Nurses will pledge (paraphrase): to stay at the clinic"));
	done(&f);
	/* stay */
	f = run("Title of the piece\n\n"
		"The monk took a vow of silence for a year.\n\n"
		"The mayor kept his promise to rebuild the old bridge.\n\n"
		"Rising costs promise to swell the budget.\n\n"
		"The deal raises the dividend Acme promises to pay its owners.\n\n"
		"The mayor gave a pledge of support to the farmers.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

int main(void)
{
	RUN(vow_infinitive);
	return CHECK_DONE();
}
