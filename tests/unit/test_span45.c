/* Unit tests of claim rows whose content or source ran past the reported words, found by span45
 * in session 45: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "said Bill Clinton late Monday": "late" or "early" before a time word opens the time, not a
 * word of the name (the row read "Bill Clinton late said"); "said Tom Early on Friday" keeps
 * the capitalised surname. */
static void time_after_inverted_name(void)
{
	struct fixture f =
		run("\"We cannot wait for the money,\" said Bill Clinton late Monday.\n\n"
		    "\"The deal is done,\" said Tom Early on Friday.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Bill Clinton said: \xE2\x80\x9CWe cannot wait for the money\xE2\x80\x9D"));
	CHECK(renders(&f, 1, "Tom Early said: \xE2\x80\x9CThe deal is done\xE2\x80\x9D"));
	done(&f);
}

/* "condemned the missile test as Pyongyang fired three more rockets": "as", a name and a verb
 * the lexicon knows open a clause of the writer's about what went on meanwhile (the row ran on
 * to "into the sea"); "countries such as North Korea and Iran" is the object's own. */
static void as_name_clause_ends_object(void)
{
	struct fixture f = run("The council condemned the missile test as Pyongyang fired three "
			       "more rockets into the sea.\n\n"
			       "The council condemned countries such as North Korea and Iran.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The council condemned (paraphrase): the missile test"));
	CHECK(renders(&f, 1,
		      "The council condemned (paraphrase): countries such as North Korea and Iran"));
	done(&f);
}

/* "with Iran backing the rebels as the United States and Turkey supported the army": the
 * participle after the noun that holds the stance ends its object at "as" and the clause after
 * it (the row read "the rebels as the United States and Turkey"); "as their main ally" is the
 * object's own. */
static void backer_object_ends_at_as_clause(void)
{
	struct fixture f = run("The war dragged on, with Iran backing the rebels as the United "
			       "States and Turkey supported the army.\n\n"
			       "The war dragged on, with Iran backing the rebels as their main "
			       "ally.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Iran backing (paraphrase): the rebels"));
	CHECK(renders(&f, 1, "the United States and Turkey supported (paraphrase): the army"));
	CHECK(renders(&f, 2, "Iran backing (paraphrase): the rebels as their main ally"));
	done(&f);
}

/* "which critics say shortchanges rural districts": a verb in "-s" the lexicon does not know,
 * before a noun phrase with no determiner, makes "which" its subject, so the row shows what it
 * stands for (it read "… shortchanges rural districts"); "which critics say voters oppose" has
 * "which" for its object and stays without it. */
static void antecedent_before_unknown_verb(void)
{
	struct fixture f = run("Parents protested the school funding formula, which critics say "
			       "shortchanges rural districts.\n\n"
			       "Parents protested the school funding formula, which critics say "
			       "voters oppose.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "critics say (paraphrase): [the school funding formula] shortchanges rural "
		      "districts"));
	CHECK(renders(&f, 1, "critics say (paraphrase): \xE2\x80\xA6 voters oppose"));
	done(&f);
}

/* "have asked for copies as well.": "as well" ending the sentence says the speaker did it too,
 * no word of the short object (the row read "copies as well"); "urged the council to reject the
 * plan as well" keeps it with its infinitive. */
static void as_well_after_short_object(void)
{
	struct fixture f = run("Other newspapers have asked for copies as well.\n\n"
			       "The senators urged the council to reject the plan as well.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Other newspapers have asked for (paraphrase): copies"));
	CHECK(renders(&f, 1,
		      "The senators urged (paraphrase): the council to reject the plan as well"));
	done(&f);
}

int main(void)
{
	RUN(time_after_inverted_name);
	RUN(as_name_clause_ends_object);
	RUN(antecedent_before_unknown_verb);
	RUN(backer_object_ends_at_as_clause);
	RUN(as_well_after_short_object);
	return CHECK_DONE();
}
