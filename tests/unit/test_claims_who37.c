/* Unit tests of speakers a reader would trust wrongly (session 37, who37): each next to the
 * claim of the same shape that stays. */
#include "claims_fixture.h"

/* "the mayor, the Harbor Report, the council and the unions": a capitalised "Report"
 * after a name, before a comma or a colon, ends the name of a publication, no cue ("Harbor
 * Report Report: The cost of the bridge" was a row); "the Harbor Report says" and "Lee Says:
 * ..." stay. */
static void report_ends_a_name(void)
{
	struct fixture f = run("Harbor Weekly Report: The cost of the new bridge.\n\n"
			       "The mayor, the Harbor Report, the council and the unions all "
			       "wanted a vote.\n\n"
			       "The Harbor Report says the bridge will cost more.\n\n"
			       "Mayor Lee Says: Bridge Will Open in May\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the bridge will cost more", "The Harbor Report", "says",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Bridge Will Open in May", "Mayor Lee", "Says", NULL);
	done(&f);
}

/* "A Dover man was fined. “...,” she wrote": a name after "a" that modifies a noun is the
 * person's town (or firm), no one "she" is: the pronoun stays unresolved ("Dover wrote" was);
 * "A Dover woman ... she wrote" keeps the description, and a woman named before keeps "she". */
static void town_before_noun_is_no_person(void)
{
	struct fixture f =
		run("A Harwich man was fined on Monday for threats posted online. "
		    "\u201cThe court is a circus,\u201d she wrote on a forum.\n\n"
		    "A retired Harwich woman was fined on Monday for threats she posted "
		    "online. \u201cThe court is a circus,\u201d she wrote on a forum.\n\n"
		    "Mary Tolland hired a Harwich lawyer on Monday. \u201cThe court is a "
		    "circus,\u201d she wrote on a forum.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "The court is a circus,", "she", "wrote", NULL);
	CHECK(f.l->items[0].speaker_resolved == NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "The court is a circus,", "she", "wrote",
		 "a retired Harwich woman");
	claim_is(&f, 2, CLAIM_DIRECT, "The court is a circus,", "she", "wrote", "Mary Tolland");
	done(&f);
}

/* "The difference now, he told me, is that ... kinder to Mr. Ward ... . He said ...": a "he" in
 * a speech tag set off by commas is who speaks, as a subject is, so the next sentence's "He"
 * carries him on, not a man named after him in an object ("Ward said" was). */
static void aside_tag_pronoun_carries_on(void)
{
	struct fixture f = run("Mr. Brandt backed Democrats for years and said he did not back "
			       "Mr. Ward. The change now, he told me, is that he reads the news "
			       "on a straight program that treats Mr. Ward kindly.\n\n"
			       "He said he did not mention the leak in the segment.\n");

	speaker_resolves(&f, "He", "Brandt");
	done(&f);
}

int main(void)
{
	RUN(report_ends_a_name);
	RUN(town_before_noun_is_no_person);
	RUN(aside_tag_pronoun_carries_on);
	return CHECK_DONE();
}
