/* Unit tests of claim rows found by tag60 in session 60 in stories of its own (a budget, a
 * trial): an active "expected" with an object and an infinitive, a dash at a content's end or
 * closing an aside, a clause with a bare noun subject after "thought"; each next to the row of
 * the same shape that stays. */
#include "claims_fixture.h"

/* "The minister said prices would fall, and she expected growth to return next year" gave no row
 * for the second statement: an active "expected" with an object and "to" is read as "expects"
 * is, its subject the one who expects. */
static void active_expected_with_an_object(void)
{
	struct fixture f = run("Budget\n\nThe minister said prices would fall, and she expected "
			       "growth to return next year.\n\nAnalysts expected the bank to cut "
			       "rates.\n\nThe minister had expected the talks to fail.\n");
	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "The minister said (paraphrase): prices would fall"));
	CHECK(renders(&f, 1, "the minister expected (paraphrase): growth to return next year"));
	CHECK(renders(&f, 2, "Analysts expected (paraphrase): the bank to cut rates"));
	CHECK(renders(&f, 3, "The minister had expected (paraphrase): the talks to fail"));
	done(&f);
	/* stays: a passive, "than expected", a participle with no object, "it", and an expectation
	 * told inside another claim */
	struct fixture g = run("Budget\n\nThe results were better than analysts expected.\n\n"
			       "Over 30,000 immigrants expected this year came from Russia.\n\n"
			       "It expected the bank to cut rates.\n\n"
			       "Lee said he expected the bank to cut rates.\n");
	CHECK_EQ(g.l->n, 1);
	CHECK(renders(&g, 0, "Lee said (paraphrase): he expected the bank to cut rates"));
	done(&g);
}

/* "Lee said the bill was dead —" at a paragraph's end gave a row ending on a bare dash, and "I
 * saw his surprise—naturally he expected me to read my statement—and the judge interrupted me"
 * gave the content "me to read my statement—and the judge interrupted me": a bare dash at the
 * end is none of the content, and the dash that closes the aside the speaker stands in ends
 * it. */
static void dash_ends_the_content(void)
{
	struct fixture f = run("Trial\n\nLee said the bill was dead —\n\nI saw Lee's "
			       "surprise—naturally he expected me to read my statement—and the "
			       "judge interrupted me.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Lee said (paraphrase): the bill was dead"));
	CHECK(renders(&f, 1, "Lee expected (paraphrase): me to read my statement"));
	done(&f);
	/* a no-break space before the dash goes with it */
	struct fixture h = run("Trial\n\nLee said the bill was dead\xC2\xA0\xE2\x80\x94\n");
	CHECK(renders(&h, 0, "Lee said (paraphrase): the bill was dead"));
	done(&h);
	/* stays: a dash aside inside the content, and a speaker before the dash */
	struct fixture g = run("Trial\n\nLee said the bill was dead — a fact she repeated — and "
			       "would not return.\n\nLee—who was angry—said the bill was dead—and "
			       "buried.\n");
	CHECK_EQ(g.l->n, 2);
	CHECK(renders(&g, 0,
		      "Lee said (paraphrase): the bill was dead — a fact she repeated — and would "
		      "not return"));
	done(&g);
}

/* "Scholars thought compromise was likely" and "Bolton thought some of the buzz was nourished"
 * gave no row: a verb that reports a clause only with "that" or a clear subject ("thought",
 * "feared", "found") takes one whose subject is a noun phrase with no determiner before a
 * finite "be", "have" or a modal, or "some of" and a noun phrase. */
static void bare_noun_subject_after_thought(void)
{
	struct fixture f = run("Court\n\nScholars thought compromise was likely.\n\nBolton "
			       "thought some of the buzz was artificially nourished.\n\nDemocrats "
			       "fear tax inversion deals will continue.\n");
	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Scholars thought (paraphrase): compromise was likely"));
	CHECK(renders(&f, 1,
		      "Bolton thought (paraphrase): some of the buzz was artificially nourished"));
	CHECK(renders(&f, 2, "Democrats fear (paraphrase): tax inversion deals will continue"));
	done(&f);
	/* stays: an object with no verb after it, "thought of", and a verb that is no "be",
	 * "have" or modal */
	struct fixture g = run("Court\n\nScholars thought compromise a sign of weakness.\n\n"
			       "Lee thought of the plan as a trap.\n\nLee found documents "
			       "proving fraud.\n");
	CHECK_EQ(g.l->n, 0);
	done(&g);
}

int main(void)
{
	active_expected_with_an_object();
	dash_ends_the_content();
	bare_noun_subject_after_thought();
	return CHECK_DONE();
}
