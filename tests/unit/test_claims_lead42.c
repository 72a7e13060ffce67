/* Unit tests of claim rows a reader would find wrong, found by the lead in session 42: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "rejected that argument": one word after "that" is no clause, so "that" is its determiner
 * and the row keeps it (it read "rejected (paraphrase): argument"); "said that prices rose"
 * drops the conjunction as before. */
static void that_as_determiner(void)
{
	struct fixture f = run("Justice Ann Lee rejected that argument in a ruling released "
			       "Thursday.\n\n"
			       "The senator said that prices rose.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Ann Lee rejected (paraphrase): that argument"));
	CHECK(renders(&f, 1, "The senator said (paraphrase): prices rose"));
	done(&f);
}

/* "Her tenure as secretary of state", "the men who served as mayor of the town": "as" before
 * an office is a preposition inside the subject, no clause of its own, so the subject is the
 * whole phrase (it was "secretary of state" and "mayor of the town", read as the speakers);
 * "as" before a clause ("as her rivals have called for") still ends the subject. */
static void as_an_office(void)
{
	struct fixture f =
		run("Lawyers who studied her tenure as secretary of state have cited the "
		    "election as a reason.\n\n"
		    "The two men who served as mayor of the town have said the costs "
		    "rose.\n\n"
		    "It comes as her rivals have called for a recount.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Lawyers who studied her tenure as secretary of state have cited "
		      "(paraphrase): the election as a reason"));
	CHECK(renders(&f, 1,
		      "The two men who served as mayor of the town have said (paraphrase): the "
		      "costs rose"));
	CHECK(renders(&f, 2, "her rivals have called for (paraphrase): a recount"));
	done(&f);
}

/* "Several judges handling Freedom of Information Act lawsuits have cited": the judges, named by
 * what they do, are the source; the name after their participle is its object (the row read
 * "Freedom have cited"). A name that opens the subject stays the speaker ("Acme Corp. has
 * said"). */
static void people_named_by_doing(void)
{
	struct fixture f = run("Several judges handling Freedom of Information Act lawsuits have "
			       "cited the election as a reason.\n\n"
			       "Acme Corp. has said the plant will close.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Several judges handling Freedom of Information Act lawsuits have cited "
		      "(paraphrase): the election as a reason"));
	CHECK(renders(&f, 1, "Acme Corp. has said (paraphrase): the plant will close"));
	done(&f);
}

/* "Mr. Obama said" and later "the first lady, Michelle Obama": a woman's given name before the
 * surname of a man named by it alone is his wife, no fuller name of his; his rows said
 * "Michelle Obama said". */
static void wife_no_fuller_name(void)
{
	struct fixture f = run("\"Our progress is on the ballot,\" Mr. Obama said on Saturday.\n\n"
			       "The campaign plans to send Mr. Obama and the first lady, Michelle "
			       "Obama, to Ohio.\n\n"
			       "\"We will win,\" Mr. Obama said.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Obama said: \u201cOur progress is on the ballot\u201d"));
	CHECK(renders(&f, 2, "Obama said: \u201cWe will win\u201d"));
	done(&f);
}

/* "[Video: President Obama Speech at ...]" after "Mr. Obama said": a speech, a debate or an
 * interview named in capitals is a thing's name, no fuller name of the person in it (his rows
 * read "Obama Speech said"). */
static void speech_is_a_thing(void)
{
	struct fixture f = run("\"Our progress is on the ballot,\" Mr. Obama said on Saturday.\n\n"
			       "[Video: President Obama Speech at Ohio State]\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Obama said: \u201cOur progress is on the ballot\u201d"));
	done(&f);
}

int main(void)
{
	RUN(that_as_determiner);
	RUN(as_an_office);
	RUN(people_named_by_doing);
	RUN(wife_no_fuller_name);
	RUN(speech_is_a_thing);
	return CHECK_DONE();
}
