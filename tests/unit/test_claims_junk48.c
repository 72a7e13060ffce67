/* Unit tests of claim rows that read as no claim or as a claim nobody made, found by junk48 in
 * session 48: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* seattletimes-1 showed "(no speaker) reads: “New lower prices. Same high standards”" for
 * "New signs in stores appeared ...: “...,” reads one, against a background image of carrots."
 * and PolNeAR train (skywriters) "(no speaker) read" for "“...,” read one." where the gold has
 * "one": one of the signs or messages just named reads the words, and what follows its comma
 * tells where. "said one voter" keeps its noun, and "said one, who ..." stays without. */
static void reads_one(void)
{
	struct fixture f =
		run("Posters went up this week, setting out the pitch: “Fresh bread. Old "
		    "recipes,” reads one, against a picture of wheat.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "one reads: “Fresh bread. Old recipes”"));
	done(&f);
	f = run("Six small planes flew over the parade. “Go home, Smith,” read one.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "one read: “Go home, Smith”"));
	done(&f);
	/* stay */
	f = run("“We need more buses,” said one voter, a nurse from the suburbs.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "one voter said: “We need more buses”"));
	done(&f);
}

/* PolNeAR train showed "Kasich endorsed (paraphrase): in New Hampshire by both the New York
 * Times and Boston Globe", "Officials criticized (paraphrase): on social media", "Bernie Sanders
 * hadn't endorsed (paraphrase): during the primaries" and "Michael Capellas called
 * (paraphrase): with an enticing offer": content that is only a phrase of place, time, agent or
 * manner says nothing anyone said. A cue with its own preposition ("wrote on the deal") and
 * content with a verb after the phrase ("said in 2009 the plant would close") stay. */
static void adjunct_is_no_content(void)
{
	struct fixture f =
		run("Officials who spoke up were mocked and criticized on social media.\n\n"
		    "The mayor, who hadn't endorsed during the primaries, spoke on "
		    "Monday.\n\n"
		    "The chief executive called with a generous offer.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stay */
	f = run("The mayor said in 2009 the plant would close.\n\n"
		"The senator wrote on the deal in March.\n\n"
		"The mayor wrote in a letter that the plant would close.\n");
	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "The mayor said (paraphrase): the plant would close"));
	CHECK(renders(&f, 1, "The senator wrote on (paraphrase): the deal"));
	CHECK(renders(&f, 2, "The mayor wrote (paraphrase): the plant would close"));
	done(&f);
}

int main(void)
{
	RUN(reads_one);
	RUN(adjunct_is_no_content);
	return CHECK_DONE();
}
