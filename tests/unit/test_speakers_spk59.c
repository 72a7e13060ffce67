/* Unit tests of speakers a reader can trust, found by spk59 in stories of his own: each next to
 * the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Stacy Rasgon, an analyst at Bernstein, said ... He said" gave the "he" to the strategist
 * named before him: "Stacy" was read as a woman's name only. A name given to both sexes is of
 * unknown gender, and as near a "he" or a "she" as one known to be of it: the nearest wins. */
static void name_of_both_sexes(void)
{
	static const char *const names[] = {"Stacy", "Jean", "Jamie", "Kelly", "Leslie"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char text[512], want[64];
		snprintf(
			text, sizeof(text),
			"Chips\n\nPriya Raman, a strategist at Halvorsen Capital, said demand for "
			"chips would stay weak this year. %s Rasgon, an analyst at Bernstein, said "
			"the company had cut too deep. He said he still expected a recovery next "
			"year.\n",
			names[i]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 3);
		snprintf(want, sizeof(want), "%s Rasgon", names[i]);
		speaker_resolves(&f, "He", want);
		done(&f);
	}
	/* stays: "she" after a name of both sexes is that person too */
	struct fixture f =
		run("Chips\n\nPriya Raman, a strategist at Halvorsen Capital, said demand "
		    "for chips would stay weak this year. Stacy Rasgon, an analyst at "
		    "Bernstein, said the company had cut too deep. She said she still "
		    "expected a recovery next year.\n");
	speaker_resolves(&f, "She", "Stacy Rasgon");
	done(&f);
	/* changes too: "Priya" is a woman's name, so a "he" after two women is no one's */
	struct fixture g =
		run("Chips\n\nPriya Raman, a strategist at Halvorsen Capital, said demand "
		    "for chips would stay weak this year. Sarah Lee, an analyst at "
		    "Bernstein, said the company had cut too deep. He said he still "
		    "expected a recovery next year.\n");
	speaker_resolves(&g, "He", NULL);
	done(&g);
	/* stays: a name news writes nearly always for a man is a man's */
	struct fixture k =
		run("Chips\n\nPriya Raman, a strategist at Halvorsen Capital, said demand "
		    "for chips would stay weak this year. Chris Rasgon, an analyst at "
		    "Bernstein, said the company had cut too deep. She said she still "
		    "expected a recovery next year.\n");
	speaker_resolves(&k, "She", "Priya Raman");
	done(&k);
	/* stays: a man's name before a "he" */
	struct fixture h =
		run("Chips\n\nPriya Raman, a strategist at Halvorsen Capital, said demand "
		    "for chips would stay weak this year. Steven Rasgon, an analyst at "
		    "Bernstein, said the company had cut too deep. He said he still "
		    "expected a recovery next year.\n");
	speaker_resolves(&h, "He", "Steven Rasgon");
	done(&h);
}

/* "Police said the man was arrested. A second man fled, they said" left "they" unresolved:
 * "police" is a plural without "-s", and coref reads the word as an authority's. */
static void police_are_they(void)
{
	static const char *const groups[] = {"Police", "The police", "State police"};
	for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		char text[256], want[128];
		snprintf(text, sizeof(text),
			 "Arrest\n\n%s said the man was arrested on Tuesday near the station. A "
			 "second man fled on foot, they said.\n",
			 groups[i]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 2);
		snprintf(want, sizeof(want), "%s said (paraphrase): A second man fled on foot",
			 groups[i]);
		CHECK(renders(&f, 1, want));
		done(&f);
	}
	/* stays: a surname is one person, whom no "they" means */
	struct fixture f = run("Arrest\n\nSanders said the man was arrested on Tuesday near the "
			       "station. A second man fled on foot, they said.\n");
	CHECK(renders(&f, 1, "they (unresolved) said (paraphrase): A second man fled on foot"));
	done(&f);
}

/* "Microsoft Corp. and Google Inc. signed a deal ... The company said" showed Google: with two
 * firms joined by "and", "the company" says neither which; no one rather than half the pair. */
static void company_after_two_firms(void)
{
	struct fixture f = run("Deal\n\nMicrosoft Corp. and Google Inc. signed a deal on Monday. "
			       "The company said the deal would lower prices.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The company said (paraphrase): the deal would lower prices"));
	done(&f);
	/* stays: the firm named alone since */
	struct fixture g = run("Deal\n\nMicrosoft and Google agreed to share data. Google said it "
			       "was pleased. The company said the deal would lower prices.\n");
	speaker_resolves(&g, "The company", "Google");
	done(&g);
	/* stays: one firm's name of two words joined so */
	struct fixture h = run("Drugs\n\nJohnson and Johnson reported higher sales on Tuesday. The "
			       "company said demand was strong.\n");
	CHECK(renders(&h, 0, "Johnson and Johnson said (paraphrase): demand was strong"));
	done(&h);
}

/* "The Red Cross said ... Her daughter said" gave "Red Cross's daughter": capitalised words
 * after "the" are read as a person's name of unknown gender, and "her" then made it a woman. A
 * name first written right after "the", with no role, is no one "he", "she" or "her" means. */
static void body_after_the_is_no_woman(void)
{
	struct fixture f = run("Flood\n\nThe Red Cross said it had sent tents to the valley. Her "
			       "daughter said the water rose in minutes.\n");
	CHECK(renders(&f, 1, "Her daughter said (paraphrase): the water rose in minutes"));
	done(&f);
	/* stays: a woman named before, and one whose name modifies a noun after "the" */
	struct fixture h =
		run("Flood\n\nThe Clinton campaign said it had sent tents to the valley. "
		    "Hillary Clinton spoke on Monday. Her daughter said the water rose in "
		    "minutes.\n");
	CHECK(renders(&h, 1,
		      "Hillary Clinton's daughter said (paraphrase): the water rose in minutes"));
	done(&h);
	struct fixture g = run("Flood\n\nMary Lee said she had sent tents to the valley. Her "
			       "daughter said the water rose in minutes.\n");
	CHECK(renders(&g, 1, "Mary Lee's daughter said (paraphrase): the water rose in minutes"));
	done(&g);
}

/* "the Evening Post reported" showed "Post": a time word that opens a newspaper's name after
 * "the" is the name's ("the Sunday Times"). */
static void paper_named_with_a_time(void)
{
	static const char *const papers[] = {"the Evening Post", "the Sunday Times",
					     "the Morning Star"};
	for (size_t i = 0; i < sizeof(papers) / sizeof(papers[0]); i++) {
		char text[256], want[128];
		snprintf(text, sizeof(text),
			 "Budget\n\nThe mayor cut the budget by a tenth, %s reported on Friday.\n",
			 papers[i]);
		struct fixture f = run(text);
		snprintf(want, sizeof(want),
			 "%s reported (paraphrase): The mayor cut the budget by a tenth",
			 papers[i]);
		CHECK(renders(&f, 0, want));
		done(&f);
	}
	/* stays: a day before a paper's name without "the" is the day */
	struct fixture f =
		run("Budget\n\nThe mayor cut the budget on Sunday, the Post reported.\n");
	CHECK(renders(&f, 0, "the Post reported (paraphrase): The mayor cut the budget on Sunday"));
	done(&f);
}

int main(void)
{
	name_of_both_sexes();
	police_are_they();
	company_after_two_firms();
	body_after_the_is_no_woman();
	paper_named_with_a_time();
	return CHECK_DONE();
}
