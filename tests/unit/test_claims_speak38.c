/* Unit tests of speakers a careful reader would name (session 38): each row that changes next to
 * the neighbour of the same shape that stays. */
#include "claims_fixture.h"

/* "Her deputy, Rosa Park, told the crowd ...": a title's word in lowercase ("deputy") ends a
 * description opened by a possessive, and the name set off after it is a person, though its last
 * word names places too; the row shows her, not "Her deputy, Rosa Park". "His aide, Ann Lind"
 * reads as before; "Her husband, Tom Vale, was free ..., the governor told her" keeps the
 * governor (the name after a possessive is no subject that hides him). */
static void name_after_possessive_title(void)
{
	struct fixture f = run("Her deputy, Rosa Park, told the crowd the bridge is shut.\n\n"
			       "\u201cThe dock is closed,\u201d her deputy, Rosa Park, said.\n\n"
			       "His aide, Ann Lind, told the crowd the road is shut.\n\n"
			       "Gov. Mark Ray phoned Ella Vale. Her husband, Tom Vale, was free "
			       "and would be home soon, the governor told her.\n");

	REQUIRE_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "Rosa Park told (paraphrase): the bridge is shut"));
	CHECK(renders(&f, 1, "Rosa Park said: \u201cThe dock is closed\u201d"));
	CHECK(renders(&f, 2, "Ann Lind told (paraphrase): the road is shut"));
	claim_is(&f, 3, CLAIM_INDIRECT, "Her husband, Tom Vale, was free and would be home soon",
		 "the governor", "told", "Mark Ray");
	done(&f);
}

/* "Rosa Park met the board. “...,” Park said": the last word of a given name and a place's word
 * named before is that name alone, which speaks as the whole name does ("Rosa Park said"); a
 * place's name with no given name ("Hyde Park") gives its word to no one. */
static void surname_of_given_name_and_place_word(void)
{
	struct fixture f = run("Rosa Park met the board on Monday. \u201cThe bridge is "
			       "shut,\u201d Park said.\n\n"
			       "Rosa Park said the road is shut.\n");
	struct fixture g = run("Hyde Park was crowded on Monday. Park said the lawn is shut.\n");

	REQUIRE_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "The bridge is shut,", "Park", "said", "Rosa Park");
	claim_is(&f, 1, CLAIM_INDIRECT, "the road is shut", "Rosa Park", "said", "Rosa Park");
	CHECK_EQ(g.l->n, 0);
	done(&f);
	done(&g);
}

/* "Voters want a “Clean” Slate, the mayor said": a word quoted inside the sentence, which runs
 * on past the mark to the tag's comma, ends no quotation, and the role with its article before
 * the verb is the tag's subject, no apposition of the name before its comma: the mayor, not
 * "Slate". "In Dover, the mayor also said ..." is the mayor's, not Dover's; "Ann Lee, a
 * spokeswoman for the team, said" stays hers. */
static void quoted_word_before_tag(void)
{
	struct fixture f = run("Voters want a \u201cClean\u201d Slate, the mayor said.\n\n"
			       "Voters want a Clean Slate, the mayor said.\n\n"
			       "Voters want a clean slate, the mayor said.\n\n"
			       "Ann Lee, a spokeswoman for the team, said the bus is late.\n");

	REQUIRE_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "the mayor said (paraphrase): Voters want a \u201cClean\u201d Slate"));
	CHECK(renders(&f, 1, "the mayor said (paraphrase): Voters want a Clean Slate"));
	CHECK(renders(&f, 2, "the mayor said (paraphrase): Voters want a clean slate"));
	claim_is(&f, 3, CLAIM_INDIRECT, "the bus is late", "Ann Lee, a spokeswoman for the team",
		 "said", "Ann Lee");
	done(&f);
}

/* "A man from Harwich ... she wrote": the town after "from" that follows a person's noun is
 * where the man comes from, no woman "she" is (better unresolved than the town); "a letter from
 * Ann Lee ... she wrote" is still hers. */
static void town_after_from(void)
{
	struct fixture f = run("A man from Harwich met the board on Monday. \u201cThe bridge is "
			       "shut,\u201d she wrote.\n\n"
			       "The board read a letter from Ann Lee on Monday. \u201cThe road is "
			       "shut,\u201d she wrote.\n");

	REQUIRE_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "The bridge is shut,", "she", "wrote", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "The road is shut,", "she", "wrote", "Ann Lee");
	done(&f);
}

/* "It is an urgent, national worry that is spreading": the base form of a noun-verb after "a"
 * or "an" and the words of its phrase is a noun, no cue of a claim ("(no speaker) worry: that is
 * spreading"); "A few parents worry that ..." keeps its verb. */
static void noun_after_article(void)
{
	struct fixture f = run("Head lice are back. It is an urgent, national worry that is "
			       "spreading fast.\n\n"
			       "A few parents worry that the schools are slow.\n");

	REQUIRE_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the schools are slow", "A few parents", "worry",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(name_after_possessive_title);
	RUN(surname_of_given_name_and_place_word);
	RUN(quoted_word_before_tag);
	RUN(town_after_from);
	RUN(noun_after_article);
	return CHECK_DONE();
}
