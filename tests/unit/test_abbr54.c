/* Unit tests of the one list of abbreviations that close a name and keep their stop
 * (text_name_end_abbrev()), and of names that an abbreviation's stop or "of" cut, found in
 * session 54: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* The list the sentence splitter, the source's end and the content's end all ask. */
static void name_end_abbrev(void)
{
	CHECK(text_name_end_abbrev("Inc", 3));
	CHECK(text_name_end_abbrev("Inc.", 4));
	CHECK(text_name_end_abbrev("Corp", 4));
	CHECK(text_name_end_abbrev("Jr.", 3));
	CHECK(text_name_end_abbrev("Bros", 4));
	CHECK(text_name_end_abbrev("Cie.", 4));
	/* stay: a legal form written with no stop, a title, a word, lowercase */
	CHECK(!text_name_end_abbrev("LLC", 3));
	CHECK(!text_name_end_abbrev("PLC.", 4));
	CHECK(!text_name_end_abbrev("Col", 3));
	CHECK(!text_name_end_abbrev("Cost", 4));
	CHECK(!text_name_end_abbrev("inc", 3));
	CHECK(!text_name_end_abbrev("", 0));
}

/* "The deal was bad, said a lawyer for Vale Tools PLC." showed the source as "a lawyer for Vale
 * Tools PLC.": the sentence's stop after a legal form written without one is no word of the
 * source, as the content's end already left it ("sold to Mercury LLC"). */
static void source_drops_sentence_stop(void)
{
	struct fixture f = run("The deal was bad, said a lawyer for Vale Tools PLC.\n");

	CHECK(renders(&f, 0, "a lawyer for Vale Tools PLC said (paraphrase): The deal was bad"));
	done(&f);
	/* stay: "Corp." keeps its stop */
	f = run("The deal was bad, said a lawyer for Acme Corp.\n");
	CHECK(renders(&f, 0, "a lawyer for Acme Corp. said (paraphrase): The deal was bad"));
	done(&f);
}

/* The subject's walk goes on over "and" after a name's initials ("U.S. and Kuwaiti officials
 * say"), not after a time's lowercase ones: "Bob said he heard gunfire about 9:42 p.m. and
 * suspected ..." keeps Bob as who suspected. */
static void time_initials_end_subject(void)
{
	struct fixture f = run("Bob said he first heard gunfire about 9:42 p.m. and suspected "
			       "immediately that the compound was under attack.\n");

	CHECK(renders(&f, 1, "Bob suspected (paraphrase): the compound was under attack"));
	done(&f);
}

int main(void)
{
	RUN(name_end_abbrev);
	RUN(source_drops_sentence_stop);
	RUN(time_initials_end_subject);
	return CHECK_DONE();
}
