/* Unit tests of claim rows in headlines and list headings, found by heads45 in session 45: a
 * headline in title case capitalises its verbs and adverbs as it does its names; each test sits
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Clinton Says Russians Hacked DNC, Calls ...": the verb after the comma is the first verb's
 * subject's (the row read "Russians Hacked DNC Calls"), as the same line in lowercase reads. */
static void headline_second_verb(void)
{
	struct fixture f = run("Lena Park Says Rivals Rigged The Vote, Calls Their Plan "
			       "\xE2\x80\x98Reckless.\xE2\x80\x99\n\n"
			       "The story goes on here and says nothing.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Lena Park Says (paraphrase): Rivals Rigged The Vote"));
	CHECK(renders(&f, 1,
		      "Lena Park Calls (paraphrase): Their Plan \xE2\x80\x98Reckless\xE2\x80\x99"));
	done(&f);
	f = run("Lena Park says rivals rigged the vote, calls their plan "
		"\xE2\x80\x98reckless.\xE2\x80\x99\n\n"
		"The story goes on here and says nothing.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1,
		      "Lena Park calls (paraphrase): their plan \xE2\x80\x98reckless\xE2\x80\x99"));
	done(&f);
}

/* "Rick Perry Just Announced ...": a capitalised adverb between the name and the headline's verb
 * goes with the verb, as "just" does in lowercase (the source read "Rick Perry Just"); after a
 * relative pronoun ("A Judge Who Once Mocked") it opens no name. */
static void headline_adverb(void)
{
	struct fixture f = run("Tom Reed Just Announced His Run For The Senate Seat.\n\n"
			       "The story goes on here and says nothing.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "His Run For The Senate Seat", "Tom Reed", "Just Announced",
		 NULL);
	done(&f);
	f = run("A Judge Who Once Mocked \xE2\x80\x98Lawyers\xE2\x80\x99 Wins The Seat\n\n"
		"The story goes on here and says nothing.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "Bernie Sanders Promises Action On ...", "France's Marine Le Pen Backs Trump And Denounces
 * Clinton": coref reads the headline's verb into a name ("Marine Le Pen Backs Trump", who then
 * denounced Clinton); the source as written is shown. A name with no verb of the headline in it
 * stays resolved ("Mr. Reed" is Tom Reed). */
static void headline_name_holds_verb(void)
{
	struct fixture f = run("Oslo\xE2\x80\x99s Lena Park Backs Reed And Denounces Ward.\n\n"
			       "Tom Reed spoke first. Mr. Reed said the plan was dead.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Oslo\xE2\x80\x99s Lena Park Backs (paraphrase): Reed"));
	CHECK(renders(&f, 1, "Oslo\xE2\x80\x99s Lena Park Denounces (paraphrase): Ward"));
	CHECK(renders(&f, 2, "Tom Reed said (paraphrase): the plan was dead"));
	done(&f);
	f = run("Lena Park Promises Action On Housing In First Month\n\n"
		"The story goes on here and says nothing.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Lena Park Promises (paraphrase): Action On Housing In First Month"));
	done(&f);
}

/* A list heading's number on the line before it ("4\nGina Rodriguez Questioned ...") and a
 * live blog's time ("8:39PM Donald Trump Calls Out ...") are no words of the source (it read "4
 * Gina Rodriguez"); a year before a group ("2016 Democrats") stays. */
static void heading_number(void)
{
	struct fixture f = run("Ten things voters said this year.\n\n"
			       "4\nLena Park Questioned What It Means To Be A Voter.\n\n"
			       "Posted 8:39PM Tom Reed Calls Out Ann Lee For Backing Down.\n\n"
			       "The 2016 Democrats warned the race was close.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "What It Means To Be A Voter", "Lena Park", "Questioned",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Ann Lee For Backing Down", "Tom Reed", "Calls Out", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the race was close", "The 2016 Democrats", "warned", NULL);
	done(&f);
}

int main(void)
{
	RUN(headline_second_verb);
	RUN(headline_adverb);
	RUN(headline_name_holds_verb);
	RUN(heading_number);
	return CHECK_DONE();
}
