/* Unit tests of a capitalised office before a person's name (session 42, names42): the office
 * is the person's title, no word of the name; each row next to one of the same shape that
 * stays. */
#include "claims_fixture.h"

/* "Undersecretary for Trade Affairs Wendy Marsh": the office's "for" and its words are no words
 * of the name, so a later "she" is Wendy Marsh, not the man named after her; "Secretary of State
 * Ann Vole" (an office after "of") stays. */
static void office_for_before_name(void)
{
	struct fixture f = run("The ship left port on Monday.\n\n"
			       "Clerks wrote to Undersecretary for Trade Affairs Wendy Marsh about "
			       "the ship, copying Director Paul Hart. \"The ship has sailed,\" "
			       "she wrote.\n\n"
			       "Later Secretary of State Ann Vole met the crew. \"We talked,\" "
			       "she said.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Wendy Marsh wrote: “The ship has sailed”"));
	CHECK(renders(&f, 1, "Ann Vole said: “We talked”"));
	done(&f);
}

/* "Chief of Staff Denis Corrow": after a title, "of" and the office's words, the last two
 * capitalised words the lexicon does not know are the name, which a later "he" means; "Tim
 * Platt" after an organisation and a title stays. */
static void office_of_before_name(void)
{
	struct fixture f = run("Earlier, White House Chief of Staff Denis Corrow thanked the crew. "
			       "\"Fine work, all of you,\" he wrote.\n\n"
			       "Friends for Parks President Tim Platt spoke after that. "
			       "\"We are pleased,\" he said.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Denis Corrow thanked (paraphrase): the crew"));
	CHECK(renders(&f, 1, "Denis Corrow wrote: “Fine work, all of you”"));
	CHECK(renders(&f, 2, "Tim Platt said: “We are pleased”"));
	done(&f);
}

/* "National Security Adviser Mary Lewin", "Campaign Chair Jane Orr": capitalised words ending
 * in a role's word before a given name are her office, so "she" is Mary Lewin; "Mary Lewin"
 * alone stays. */
static void role_office_before_name(void)
{
	struct fixture f = run("On Friday, National Security Adviser Mary Lewin met donors. "
			       "\"We will win,\" she said.\n\n"
			       "On Monday, Campaign Chair Jane Orr met donors. "
			       "\"We will see,\" she said.\n\n"
			       "Mary Lewin met donors on Friday. \"We will go,\" she said.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Mary Lewin said: “We will win”"));
	CHECK(renders(&f, 1, "Jane Orr said: “We will see”"));
	CHECK(renders(&f, 2, "Mary Lewin said: “We will go”"));
	done(&f);
}

/* "a warrant Monday for James Charles Kopp": "for" after a day's name opens no office, so the
 * person is James Charles Kopp, not "Charles Kopp" after an office "Monday for James". */
static void for_after_no_office(void)
{
	struct fixture f = run("Police issued a warrant Monday for James Charles Kopp, a fugitive. "
			       "\"I am innocent,\" he said.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "James Charles Kopp said: \u201cI am innocent\u201d"));
	done(&f);
}

int main(void)
{
	RUN(office_for_before_name);
	RUN(office_of_before_name);
	RUN(role_office_before_name);
	RUN(for_after_no_office);
	return CHECK_DONE();
}
