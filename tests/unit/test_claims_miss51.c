/* Unit tests of claims found by miss51 in session 51: an order told to an addressee ("told
 * Jeb Bush to quiet down"), the noun "call" with its holder ("Pence's call for a special
 * prosecutor"), and where a stance noun's phrase ends before its clause's verb; each next to
 * the near case that stays as it was. */
#include "claims_fixture.h"

/* PolNeAR train ("he told Jeb Bush to quiet down", "officials have told Flint residents not to
 * drink the brown stuff", "telling Christie to get on a plane and go home"): after a form of
 * "tell" an addressee of a few words and an infinitive is an order, its content from "to" (or
 * "not"), as "tells his supporters to “go vote”" was; the "not" of a quoted order stays in it
 * ("not to “worry”" had read "to “worry”", the order turned round). */
static void told_order(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "The coach told the players to stay home.\n\n"
			       "Officials have told residents not to drink the water.\n\n"
			       "The coach told him not to \u201cworry about it.\u201d\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "The coach told (paraphrase): to stay home"));
	CHECK(renders(&f, 1, "Officials have told (paraphrase): not to drink the water"));
	CHECK(renders(&f, 2, "The coach told (paraphrase): not to \u201cworry about it\u201d"));
	done(&f);
	/* stay: a thing told, a clause with its own subject, a question's word */
	f = run("Title of the piece\n\n"
		"He told stories to children at the library.\n\n"
		"The clerk told reporters the plan to expand was dead.\n\n"
		"The tickets told them when to join the queue.\n\n"
		"The clerk told the story to reporters.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The clerk told (paraphrase): the plan to expand was dead"));
	done(&f);
	/* stay: a pronoun or a plural ends the addressee ("told us newsrooms need to") */
	f = run("Title of the piece\n\nThe survey has told us newsrooms need to be reorganized.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* PolNeAR train ("Other Republicans joined Pence's call for a special prosecutor", "his calls
 * for increased surveillance", "its calls for Silicon Valley to roll back the encryption"):
 * "call" or "calls" before "for" with a possessive before it is the noun of a demand, its
 * holder the source. */
static void call_noun(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Senators joined Lena Cole's call for a special prosecutor.\n\n"
			       "Calls for his resignation grew louder.\n\n"
			       "The farmers call for calm.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Lena Cole's call for (paraphrase): a special prosecutor"));
	CHECK(renders(&f, 1, "The farmers call for (paraphrase): calm"));
	done(&f);
}

/* "Her attacks on the council drew criticism", "support for the United States": a stance
 * noun's phrase ends at its clause's past verb (it had read "the council drew"), and a name
 * that holds a cue's word ("States") does not end it (it had read "the United"). */
static void noun_phrase_end(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "Mayor Lena Cole spoke on Monday. Her attacks on the council drew "
		    "criticism.\n\n"
		    "The council backed Lena Cole. Her support for the United States was "
		    "clear.\n\n"
		    "Mayor Lena Cole spoke on Monday. Her calls for increased spending "
		    "were heard.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "Lena Cole's attacks on (paraphrase): the council"));
	CHECK(renders(&f, 2, "Lena Cole's support for (paraphrase): the United States"));
	CHECK(renders(&f, 3, "Lena Cole's calls for (paraphrase): increased spending"));
	done(&f);
}

int main(void)
{
	RUN(told_order);
	RUN(call_noun);
	RUN(noun_phrase_end);
	return CHECK_DONE();
}
