/* Unit tests of text_abbrev_stop(), the one test of whether a stop closes an abbreviation that
 * the claims (content and names keep such a stop) and the timeline's summaries (a speech tag
 * keeps it) ask: each next to the shape of the same look that is no abbreviation's. */
#include "check.h"
#include "dateline/text.h"

#include <string.h>

/* The kind of the last stop of s, its letters from lo on. */
static enum text_abbrev last_stop(const char *s, size_t lo)
{
	return text_abbrev_stop(s, lo, (size_t)(strrchr(s, '.') - s));
}

/* A word that closes a name, glued to the stop: a capital, then the rest in either case. */
static void name_ends(void)
{
	CHECK_EQ(last_stop("sold to Acme Inc.", 0), TEXT_ABBREV_NAME);
	CHECK_EQ(last_stop("Lazard Freres & Cie.", 0), TEXT_ABBREV_NAME);
	CHECK_EQ(last_stop("Martin Luther King Jr.", 0), TEXT_ABBREV_NAME);
	CHECK_EQ(last_stop("Anheuser-Busch Cos.", 0), TEXT_ABBREV_NAME);
	CHECK_EQ(last_stop("Corp.", 0), TEXT_ABBREV_NAME);      /* at the start of the text */
	CHECK_EQ(last_stop("(Acme Ltd.", 0), TEXT_ABBREV_NAME); /* after a bracket */
	CHECK_EQ(last_stop("\xE2\x80\x9C"
			   "Inc.",
			   0),
		 TEXT_ABBREV_NAME); /* after a quotation mark */
	/* stay: no name's end, or the word runs on before it */
	CHECK_EQ(last_stop("Mercury LLC.", 0), TEXT_ABBREV_NONE);
	CHECK_EQ(last_stop("the inc.", 0), TEXT_ABBREV_NONE);      /* no capital */
	CHECK_EQ(last_stop("a new Income.", 0), TEXT_ABBREV_NONE); /* a longer word */
	CHECK_EQ(last_stop("Acme-Inc.", 0), TEXT_ABBREV_NONE);     /* one word with a hyphen */
	CHECK_EQ(last_stop("O'Inc.", 0), TEXT_ABBREV_NONE);        /* one word with an apostrophe */
	CHECK_EQ(last_stop("9Inc.", 0), TEXT_ABBREV_NONE);         /* a digit before */
	CHECK_EQ(last_stop("\xC3\xA9"
			   "Inc.",
			   0),
		 TEXT_ABBREV_NONE);                             /* a letter beyond ASCII before */
	CHECK_EQ(last_stop("Acme Inc .", 0), TEXT_ABBREV_NONE); /* not glued */
	CHECK_EQ(last_stop("Gov.", 0),
		 TEXT_ABBREV_NONE); /* a title's: callers that want it ask more */
	CHECK_EQ(last_stop("Elm St.", 0), TEXT_ABBREV_NONE);
}

/* Initials written with stops, letters alone; the last may be a digit. */
static void initials(void)
{
	CHECK_EQ(last_stop("causing harm to the U.S.", 0), TEXT_ABBREV_INITIALS);
	CHECK_EQ(last_stop("at 9 a.m.", 0), TEXT_ABBREV_INITIALS);
	CHECK_EQ(last_stop("the S.E.C.", 0), TEXT_ABBREV_INITIALS);
	CHECK_EQ(last_stop("U.S.", 0), TEXT_ABBREV_INITIALS);
	CHECK_EQ(last_stop("a.5.", 0), TEXT_ABBREV_INITIALS);
	/* stay: a word of more letters on either side, a number, a word run on over a hyphen */
	CHECK_EQ(last_stop("a Ph.D.", 0), TEXT_ABBREV_NONE);
	CHECK_EQ(last_stop("grew 1.5.", 0), TEXT_ABBREV_NONE);
	CHECK_EQ(last_stop("the 5.a.", 0), TEXT_ABBREV_NONE);
	CHECK_EQ(last_stop("x-a.m.", 0), TEXT_ABBREV_NONE);
	CHECK_EQ(last_stop("\xC3\xA9"
			   "a.m.",
			   0),
		 TEXT_ABBREV_NONE);
	CHECK_EQ(last_stop("He left.", 0), TEXT_ABBREV_NONE);
	CHECK_EQ(last_stop("I.", 0), TEXT_ABBREV_NONE);
}

/* Nothing before lo counts: the abbreviation lies whole after it. */
static void bounded_by_lo(void)
{
	const char *s = "the U.S.";

	CHECK_EQ(text_abbrev_stop(s, 4, 7), TEXT_ABBREV_INITIALS);
	CHECK_EQ(text_abbrev_stop(s, 5, 7), TEXT_ABBREV_NONE); /* its first letter before lo */
	CHECK_EQ(text_abbrev_stop("Acme Inc.", 5, 8), TEXT_ABBREV_NAME);
	CHECK_EQ(text_abbrev_stop("Acme Inc.", 6, 8), TEXT_ABBREV_NONE); /* "nc" alone */
	CHECK_EQ(text_abbrev_stop("Acme Inc.", 8, 8), TEXT_ABBREV_NONE); /* no word at all */
	CHECK_EQ(text_abbrev_stop("Acme Inc!", 0, 8), TEXT_ABBREV_NONE); /* no stop */
}

int main(void)
{
	RUN(name_ends);
	RUN(initials);
	RUN(bounded_by_lo);
	return CHECK_DONE();
}
