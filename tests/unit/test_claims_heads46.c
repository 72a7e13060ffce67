/* Unit tests of claim rows in headlines and page furniture, found by heads46 in session 46: a
 * wire's dateline, a newsletter's head in capitals, an adverb in "-ly" in a headline and a
 * headline's verb in a name are no words of the speaker, and a label before figures is no
 * claim; each test sits next to the row of the same shape that stays. */
#include "claims_fixture.h"

#include "dateline/text.h"

/* "Dec 29 (Reuters) - ...": a wire's date and agency without a place open no speaker (the row
 * read "Dec 29 said"); a date without the agency's bracket is the sentence's. */
static void wire_date_dateline(void)
{
	const char *a = "Mar 4 (Reuters) - Lena Park said on Friday that the vote was rigged.";
	const char *b = "Mar 4 was the day Lena Park said - briefly - that it was over.";

	CHECK_STR(a + text_dateline_end(a, 0, strlen(a)),
		  "Lena Park said on Friday that the vote was rigged.");
	CHECK_EQ(text_dateline_end(b, 0, strlen(b)), 0);

	struct fixture f = run("Park wins the count.\n\n"
			       "Mar 4 (Reuters) - Lena Park said on Friday that the vote was "
			       "rigged.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the vote was rigged", "Lena Park", "said", NULL);
	done(&f);
}

/* "RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee refused ...": a
 * head in capitals run into its item (a no-break space between them) is no word of the source
 * (it read "RUSSIANS ... The International Olympic Committee"); a name in capitals before a
 * word that is no sentence's start ("USA TODAY Sports") stays. */
static void caps_head_run_in(void)
{
	struct fixture f = run("Morning notes.\n\n"
			       "PARK WINS THE CITY VOTE\xC2\xA0The election board said the count "
			       "was final.\n\n"
			       "USA TODAY Sports reported that the game was moved.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the count was final", "The election board", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the game was moved", "USA TODAY Sports", "reported",
		 NULL);
	done(&f);
}

/* "Donald Trump Finally Endorses ...": an adverb in "-ly" in a headline in title case goes with
 * the verb (the source read "Donald Trump Finally"); a name that ends in "-ly" ("Megyn Kelly")
 * stays the source. */
static void headline_ly_adverb(void)
{
	struct fixture f = run("Tom Reed Finally Announced His Run For The Senate Seat.\n\n"
			       "The story goes on here and says nothing.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "His Run For The Senate Seat", "Tom Reed",
		 "Finally Announced", NULL);
	done(&f);
	f = run("Anna Kelly Announced Her Run For The Senate Seat.\n\n"
		"The story goes on here and says nothing.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Her Run For The Senate Seat", "Anna Kelly", "Announced",
		 NULL);
	done(&f);
}

/* "Salma Hayek Described Her Experience ...": a heading the page does not mark gave coref the
 * name "Salma Hayek Described"; the headline's verb in "-ed" is cut from it. A name that ends
 * in "-s" ("the United States") stays whole. */
static void name_ends_in_headline_verb(void)
{
	struct fixture f = run("Ten things people said this year.\n\n"
			       "Lena Park Described Her Time In The Capital.\n\n"
			       "Park said the city had changed.\n\n"
			       "The United States said it would send aid.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Lena Park said (paraphrase): the city had changed"));
	CHECK(renders(&f, 1, "The United States said (paraphrase): it would send aid"));
	done(&f);
}

/* "Coordinates: 42°S 174°E", "GPS: N24 39 16.4 ...": a label before figures only is a page's
 * data (the rows read "Coordinates (paraphrase): 42°S ..."); a label before words stays. */
static void label_before_figures(void)
{
	struct fixture f = run("Location: 12\xC2\xB0N 45\xC2\xB0"
			       "E / 12.5 45.1\n\n"
			       "The story goes on here and says nothing.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("Lena Park: Ten Cuts Are Coming In May\n\n"
		"The story goes on here and says nothing.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Ten Cuts Are Coming In May", "Lena Park", NULL, NULL);
	done(&f);
}

int main(void)
{
	RUN(wire_date_dateline);
	RUN(caps_head_run_in);
	RUN(headline_ly_adverb);
	RUN(name_ends_in_headline_verb);
	RUN(label_before_figures);
	return CHECK_DONE();
}
