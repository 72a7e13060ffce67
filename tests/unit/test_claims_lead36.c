/* Unit tests of claim rows a reader would find wrong, found reading PolNeAR dev and saved pages
 * (session 36): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "Farmers in Iowa and around the state say": "around" is a preposition, so the subject is the
 * whole noun phrase, not the last place; "Farmers in Iowa" stays. */
static void subject_with_phrase_around(void)
{
	struct fixture f = run("Farmers in Iowa and around the state say the new rule will "
			       "hurt them.\n\n"
			       "Farmers in Iowa say the new rule will hurt them.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new rule will hurt them",
		 "Farmers in Iowa and around the state", "say", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the new rule will hurt them", "Farmers in Iowa", "say",
		 NULL);
	done(&f);
}

/* "Along with the ruling on the maps, the court rejected ...": a phrase that opens with "along",
 * "amid" or "throughout" is no subject; the one after its comma is. */
static void opening_phrase_along(void)
{
	struct fixture f = run("Along with the ruling on the maps, the court rejected a request "
			       "to extend early voting.\n\n"
			       "Amid the protests, the mayor said the curfew would stay.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "a request to extend early voting", "the court", "rejected",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the curfew would stay", "the mayor", "said", NULL);
	done(&f);
}

/* "Jo Banks had posted: “...”": the verb after the auxiliary is the cue's, so the row does not
 * read "had:"; "Jo Banks posted: “...”" stays. */
static void colon_tag_after_auxiliary(void)
{
	struct fixture f = run("After the match, Jo Banks had posted: \u201cWe are not sorry, we "
			       "are proud!\u201d\n\n"
			       "Later Tom Reyes has since written: \u201cThe club owes us an "
			       "answer.\u201d\n\n"
			       "Then Ann Ward posted: \u201cSee you all in May.\u201d\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Jo Banks had posted: \u201cWe are not sorry, we are proud!\u201d"));
	CHECK(renders(&f, 1,
		      "Tom Reyes has since written: \u201cThe club owes us an answer.\u201d"));
	CHECK(renders(&f, 2, "Ann Ward posted: \u201cSee you all in May.\u201d"));
	done(&f);
}

/* "“...!” His niece, state Rep. Mary “Dee” Vance (D-Ohio), shouted to the crowd. “...”": a
 * sentence that is only the tag after a quotation that closed on "!", its source a description
 * and the name set off after it; the nickname in marks is the name's, no quotation of its own;
 * the speaker is the one named. The plain name stays. */
static void tag_sentence_description_and_name(void)
{
	struct fixture f =
		run("\u201cWhat a night for the town!\u201d His niece, state Rep. Mary "
		    "\u201cDee\u201d Vance (D-Ohio), shouted to the crowd. \u201cThe "
		    "state is watching us.\u201d\n\n"
		    "\u201cWhat a night for the town!\u201d his aide, Tom Reyes, said.\n\n"
		    "\u201cWhat a night,\u201d Mary \u201cDee\u201d Vance said.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Mary \u201cDee\u201d Vance shouted: \u201cWhat a night for the town! \u2026 "
		      "The state is watching us.\u201d"));
	CHECK_EQ(f.l->items[0].nquote, 2);
	CHECK(renders(&f, 1, "Tom Reyes said: \u201cWhat a night for the town!\u201d"));
	CHECK(renders(&f, 2, "Mary \u201cDee\u201d Vance said: \u201cWhat a night\u201d"));
	done(&f);
}

/* "People like Dan Ross, he said.": a name in the clause a pronoun's tag reports is whom the
 * speaker talks about, never the pronoun (nor the name a role before the comma would give), so
 * "he" is the one who spoke before. A possessive there may be the speaker ("Ross's plan is
 * bold, he said"), and so may a name in an opening clause ("When Dan Ross arrived, he said"). */
static void name_in_tag_clause_is_not_the_speaker(void)
{
	struct fixture f = run("Carl Ortiz said the budget was thin.\n\n"
			       "People like Dan Ross, he said.\n\n"
			       "Dan Ross's plan is bold, he said.\n\n"
			       "When Dan Ross arrived, he said the budget was thin.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 1, "Carl Ortiz said (paraphrase): People like Dan Ross"));
	CHECK(renders(&f, 2, "Dan Ross said (paraphrase): Dan Ross's plan is bold"));
	CHECK(renders(&f, 3, "Dan Ross said (paraphrase): the budget was thin"));
	done(&f);
}

/* "Beto O’Rourke is wrong, he said.": the clause the tag reports runs back to a mark that ends
 * a phrase, and a curly apostrophe inside a name is none, so the name is still in it. */
static void curly_apostrophe_in_tag_clause(void)
{
	struct fixture f = run("Carl Ortiz said the budget was thin.\n\n"
			       "Dan O\u2019Rourke is wrong, he said.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "Carl Ortiz said (paraphrase): Dan O\u2019Rourke is wrong"));
	done(&f);
}

int main(void)
{
	RUN(subject_with_phrase_around);
	RUN(opening_phrase_along);
	RUN(colon_tag_after_auxiliary);
	RUN(tag_sentence_description_and_name);
	RUN(name_in_tag_clause_is_not_the_speaker);
	RUN(curly_apostrophe_in_tag_clause);
	return CHECK_DONE();
}
