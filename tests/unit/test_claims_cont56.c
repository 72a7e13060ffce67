/* Unit tests of where a claim's content stops, session 56: each next to the row of the same
 * shape that stays. */
#include "claims_fixture.h"

/* "The results suggest that Mrs. Clinton, who has outraised every other candidate, still faces
 * a difficult road" showed the content "Mrs. Clinton": the stop of the title read as the end of
 * the subject, and the relative clause ended the content before the verb it waits for. A
 * title's stop is part of the subject that still wants its verb. */
static void title_before_relative(void)
{
	static const char *const said[][2] = {
		{"The results suggest that Mrs. Clinton, who has outraised every other candidate, "
		 "still faces a difficult road.\n",
		 "The results suggest (paraphrase): Mrs. Clinton, who has outraised every other "
		 "candidate, still faces a difficult road"},
		{"Some have suggested that Mr. Trump, whose own affair was splashed across tabloids, "
		 "is an imperfect messenger.\n",
		 "Some have suggested (paraphrase): Mr. Trump, whose own affair was splashed across "
		 "tabloids, is an imperfect messenger"},
		/* stay: the same shapes with no title */
		{"The results suggest that the council, which meets on Friday, still faces a vote.\n",
		 "The results suggest (paraphrase): the council, which meets on Friday, still faces a "
		 "vote"},
		{"Ann Lee said the bridge, which opened in 1990, will close in June.\n",
		 "Ann Lee said (paraphrase): the bridge, which opened in 1990, will close in June"},
		/* stay: a relative clause that ends the sentence is the writer's */
		{"The aide said that voters backed Mr. Cruz, who won the state easily.\n",
		 "The aide said (paraphrase): voters backed Mr. Cruz"},
		{"Ann Lee said that the bridge will close in June, which upset the drivers.\n",
		 "Ann Lee said (paraphrase): the bridge will close in June"},
	};
	for (size_t i = 0; i < sizeof(said) / sizeof(said[0]); i++) {
		struct fixture f = run(said[i][0]);
		CHECK_EQ(f.l->n, 1);
		CHECK(renders(&f, 0, said[i][1]));
		done(&f);
	}
}

/* "..., when Mr. Buchanan, who had failed to win the nomination, called for a culture war" keeps
 * Buchanan's own claim: a cue verb after the relative clause is his report, not the verb the
 * first content waits for. */
static void title_then_cue(void)
{
	struct fixture f = run("Title\n\nParty leaders said they feared a speech like the one at "
			       "the 1992 convention, when Mr. Buchanan, who had failed to win the "
			       "nomination, called for a culture war.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Party leaders said (paraphrase): they feared a speech like the one "
		      "at the 1992 convention, when Mr. Buchanan"));
	CHECK(renders(&f, 1, "Buchanan called for (paraphrase): a culture war"));
	done(&f);
}

/* "he wondered whether Mr. Lee and his wife agreed to sell the house" showed "he wondered
 * whether Mr. Lee": the title's stop hid the subject "whether" opened, and "and his wife agreed"
 * read as a second report. "Mr. Lee, whose split from his first wife, Ann Roe, was in the
 * tabloids, is ..." ended at "Mr. Lee" the same way. */
static void title_in_open_subject(void)
{
	static const char *const said[][2] = {
		{"The aide said he wondered whether Mr. Lee and his wife agreed to sell the house.\n",
		 "The aide said (paraphrase): he wondered whether Mr. Lee and his wife agreed to sell "
		 "the house"},
		{"Some have suggested that Mr. Lee, whose split from his first wife, Ann Roe, was in "
		 "the tabloids, is an imperfect messenger.\n",
		 "Some have suggested (paraphrase): Mr. Lee, whose split from his first wife, Ann Roe, "
		 "was in the tabloids, is an imperfect messenger"},
		/* stay: "because of" opens no clause; the relative clause is the writer's */
		{"The aide added that the risk had grown because of Mr. Lee's remarks, which included a "
		 "threat.\n",
		 "The aide added (paraphrase): the risk had grown because of Mr. Lee's remarks"},
	};
	for (size_t i = 0; i < sizeof(said) / sizeof(said[0]); i++) {
		struct fixture f = run(said[i][0]);
		REQUIRE(f.l->n >= 1);
		CHECK(renders(&f, 0, said[i][1]));
		done(&f);
	}
}

int main(void)
{
	RUN(title_before_relative);
	RUN(title_then_cue);
	RUN(title_in_open_subject);
	return CHECK_DONE();
}
